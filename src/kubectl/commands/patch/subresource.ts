// The `status` and `scale` subresources, as `--subresource` (patch, edit, replace) and kubectl's
// scaler (scale-subresource.ts) reach them: which kinds serve them, reading one (the whole object
// for status, an autoscaling/v1 Scale for scale) and writing it back (only .status; only
// .spec.replicas). Kinds without the subresource answer 404 like the real API server.

import type { KubeObject } from '../../../sim/api/object';
import { formatLabelSelector } from '../../../sim/api/labels';
import { resourceKey, type ResourceType } from '../../../sim/api/registry';
import type { ApiResult, ApiStatus } from '../../../sim/api/status';
import type { Cluster } from '../../../sim/cluster';
import type { LabelSelector } from 'kubernetes-types/meta/v1';

/** Kinds served with a status subresource (as the simulated API server keeps their status apart). */
const WITH_STATUS = new Set([
  'pods', 'services', 'nodes', 'namespaces', 'persistentvolumes', 'persistentvolumeclaims', 'replicationcontrollers',
  'resourcequotas', 'deployments.apps', 'replicasets.apps', 'statefulsets.apps', 'daemonsets.apps', 'jobs.batch',
  'cronjobs.batch', 'horizontalpodautoscalers.autoscaling', 'ingresses.networking.k8s.io', 'poddisruptionbudgets.policy',
]);
const WITH_SCALE = new Set(['deployments.apps', 'replicasets.apps', 'statefulsets.apps', 'replicationcontrollers']);

export type Subresource = '' | 'status' | 'scale';

/** The 404 for a subresource the kind does not have. */
export function noSuchSubresource(): ApiStatus {
  return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: 'the server could not find the requested resource', reason: 'NotFound', code: 404 };
}

/** Whether `type` serves `sub`; unknown names are never served. */
export function servesSubresource(type: ResourceType, sub: string): sub is Subresource {
  if (sub === '') return true;
  if (sub === 'status') return WITH_STATUS.has(resourceKey(type));
  if (sub === 'scale') return WITH_SCALE.has(resourceKey(type));
  return false;
}

/** spec.replicas of a workload or a Scale (0 when unset). */
export const specReplicas = (obj: KubeObject): number => (obj['spec'] as { replicas?: number } | undefined)?.replicas ?? 0;

/** status.replicas of a workload or a Scale (0 when unset). */
export const statusReplicas = (obj: KubeObject): number => (obj['status'] as { replicas?: number } | undefined)?.replicas ?? 0;

/** The Scale object of a workload. */
export function scaleOf(obj: KubeObject): KubeObject {
  const spec = (obj['spec'] ?? {}) as { selector?: LabelSelector | Record<string, string> };
  const selector = obj.kind === 'ReplicationController' ? formatLabelSelector({ matchLabels: spec.selector as Record<string, string> }) : formatLabelSelector(spec.selector as LabelSelector);
  const m = obj.metadata;
  return {
    apiVersion: 'autoscaling/v1',
    kind: 'Scale',
    metadata: {
      name: m.name,
      ...(m.namespace ? { namespace: m.namespace } : {}),
      ...(m.uid ? { uid: m.uid } : {}),
      ...(m.resourceVersion ? { resourceVersion: m.resourceVersion } : {}),
      ...(m.creationTimestamp ? { creationTimestamp: m.creationTimestamp } : {}),
    },
    spec: { replicas: specReplicas(obj) },
    status: { replicas: statusReplicas(obj), ...(selector && selector !== '<none>' ? { selector } : {}) },
  };
}

/** GET of the object or one of its subresources. */
export function getWithSubresource(cluster: Cluster, type: ResourceType, namespace: string | undefined, name: string, sub: string): ApiResult<KubeObject> {
  if (!servesSubresource(type, sub)) return { ok: false, status: noSuchSubresource() };
  const res = cluster.api.get(type, namespace, name);
  if (!res.ok || sub !== 'scale') return res;
  return { ok: true, object: scaleOf(res.object) };
}

/**
 * Writes a patched status or Scale back. `live` is the stored object, `patched` the subresource
 * after the patch; the result is the subresource as the server returns it.
 */
export function writeSubresource(cluster: Cluster, sub: 'status' | 'scale', live: KubeObject, patched: KubeObject, dryRun: boolean): ApiResult<KubeObject> {
  const rv = patched.metadata.resourceVersion;
  if (sub === 'status') {
    const next: KubeObject = { ...live, status: patched['status'], metadata: { ...live.metadata, ...(rv !== undefined ? { resourceVersion: rv } : {}) } };
    if (dryRun) return { ok: true, object: next };
    return cluster.api.updateStatus(next);
  }
  const res = updateReplicas(cluster, live, specReplicas(patched), rv, dryRun);
  return res.ok ? { ok: true, object: scaleOf(res.object) } : res;
}

/**
 * A write to `<resource>/scale`: the API server sets spec.replicas on the stored workload `live`
 * (checked against `resourceVersion`, by default the one read) and updates it itself, so the
 * workload is not decoded as a user's request body. Returns the workload as stored.
 */
export function updateReplicas(cluster: Cluster, live: KubeObject, replicas: number, resourceVersion: string | undefined, dryRun: boolean): ApiResult<KubeObject> {
  const metadata = resourceVersion === undefined ? live.metadata : { ...live.metadata, resourceVersion };
  const next: KubeObject = { ...live, spec: { ...(live['spec'] as object), replicas }, metadata };
  return cluster.api.update(next, { dryRun, ...(live.metadata.namespace ? { namespace: live.metadata.namespace } : {}) });
}
