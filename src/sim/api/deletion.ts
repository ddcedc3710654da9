import type { KubeObject } from './object';
import { objectKey } from './object';
import type { ResourceType } from './registry';
import { resourceKey } from './registry';
import type { ApiResult } from './status';
import { conflict, forbidden, notFound } from './status';
import type { ObjectStore } from '../store/store';
import type { SimRuntime } from '../runtime';

export interface DeleteOptions {
  /** Pods only: seconds the kubelet gives containers to stop; 0 removes the object at once. */
  gracePeriodSeconds?: number;
  propagationPolicy?: 'Background' | 'Foreground' | 'Orphan';
  dryRun?: boolean;
  preconditions?: { uid?: string; resourceVersion?: string };
}

const IMMORTAL_NAMESPACES = new Set(['default', 'kube-system', 'kube-public']);

/**
 * DELETE as the API server does it: objects with finalizers, pods still running on a node and
 * namespaces are only marked (deletionTimestamp); others disappear at once. Owners' dependents are
 * the garbage collector's business, told by the propagation finalizers.
 */
export function deleteObject(
  store: ObjectStore,
  rt: SimRuntime,
  type: ResourceType,
  namespace: string | undefined,
  name: string,
  opts: DeleteOptions,
): ApiResult<KubeObject> {
  const resource = resourceKey(type);
  const key = objectKey(namespace, name);
  const obj = store.get(resource, key);
  if (!obj) return { ok: false, status: notFound(type, name) };
  // The NamespaceLifecycle admission plugin: these three namespaces can never be deleted.
  if (resource === 'namespaces' && IMMORTAL_NAMESPACES.has(name)) return { ok: false, status: forbidden(type, name, 'this namespace may not be deleted') };
  const pre = opts.preconditions;
  if ((pre?.uid && pre.uid !== obj.metadata.uid) || (pre?.resourceVersion && pre.resourceVersion !== obj.metadata.resourceVersion)) {
    return { ok: false, status: conflict(type, name) };
  }
  const grace = resource === 'pods' ? podGracePeriod(obj, opts.gracePeriodSeconds) : 0;
  if (obj.metadata.deletionTimestamp) {
    // A second delete may only shorten a pod's grace period (this is how --force works on a Terminating pod).
    const current = obj.metadata.deletionGracePeriodSeconds ?? 0;
    if (resource !== 'pods' || grace >= current || opts.dryRun) return { ok: true, object: obj };
    return mark(store, rt, resource, obj, grace, obj.metadata.finalizers ?? []);
  }
  const finalizers = [...(obj.metadata.finalizers ?? [])];
  const policy = opts.propagationPolicy;
  if (policy === 'Foreground' && !finalizers.includes('foregroundDeletion')) finalizers.push('foregroundDeletion');
  if (policy === 'Orphan' && !finalizers.includes('orphan')) finalizers.push('orphan');
  const needsMark = finalizers.length > 0 || grace > 0 || resource === 'namespaces';
  if (opts.dryRun) {
    return { ok: true, object: needsMark ? withDeletion(obj, rt, grace, finalizers) : obj };
  }
  if (needsMark) return mark(store, rt, resource, obj, grace, finalizers);
  store.remove(resource, key);
  return { ok: true, object: obj };
}

function podGracePeriod(pod: KubeObject, requested: number | undefined): number {
  const spec = pod['spec'] as { nodeName?: string; terminationGracePeriodSeconds?: number } | undefined;
  const phase = (pod['status'] as { phase?: string } | undefined)?.phase;
  // Nothing runs yet, or nothing runs any more: there is nothing to wait for.
  if (!spec?.nodeName || phase === 'Succeeded' || phase === 'Failed') return 0;
  const grace = requested ?? spec.terminationGracePeriodSeconds ?? 30;
  return Math.max(0, grace);
}

function withDeletion(obj: KubeObject, rt: SimRuntime, grace: number, finalizers: string[]): KubeObject {
  const metadata = { ...obj.metadata, deletionTimestamp: rt.timestamp(grace * 1000), deletionGracePeriodSeconds: grace };
  if (finalizers.length > 0) metadata.finalizers = finalizers;
  const next: KubeObject = { ...obj, metadata };
  if (obj.kind === 'Namespace') next['status'] = { ...(obj['status'] as object), phase: 'Terminating' };
  return next;
}

function mark(store: ObjectStore, rt: SimRuntime, resource: string, obj: KubeObject, grace: number, finalizers: string[]): ApiResult<KubeObject> {
  const next = withDeletion(obj, rt, grace, finalizers);
  if (resource === 'pods' && grace === 0 && finalizers.length === 0) {
    store.remove(resource, objectKey(obj.metadata.namespace, obj.metadata.name ?? ''));
    return { ok: true, object: next };
  }
  next.metadata.resourceVersion = store.nextResourceVersion();
  store.put(resource, next);
  return { ok: true, object: next };
}

/** After an update: a marked object whose last finalizer is gone (and pod whose grace ran out) goes away. */
export function finishDeletionIfDone(store: ObjectStore, resource: string, obj: KubeObject): void {
  if (!obj.metadata.deletionTimestamp) return;
  if ((obj.metadata.finalizers ?? []).length > 0) return;
  if (resource === 'pods' && (obj.metadata.deletionGracePeriodSeconds ?? 0) > 0) return;
  if (resource === 'namespaces' && ((obj['spec'] as { finalizers?: string[] } | undefined)?.finalizers ?? []).length > 0) return;
  store.remove(resource, objectKey(obj.metadata.namespace, obj.metadata.name ?? ''));
}
