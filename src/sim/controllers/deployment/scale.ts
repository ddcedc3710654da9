import { desiredReplicasAnnotation } from './annotations';
import { getCondition, newCondition, setCondition } from './conditions';
import { hasProgressDeadline, isRollingUpdate, maxSurge, replicasOf } from './fenceposts';
import { cleanupDeployment } from './history';
import type { ReplicaSetsOfDeployment } from './new-replicaset';
import { getAllReplicaSets } from './new-replicaset';
import {
  activeReplicaSets, bySizeNewer, bySizeOlder, findActiveOrLatest, isSaturated, replicaSetProportion, specReplicas, totalSpecReplicas,
} from './replicasets';
import { syncDeploymentStatus } from './status';
import type { DeploymentSync } from './sync-context';
import { nowTimestamp, saveDeployment, scaleReplicaSet } from './sync-context';
import type { ReplicaSetObject } from './types';
import { REASON } from './types';

/**
 * sync: what a paused deployment or a change of `replicas` gets — the ReplicaSets are resized, no
 * rollout step is taken, and a paused deployment's history is trimmed.
 */
export function syncScaling(s: DeploymentSync, rsList: readonly ReplicaSetObject[]): void {
  const { newRS, oldRSs } = getAllReplicaSets(s, rsList, false);
  scale(s, { newRS, oldRSs });
  if (s.d.spec?.paused) cleanupDeployment(s, oldRSs);
  syncDeploymentStatus(s, [...oldRSs, newRS], newRS);
}

/** isScalingEvent: some active ReplicaSet was sized for a different `replicas` than the deployment's now. */
export function isScalingEvent(s: DeploymentSync, rsList: readonly ReplicaSetObject[]): boolean {
  const { newRS, oldRSs } = getAllReplicaSets(s, rsList, false);
  return activeReplicaSets([...oldRSs, newRS]).some((rs) => {
    const desired = desiredReplicasAnnotation(rs);
    return desired !== undefined && desired !== replicasOf(s.d);
  });
}

/**
 * scale: one active ReplicaSet (or none) simply takes the new size; a saturated new ReplicaSet
 * retires the old ones; mid-rollout, the difference is spread over all active ReplicaSets in
 * proportion to their sizes (the biggest gets the rounding leftover).
 */
function scale(s: DeploymentSync, { newRS, oldRSs }: ReplicaSetsOfDeployment): void {
  const replicas = replicasOf(s.d);
  const only = findActiveOrLatest(newRS, oldRSs);
  if (only) {
    if (specReplicas(only) !== replicas) scaleReplicaSet(s, only, replicas);
    return;
  }
  if (isSaturated(s.d, newRS)) {
    for (const rs of activeReplicaSets(oldRSs)) scaleReplicaSet(s, rs, 0);
    return;
  }
  if (!isRollingUpdate(s.d)) return;
  const all = activeReplicaSets([...oldRSs, newRS]);
  const allowed = replicas > 0 ? replicas + maxSurge(s.d) : 0;
  const toAdd = allowed - totalSpecReplicas(all);
  if (toAdd > 0) all.sort(bySizeNewer);
  else if (toAdd < 0) all.sort(bySizeOlder);
  let added = 0;
  const sizes = all.map((rs) => {
    if (toAdd === 0) return specReplicas(rs);
    const proportion = replicaSetProportion(rs, s.d, toAdd, added);
    added += proportion;
    return specReplicas(rs) + proportion;
  });
  all.forEach((rs, i) => {
    let size = sizes[i] as number;
    if (i === 0 && toAdd !== 0) size = Math.max(0, size + toAdd - added);
    scaleReplicaSet(s, rs, size, true);
  });
}

/**
 * checkPausedConditions: pausing sets Progressing to Unknown/DeploymentPaused and resuming to
 * Unknown/DeploymentResumed, so the time spent paused never counts against the progress deadline.
 * A timed-out rollout keeps its condition.
 */
export function checkPausedConditions(s: DeploymentSync): void {
  if (!hasProgressDeadline(s.d)) return;
  const cond = getCondition(s.d.status, 'Progressing');
  if (cond?.reason === REASON.timedOut) return;
  const pausedCond = cond?.reason === REASON.paused;
  const paused = s.d.spec?.paused === true;
  if (paused === pausedCond) return;
  const condition = paused
    ? newCondition('Progressing', 'Unknown', REASON.paused, 'Deployment is paused', nowTimestamp(s))
    : newCondition('Progressing', 'Unknown', REASON.resumed, 'Deployment is resumed', nowTimestamp(s));
  setCondition((s.d.status ??= {}), condition);
  saveDeployment(s);
}
