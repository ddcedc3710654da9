import type { ObjectStore } from '../store/store';
import { addQuantity, type Quantity } from '../../lib/quantity';
import { typeForKey } from '../api/registry';
import { quotaUsage } from './quota-usage';

/** Everything a namespace uses, per quota resource name. */
export function namespaceUsage(store: ObjectStore, namespace: string): Map<string, Quantity> {
  const total = new Map<string, Quantity>();
  for (const resource of store.resourceKeys()) {
    if (resource === 'events' || !typeForKey(resource)?.namespaced) continue;
    for (const obj of store.list(resource, namespace)) {
      for (const [name, q] of quotaUsage(obj)) total.set(name, total.has(name) ? addQuantity(total.get(name) as Quantity, q) : q);
    }
  }
  return total;
}
