import type { Namespace, NamespaceCondition } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../api/object';
import type { SimContext } from '../context';
import type { Controller } from './controller';

export const NAMESPACE_CONTROLLER = 'namespace-controller';
/** How often a terminating namespace is re-checked while its content drains. */
const RECHECK_MS = 5_000;

/**
 * Empties a terminating namespace (deleting every object in it, waiting for pods to finish), then
 * drops the `kubernetes` finalizer so the API server removes the namespace itself.
 */
export function namespaceController(ctx: SimContext): Controller {
  return {
    name: NAMESPACE_CONTROLLER,
    watches: {
      namespaces: (e) => (e.type !== 'DELETED' && e.object.metadata.deletionTimestamp ? e.object.metadata.name : undefined),
    },
    reconcile(name) {
      const ns = ctx.api.peek<Namespace & KubeObject>('namespaces', undefined, name);
      if (!ns?.metadata.deletionTimestamp) return;
      for (const resource of ctx.store.resourceKeys()) {
        const type = ctx.api.resourceOf(resource);
        if (!type?.namespaced) continue;
        for (const obj of ctx.store.list(resource, name)) {
          if (resource === 'events') {
            ctx.store.remove(resource, `${name}/${obj.metadata.name}`);
            continue;
          }
          if (!obj.metadata.deletionTimestamp) ctx.api.delete(type, name, obj.metadata.name ?? '', { propagationPolicy: 'Background' });
        }
      }
      // Count again: most objects went at once, pods linger for their grace period.
      const left = new Map<string, number>();
      for (const resource of ctx.store.resourceKeys()) {
        const type = ctx.api.resourceOf(resource);
        if (!type?.namespaced || resource === 'events') continue;
        const n = ctx.store.list(resource, name).length;
        if (n > 0) left.set(resource, n);
      }
      if (left.size === 0) {
        // With no finalizer left the API server removes the namespace.
        ctx.api.finalizeNamespace(name, (ns.spec?.finalizers ?? []).filter((f) => f !== 'kubernetes'));
        return;
      }
      ctx.api.updateStatus({ ...ns, status: { phase: 'Terminating', conditions: conditionsFor(left, ns, ctx.rt.timestamp()) } } as KubeObject);
      ctx.manager.requeueAfter(NAMESPACE_CONTROLLER, name, RECHECK_MS);
    },
  };
}

function conditionsFor(left: Map<string, number>, ns: Namespace, now: string): NamespaceCondition[] {
  const prev = new Map((ns.status?.conditions ?? []).map((c) => [c.type, c]));
  const cond = (type: string, status: string, reason: string, message: string): NamespaceCondition => {
    const old = prev.get(type);
    return { type, status, reason, message, lastTransitionTime: old?.status === status ? old.lastTransitionTime ?? now : now };
  };
  const counts = [...left.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  const names = counts.map(([r]) => r).join(', ');
  const detail = counts.map(([r, n]) => `${r} has ${n} resource instances`).join(', ');
  return [
    cond('NamespaceDeletionDiscoveryFailure', 'False', 'ResourcesDiscovered', 'All resources successfully discovered'),
    cond('NamespaceDeletionGroupVersionParsingFailure', 'False', 'ParsedGroupVersions', 'All legacy kube types successfully parsed'),
    cond('NamespaceDeletionContentFailure', 'False', 'ContentDeleted', 'All content successfully deleted, may be waiting on finalization'),
    cond('NamespaceContentRemaining', 'True', 'SomeResourcesRemain', `Some resources are remaining: ${detail}`),
    cond('NamespaceFinalizersRemaining', 'False', 'ContentHasNoFinalizers', 'All content-preserving finalizers finished'),
  ].map((c) => (c.type === 'NamespaceContentRemaining' && !names ? { ...c, status: 'False' } : c));
}
