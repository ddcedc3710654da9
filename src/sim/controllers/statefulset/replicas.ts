/**
 * The scaling half of a StatefulSet sync (updateStatefulSet upstream): make every ordinal in range
 * exist and run, and remove the ordinals out of range — one pod at a time and in order with
 * OrderedReady, all at once with Parallel.
 */
import type { SimContext } from '../../context';
import { createClaims, claimsMatchRetention, podClaimIsStale, syncClaimOwners } from './claims';
import type { PodObject } from './identity';
import { identityLabels, identityMatches, ordinalOf } from './identity';
import {
  deletePod, isCreated, isFinished, isHealthy, isRunningAndAvailable, isRunningAndReady, isTerminating, type StsSync,
} from './sync-context';
import { SOURCE } from './types';

/** `true` = stop this sync here (OrderedReady waits, or something failed). */
type Step = (i: number) => boolean;

/**
 * runForAll: in order, stopping at the first step that says so (OrderedReady); or every step, in
 * slow-start batches of 1, 2, 4… that stop after a batch with a failure (Parallel).
 */
export function runForAll(s: StsSync, count: number, step: Step, monotonic: boolean): boolean {
  if (monotonic) {
    for (let i = 0; i < count; i++) if (step(i)) return true;
    return false;
  }
  let i = 0;
  for (let batch = 1; i < count; batch = Math.min(batch * 2, 500)) {
    const end = Math.min(count, i + batch);
    for (; i < end; i++) step(i);
    if (s.error) return true;
  }
  return false;
}

/** processReplica: one ordinal in range. */
export function processReplica(s: StsSync, monotonic: boolean, replicas: PodObject[], i: number): boolean {
  const pod = replicas[i] as PodObject;
  // A finished pod is deleted; its replacement comes once the old object is really gone.
  if (isFinished(pod)) {
    if (!isTerminating(pod)) deletePod(s, pod);
    return true;
  }
  if (!isCreated(pod)) {
    if (podClaimIsStale(s.ctx, s.set, pod)) return true;
    const created = createStatefulPod(s, pod);
    if (!created) return true;
    replicas[i] = created;
    if (monotonic) return true;
  }
  const current = replicas[i] as PodObject;
  if (current.status?.phase === 'Pending') {
    const failure = createClaims(s.ctx, s.set, current) ?? syncClaimOwners(s.ctx, s.set, current);
    if (failure) {
      s.error ??= failure;
      return true;
    }
  }
  if (monotonic && isTerminating(current)) return true;
  if (monotonic && !isRunningAndReady(current)) return true;
  if (monotonic && !isRunningAndAvailable(s, current)) return true;
  if (!isCreated(current) || (identityMatches(s.set, current) && claimsMatchRetention(s.ctx, s.set, current))) return false;
  return !updateStatefulPod(s, current);
}

/** processCondemned: one ordinal out of range, highest first. */
export function processCondemned(s: StsSync, monotonic: boolean, condemned: PodObject[], firstUnhealthy: PodObject | undefined, i: number): boolean {
  const pod = condemned[i] as PodObject;
  if (isTerminating(pod)) return monotonic;
  // OrderedReady only removes a pod when all others are healthy, or when it is the first unhealthy one.
  if (monotonic && pod !== firstUnhealthy && (!isRunningAndReady(pod) || !isRunningAndAvailable(s, pod))) return true;
  deletePod(s, pod);
  return true;
}

/** Retention ownership of a condemned pod's claims, fixed before the pod goes. */
export function fixCondemnedClaims(s: StsSync, condemned: PodObject[], i: number): boolean {
  const pod = condemned[i] as PodObject;
  if (claimsMatchRetention(s.ctx, s.set, pod)) return false;
  const failure = syncClaimOwners(s.ctx, s.set, pod);
  if (failure) s.error ??= failure;
  return failure !== undefined;
}

/** CreateStatefulPod: claims first, then the pod, then the claims' owners; events as upstream. */
function createStatefulPod(s: StsSync, pod: PodObject): PodObject | undefined {
  const setName = s.set.metadata.name;
  const podName = pod.metadata.name ?? '';
  const claimFailure = createClaims(s.ctx, s.set, pod);
  if (claimFailure) {
    failPodEvent(s.ctx, s, 'create', podName, claimFailure);
    return undefined;
  }
  const res = s.ctx.api.create<PodObject>(pod);
  if (!res.ok) {
    // An existing pod of that name is sunk silently, as upstream does.
    if (res.status.reason !== 'AlreadyExists') failPodEvent(s.ctx, s, 'create', podName, res.status.message);
    s.error ??= res.status.message;
    return undefined;
  }
  const ownersFailure = syncClaimOwners(s.ctx, s.set, res.object);
  if (ownersFailure) {
    failPodEvent(s.ctx, s, 'update', podName, ownersFailure);
    return undefined;
  }
  s.ctx.events.record(s.set, 'Normal', 'SuccessfulCreate', `create Pod ${podName} in StatefulSet ${setName} successful`, SOURCE);
  return res.object;
}

/** UpdateStatefulPod: puts back the identity labels and the claims' owners. */
function updateStatefulPod(s: StsSync, pod: PodObject): boolean {
  const podName = pod.metadata.name ?? '';
  const ownersFailure = syncClaimOwners(s.ctx, s.set, pod);
  if (ownersFailure) {
    failPodEvent(s.ctx, s, 'update', podName, ownersFailure);
    return false;
  }
  const labels = { ...(pod.metadata.labels ?? {}), ...identityLabels(s.set, ordinalOf(pod)) };
  const res = s.ctx.api.update({ ...pod, metadata: { ...pod.metadata, labels } });
  if (!res.ok) {
    failPodEvent(s.ctx, s, 'update', podName, res.status.message);
    return false;
  }
  s.ctx.events.record(s.set, 'Normal', 'SuccessfulUpdate', `update Pod ${podName} in StatefulSet ${s.set.metadata.name} successful`, SOURCE);
  return true;
}

function failPodEvent(ctx: SimContext, s: StsSync, verb: 'create' | 'update', podName: string, message: string): void {
  const reason = verb === 'create' ? 'FailedCreate' : 'FailedUpdate';
  ctx.events.record(s.set, 'Warning', reason, `${verb} Pod ${podName} in StatefulSet ${s.set.metadata.name} failed error: ${message}`, SOURCE);
  s.error ??= message;
}

/** The first pod, by ordinal, that is not healthy: in range first, then condemned (lowest first). */
export function firstUnhealthyPod(replicas: PodObject[], condemnedDescending: PodObject[]): PodObject | undefined {
  return replicas.find((p) => !isHealthy(p)) ?? [...condemnedDescending].reverse().find((p) => !isHealthy(p));
}
