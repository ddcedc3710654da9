import type { PodTemplateSpec } from 'kubernetes-types/core/v1';
import type { SimContext } from '../../context';
import { availableAt, isPodAvailable, isPodReady } from '../../workloads/pods';
import { RESOURCE_TYPE } from '../types';
import type { ControllerRevisionObject } from '../revisions';
import { templateOfRevision } from '../revisions';
import type { PodObject, StatefulSetObject } from './identity';
import { newStatefulSetPod, startOrdinal } from './identity';
import { SOURCE } from './types';

/** What one sync of a StatefulSet works with, and what it learns on the way. */
export interface StsSync {
  readonly ctx: SimContext;
  readonly set: StatefulSetObject;
  readonly current: ControllerRevisionObject;
  readonly update: ControllerRevisionObject;
  readonly currentTemplate: PodTemplateSpec;
  readonly updateTemplate: PodTemplateSpec;
  readonly now: number;
  readonly minReadySeconds: number;
  /** The first failed write, retried later. */
  error?: string;
  /** The earliest moment a ready pod turns available (the sync must run again then). */
  wakeAt?: number;
}

export function newSync(ctx: SimContext, set: StatefulSetObject, current: ControllerRevisionObject, update: ControllerRevisionObject): StsSync {
  return {
    ctx,
    set,
    current,
    update,
    currentTemplate: templateOfRevision(current),
    updateTemplate: templateOfRevision(update),
    now: ctx.rt.clock.now(),
    minReadySeconds: set.spec?.minReadySeconds ?? 0,
  };
}

// ---- pod states, with the StatefulSet controller's definitions ----

/** A pod the API server has (a planned one has no phase yet). */
export const isCreated = (p: PodObject): boolean => !!p.status?.phase;
export const isTerminating = (p: PodObject): boolean => p.metadata.deletionTimestamp !== undefined;
export const isFinished = (p: PodObject): boolean => p.status?.phase === 'Failed' || p.status?.phase === 'Succeeded';
export const isRunningAndReady = (p: PodObject): boolean => p.status?.phase === 'Running' && isPodReady(p);
export const isHealthy = (p: PodObject): boolean => isRunningAndReady(p) && !isTerminating(p);

/** Ready for minReadySeconds; otherwise remembers when it will be, so the sync comes back then. */
export function isRunningAndAvailable(s: StsSync, p: PodObject): boolean {
  if (isPodAvailable(p, s.minReadySeconds, s.now)) return true;
  const at = availableAt(p, s.minReadySeconds, s.now);
  if (at !== undefined && (s.wakeAt === undefined || at < s.wakeAt)) s.wakeAt = at;
  return false;
}

/**
 * newVersionedStatefulSetPod: below the partition (or, without a rollingUpdate block, below
 * status.currentReplicas) a missing pod comes back at the current revision, otherwise at the update one.
 */
export function plannedPod(s: StsSync, ordinal: number): PodObject {
  const strategy = s.set.spec?.updateStrategy;
  const start = startOrdinal(s.set);
  const rolling = strategy?.type === 'RollingUpdate';
  const atCurrent =
    (rolling && !strategy?.rollingUpdate && ordinal < start + (s.set.status?.currentReplicas ?? 0)) ||
    (strategy?.rollingUpdate !== undefined && ordinal < start + (strategy.rollingUpdate.partition ?? 0));
  return atCurrent
    ? newStatefulSetPod(s.set, s.currentTemplate, s.current.metadata.name ?? '', ordinal)
    : newStatefulSetPod(s.set, s.updateTemplate, s.update.metadata.name ?? '', ordinal);
}

/** DeleteStatefulPod, with its event. */
export function deletePod(s: StsSync, pod: PodObject): boolean {
  const name = pod.metadata.name ?? '';
  const res = s.ctx.api.delete(RESOURCE_TYPE.pods, pod.metadata.namespace, name);
  if (res.ok) {
    s.ctx.events.record(s.set, 'Normal', 'SuccessfulDelete', `delete Pod ${name} in StatefulSet ${s.set.metadata.name} successful`, SOURCE);
    return true;
  }
  if (res.status.reason === 'NotFound') return true;
  s.ctx.events.record(s.set, 'Warning', 'FailedDelete', `delete Pod ${name} in StatefulSet ${s.set.metadata.name} failed error: ${res.status.message}`, SOURCE);
  s.error ??= res.status.message;
  return false;
}
