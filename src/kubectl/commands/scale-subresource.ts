// The `/scale` subresource as kubectl's scaler uses it (k8s.io/kubectl/pkg/scale): only the kinds
// the API server serves it for (Deployment, ReplicaSet, StatefulSet, ReplicationController); a
// blind merge patch of spec.replicas, or — with --current-replicas / --resource-version — a GET,
// the precondition check and an update; then optionally polling until status catches up.

import type { KubeObject } from '../../sim/api/object';
import type { ResourceType } from '../../sim/api/registry';
import type { Invocation } from '../cli/command';
import { messageError, statusError, type KubectlError } from '../cli/errors';
import { noSuchSubresource, servesSubresource, specReplicas, statusReplicas, updateReplicas } from './patch/subresource';
import { pollUntil } from './virtual-poll';
import { requestRefused, serverSide } from '../auth/authorizing-cluster';

/** Does the API server serve `<resource>/scale` for this type? */
export const hasScaleSubresource = (type: ResourceType): boolean => servesSubresource(type, 'scale');

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

/**
 * The workload behind `<resource>/scale`, as the API server reads it; `asGet`: for a GET of the
 * scale (authorized as one) rather than inside a PATCH that was authorized already.
 */
function getScaled(inv: Invocation, t: ScaleTarget, asGet = true): KubeObject | KubectlError {
  if (!hasScaleSubresource(t.type)) return statusError(noSuchSubresource());
  const refused = asGet ? requestRefused(inv.cluster, 'get', t.type, t.namespace, t.name, 'scale') : undefined;
  if (refused) return statusError(refused.status);
  const res = serverSide(inv.cluster).api.get(t.type, t.namespace, t.name);
  return res.ok ? res.object : statusError(res.status);
}

const isObject = (v: KubeObject | KubectlError): v is KubeObject => 'metadata' in v;

/**
 * ScaleSimple: one attempt at setting spec.replicas through the scale subresource — a PATCH, or
 * with preconditions a GET and a PUT.
 */
export function scaleSimple(inv: Invocation, t: ScaleTarget, replicas: number, pre: ScalePrecondition | undefined, dryRun: boolean): KubectlError | undefined {
  if (!pre && hasScaleSubresource(t.type)) {
    const refused = requestRefused(inv.cluster, 'patch', t.type, t.namespace, t.name, 'scale');
    if (refused) return statusError(refused.status);
  }
  const live = getScaled(inv, t, pre !== undefined);
  if (!isObject(live)) return live;
  if (pre) {
    const current = specReplicas(live);
    if (pre.size !== -1 && current !== pre.size) return messageError(`Expected replicas to be ${pre.size}, was ${current}`);
    const rv = live.metadata.resourceVersion ?? '';
    if (pre.resourceVersion !== '' && rv !== pre.resourceVersion) return messageError(`Expected resource version to be ${pre.resourceVersion}, was ${rv}`);
    const refused = requestRefused(inv.cluster, 'update', t.type, t.namespace, t.name, 'scale');
    if (refused) return statusError(refused.status);
  }
  // The scale write touches spec.replicas only; it is checked against the object just read.
  const res = updateReplicas(serverSide(inv.cluster), live, replicas, undefined, dryRun);
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
