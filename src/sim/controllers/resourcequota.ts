import type { KubeObject } from '../api/object';
import { keyOf, splitKey } from '../api/object';
import { quantityToString } from '../../lib/quantity';
import type { SimContext } from '../context';
import type { Controller } from './controller';
import { namespaceUsage } from '../workloads/quota-totals';
import { zeroLike } from '../workloads/quota-usage';

export const RESOURCEQUOTA_CONTROLLER = 'resourcequota-controller';

/** Keeps each ResourceQuota's `status.hard` and `status.used` current, as `kubectl describe quota` shows them. */
export function resourceQuotaController(ctx: SimContext): Controller {
  const quotasIn = (ns: string | undefined): string[] => (ns ? ctx.store.list('resourcequotas', ns).map((q) => keyOf(q)) : []);
  return {
    name: RESOURCEQUOTA_CONTROLLER,
    watches: {
      '*': (e) => (e.resource === 'events' ? undefined : e.resource === 'resourcequotas' ? keyOf(e.object) : quotasIn(e.object.metadata.namespace)),
    },
    reconcile(key) {
      const { namespace, name } = splitKey(key);
      const quota = ctx.api.peek<KubeObject>('resourcequotas', namespace, name);
      if (!quota || !namespace) return;
      const hard = ((quota['spec'] as { hard?: Record<string, string> } | undefined)?.hard ?? {}) as Record<string, string>;
      const usage = namespaceUsage(ctx.store, namespace);
      const used: Record<string, string> = {};
      for (const r of Object.keys(hard).sort()) used[r] = quantityToString(usage.get(r) ?? zeroLike(r));
      const status = { hard: { ...hard }, used };
      if (JSON.stringify(status) === JSON.stringify(quota['status'] ?? {})) return;
      ctx.api.updateStatus({ ...quota, status });
    },
  };
}
