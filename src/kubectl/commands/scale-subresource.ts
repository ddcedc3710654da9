// The `/scale` subresource as kubectl's scaler uses it (k8s.io/kubectl/pkg/scale): only the kinds
// the API server serves it for (Deployment, ReplicaSet, StatefulSet, ReplicationController); a
// blind merge patch of spec.replicas, or — with --current-replicas / --resource-version — a GET,
// the precondition check and an update; then optionally polling until status catches up.

import type { KubeObject } from '../../sim/api/object';
import { resourceKey, type ResourceType } from '../../sim/api/registry';
import type { ApiStatus } from '../../sim/api/status';
import type { Invocation } from '../cli/command';
import { messageError, statusError, type KubectlError } from '../cli/errors';
import { pollUntil } from './virtual-poll';

const SCALABLE = new Set(['deployments.apps', 'replicasets.apps', 'statefulsets.apps', 'replicationcontrollers']);

/** Does the API server serve `<resource>/scale` for this type? */
export const hasScaleSubresource = (type: ResourceType): boolean => SCALABLE.has(resourceKey(type));

/** What a request for a subresource the server does not have gets (e.g. pods/scale). */
export function noSuchSubresource(): KubectlError {
  const status: ApiStatus = { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: 'the server could not find the requested resource', reason: 'NotFound', code: 404 };
  return statusError(status);
}

export interface ScalePrecondition {
  /** -1: no condition. */
  readonly size: number;
  /** '': no condition. */
  readonly resourceVersion: string;
}

export interface ScaleTarget {
  readonly type: ResourceType;
  readonly namespace: string | undefined;
  readonly name: string;
}

const specReplicas = (obj: KubeObject): number => (obj['spec'] as { replicas?: number } | undefined)?.replicas ?? 0;
const statusReplicas = (obj: KubeObject): number => (obj['status'] as { replicas?: number } | undefined)?.replicas ?? 0;

/** GET <resource>/scale: the live object behind it. */
function getScaled(inv: Invocation, t: ScaleTarget): KubeObject | KubectlError {
  if (!hasScaleSubresource(t.type)) return noSuchSubresource();
  const res = inv.cluster.api.get(t.type, t.namespace, t.name);
  return res.ok ? res.object : statusError(res.status);
}

const isObject = (v: KubeObject | KubectlError): v is KubeObject => 'metadata' in v;

/** ScaleSimple: one attempt at setting spec.replicas through the scale subresource. */
export function scaleSimple(inv: Invocation, t: ScaleTarget, replicas: number, pre: ScalePrecondition | undefined, dryRun: boolean): KubectlError | undefined {
  const live = getScaled(inv, t);
  if (!isObject(live)) return live;
  if (pre) {
    const current = specReplicas(live);
    if (pre.size !== -1 && current !== pre.size) return messageError(`Expected replicas to be ${pre.size}, was ${current}`);
    const rv = live.metadata.resourceVersion ?? '';
    if (pre.resourceVersion !== '' && rv !== pre.resourceVersion) return messageError(`Expected resource version to be ${pre.resourceVersion}, was ${rv}`);
  }
  const next: KubeObject = { ...live, spec: { ...(live['spec'] as object), replicas } };
  // The scale write touches spec.replicas only; it is checked against the object just read.
  const res = inv.cluster.api.update(next, { dryRun, ...(t.namespace !== undefined ? { namespace: t.namespace } : {}) });
  return res.ok ? undefined : statusError(res.status);
}

/**
 * WaitForScaleHasDesiredReplicas: every second until status.replicas reaches `replicas` (or
 * someone else changed spec.replicas), else `timed out waiting for "<name>" to be synced`.
 */
export function waitForReplicas(inv: Invocation, t: ScaleTarget, replicas: number, timeoutMs: number): KubectlError | undefined {
  let failure: KubectlError | undefined;
  const synced = (): boolean => {
    const live = getScaled(inv, t);
    if (!isObject(live)) {
      failure = live;
      return true;
    }
    if (specReplicas(live) !== replicas) return true;
    return statusReplicas(live) === replicas;
  };
  const ok = pollUntil(inv, { timeoutMs, intervalMs: () => 1000 }, synced);
  if (failure) return failure;
  return ok ? undefined : messageError(`timed out waiting for "${t.name}" to be synced`);
}
