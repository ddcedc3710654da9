/** How checks name things in their messages, the same way everywhere. */
import type { Pod } from 'kubernetes-types/core/v1';
import type { GradingView, PodState } from '../../src/grading';
import type { ResourceType } from '../../src/sim';

/** `deployment/web in shop`; `node/node01` for cluster-scoped kinds. */
export function objectRef(type: ResourceType, name: string, namespace: string): string {
  return `${type.singular}/${name}${type.namespaced ? ` in ${namespace}` : ''}`;
}

/** `3 pods`, `1 pod`. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** A value as messages quote it: bare when it is one plain word, JSON-quoted otherwise, `nothing` when empty. */
export function shown(text: string): string {
  if (text === '') return 'nothing';
  return /^[^\s"'`]+$/.test(text) ? text : JSON.stringify(text);
}

/** `a, b and 3 more` — at most `max` items named. */
export function listed(items: readonly string[], max = 5): string {
  if (items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

/** `web-x is ImagePullBackOff`, `web-y is Running (0/1 ready)`, `web-z is Pending on no node`. */
export function podPhrase(s: PodState): string {
  const notReady = s.status === 'Running' && !s.isReady ? ` (${s.ready} ready)` : '';
  return `${s.name} is ${s.status}${notReady}`;
}

/** Pods not being deleted: the ones a controller counts and a student means. */
export function livePods<P extends Pod>(pods: readonly P[]): P[] {
  return pods.filter((p) => p.metadata?.deletionTimestamp == null);
}

/**
 * Why an object is not there, as specifically as the cluster allows: another object of that
 * kind with that name in another namespace, the other names in the namespace, or none at all.
 */
export function missingPhrase(view: GradingView, type: ResourceType, kind: string, name: string, namespace: string): string {
  const head = `expected ${objectRef(type, name, namespace)}, found none`;
  if (type.namespaced) {
    const elsewhere = view.list(kind).filter((o) => o.metadata.name === name).map((o) => o.metadata.namespace ?? '');
    if (elsewhere.length > 0) return `${head} (there is a ${type.singular}/${name} in ${listed(elsewhere)})`;
  }
  const others = view.list(kind, type.namespaced ? { namespace } : {}).map((o) => o.metadata.name ?? '');
  if (others.length === 0) return `${head} (${type.namespaced ? `no ${type.plural} in ${namespace}` : `there are no ${type.plural}`})`;
  return `${head} (${type.plural}${type.namespaced ? ` in ${namespace}` : ''}: ${listed(others)})`;
}
