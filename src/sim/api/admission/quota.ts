import type { Container, Pod } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../object';
import type { ResourceType } from '../registry';
import type { ApiStatus } from '../status';
import { forbidden } from '../status';
import type { ObjectStore } from '../../store/store';
import { addQuantity, compareQuantity, parseQuantity, quantityToString, type Quantity } from '../../../lib/quantity';
import { namespaceUsage } from '../../workloads/quota-totals';
import { quotaUsage } from '../../workloads/quota-usage';

const POD_COMPUTE = ['requests.cpu', 'requests.memory', 'limits.cpu', 'limits.memory', 'cpu', 'memory'];

/**
 * The ResourceQuota admission plugin: a new object whose usage would push any quota of its
 * namespace past `hard` is refused with the quota's name and the numbers.
 */
export function admitQuota(obj: KubeObject, type: ResourceType, store: ObjectStore): ApiStatus | undefined {
  const ns = obj.metadata.namespace;
  if (!ns) return undefined;
  const quotas = store.list('resourcequotas', ns);
  if (quotas.length === 0) return undefined;
  const name = obj.metadata.name || obj.metadata.generateName || '';
  const requested = quotaUsage(obj);
  let used: Map<string, Quantity> | undefined;
  for (const quota of quotas) {
    const hard = ((quota['spec'] as { hard?: Record<string, string> } | undefined)?.hard ?? {}) as Record<string, string>;
    const qname = quota.metadata.name ?? '';
    if (obj.kind === 'Pod') {
      const missing = missingComputeResources(obj as unknown as Pod, Object.keys(hard));
      if (missing) return forbidden(type, name, `failed quota: ${qname}: must specify ${missing}`);
    }
    const exceeded: string[] = [];
    used ??= namespaceUsage(store, ns);
    for (const [resource, limit] of Object.entries(hard)) {
      const req = requested.get(resource);
      if (!req) continue;
      const max = parseQuantity(String(limit));
      if (!max) continue;
      const now = used.get(resource);
      const total = now ? addQuantity(now, req) : req;
      if (compareQuantity(total, max) > 0) exceeded.push(resource);
    }
    if (exceeded.length === 0) continue;
    exceeded.sort();
    const show = (m: (r: string) => string) => exceeded.map((r) => `${r}=${m(r)}`).join(',');
    return forbidden(
      type,
      name,
      `exceeded quota: ${qname}, requested: ${show((r) => quantityToString(requested.get(r) as Quantity))}, used: ${show((r) => (used?.get(r) ? quantityToString(used.get(r) as Quantity) : '0'))}, limited: ${show((r) => String(hard[r]))}`,
    );
  }
  return undefined;
}

/** A quota on a compute resource requires every container to state it. */
function missingComputeResources(pod: Pod, hard: string[]): string | undefined {
  const tracked = hard.filter((h) => POD_COMPUTE.includes(h)).sort();
  const parts: string[] = [];
  for (const resource of tracked) {
    const [kind, res] = resource.includes('.') ? resource.split('.') : ['requests', resource];
    const lacking = (pod.spec?.containers ?? []).filter((c: Container) => {
      const list = kind === 'limits' ? c.resources?.limits : c.resources?.requests ?? c.resources?.limits;
      return list?.[res as string] === undefined;
    });
    if (lacking.length > 0) parts.push(`${resource} for: ${lacking.map((c) => c.name).join(',')}`);
  }
  return parts.length ? parts.join('; ') : undefined;
}
