import { clone, keyOf } from '../../api/object';
import { parseTimestamp } from '../../runtime';
import { fromReplicaSetCondition, getCondition, newCondition, removeCondition, setCondition } from './conditions';
import { hasProgressDeadline, maxUnavailable, replicasOf } from './fenceposts';
import { totalAvailable, totalReady, totalReplicas, totalSpecReplicas, totalTerminating } from './replicasets';
import type { DeploymentSync } from './sync-context';
import { nowTimestamp, sameStatus, saveDeployment } from './sync-context';
import type { DeploymentCondition, DeploymentObject, DeploymentStatusV135, ReplicaSetObject } from './types';
import { DEPLOYMENT_CONTROLLER, REASON } from './types';

type RSs = readonly (ReplicaSetObject | undefined)[];

/** calculateStatus: the counters from the ReplicaSets' statuses, and the Available condition. */
export function calculateStatus(s: DeploymentSync, allRSs: RSs, newRS: ReplicaSetObject | undefined): DeploymentStatusV135 {
  const d = s.d;
  const available = totalAvailable(allRSs);
  const status: DeploymentStatusV135 = {
    observedGeneration: d.metadata.generation ?? 0,
    replicas: totalReplicas(allRSs),
    updatedReplicas: totalReplicas([newRS]),
    readyReplicas: totalReady(allRSs),
    availableReplicas: available,
    // Counted against the ReplicaSets' desired sizes; more available than wanted is not negative.
    unavailableReplicas: Math.max(0, totalSpecReplicas(allRSs) - available),
  };
  const terminating = totalTerminating(allRSs);
  if (terminating !== undefined) status.terminatingReplicas = terminating;
  status.conditions = clone(d.status?.conditions ?? []);
  if (d.status?.collisionCount !== undefined) status.collisionCount = d.status.collisionCount;
  const now = nowTimestamp(s);
  if (available >= replicasOf(d) - maxUnavailable(d)) {
    setCondition(status, newCondition('Available', 'True', REASON.minimumReplicasAvailable, 'Deployment has minimum availability.', now));
  } else {
    setCondition(status, newCondition('Available', 'False', REASON.minimumReplicasUnavailable, 'Deployment does not have minimum availability.', now));
  }
  return status;
}

/** syncDeploymentStatus: counters only (scaling and paused syncs say nothing about progress). */
export function syncDeploymentStatus(s: DeploymentSync, allRSs: RSs, newRS: ReplicaSetObject | undefined): void {
  const status = calculateStatus(s, allRSs, newRS);
  if (sameStatus(s.d.status, status)) return;
  s.d.status = status;
  saveDeployment(s);
}

/** DeploymentComplete: every wanted replica updated and available, and the spec observed. */
export function deploymentComplete(d: DeploymentObject, st: DeploymentStatusV135 | undefined): boolean {
  const replicas = replicasOf(d);
  return (st?.updatedReplicas ?? 0) === replicas && (st?.replicas ?? 0) === replicas && (st?.availableReplicas ?? 0) === replicas
    && (st?.observedGeneration ?? 0) >= (d.metadata.generation ?? 0);
}

/** DeploymentProgressing: more updated, fewer old, more ready or more available than last recorded. */
function deploymentProgressing(d: DeploymentObject, st: DeploymentStatusV135): boolean {
  const old = d.status ?? {};
  const oldOld = (old.replicas ?? 0) - (old.updatedReplicas ?? 0);
  const newOld = (st.replicas ?? 0) - (st.updatedReplicas ?? 0);
  return (st.updatedReplicas ?? 0) > (old.updatedReplicas ?? 0) || newOld < oldOld
    || (st.readyReplicas ?? 0) > (old.readyReplicas ?? 0) || (st.availableReplicas ?? 0) > (old.availableReplicas ?? 0);
}

/** When the Progressing condition's deadline passes: its last update plus progressDeadlineSeconds. */
function deadlineOf(d: DeploymentObject, cond: DeploymentCondition): number | undefined {
  const from = parseTimestamp(cond.lastUpdateTime);
  return from === undefined ? undefined : from + (d.spec?.progressDeadlineSeconds ?? 0) * 1000;
}

function deploymentTimedOut(s: DeploymentSync, st: DeploymentStatusV135): boolean {
  if (!hasProgressDeadline(s.d)) return false;
  const cond = getCondition(st, 'Progressing');
  if (!cond || cond.reason === REASON.newReplicaSetAvailable) return false;
  if (cond.reason === REASON.timedOut) return true;
  const deadline = deadlineOf(s.d, cond);
  return deadline !== undefined && deadline < s.now;
}

/**
 * syncRolloutStatus: the counters plus the Progressing condition (complete, progressing — which
 * refreshes lastUpdateTime — or timed out) and any ReplicaFailure of the ReplicaSets.
 */
export function syncRolloutStatus(s: DeploymentSync, allRSs: RSs, newRS: ReplicaSetObject | undefined): void {
  const d = s.d;
  const status = calculateStatus(s, allRSs, newRS);
  if (!hasProgressDeadline(d)) removeCondition(status, 'Progressing');
  const current = getCondition(d.status, 'Progressing');
  const complete = status.replicas === status.updatedReplicas && current?.reason === REASON.newReplicaSetAvailable;
  if (hasProgressDeadline(d) && !complete) {
    const subject = newRS ? `ReplicaSet "${newRS.metadata.name}"` : `Deployment "${d.metadata.name}"`;
    const now = nowTimestamp(s);
    if (deploymentComplete(d, status)) {
      setCondition(status, newCondition('Progressing', 'True', REASON.newReplicaSetAvailable, `${subject} has successfully progressed.`, now));
    } else if (deploymentProgressing(d, status)) {
      // Same reason again still counts: only lastUpdateTime moves (the progress clock restarts).
      const cond = newCondition('Progressing', 'True', REASON.replicaSetUpdated, `${subject} is progressing.`, now);
      if (current?.status === 'True' && current.lastTransitionTime !== undefined) cond.lastTransitionTime = current.lastTransitionTime;
      removeCondition(status, 'Progressing');
      setCondition(status, cond);
    } else if (deploymentTimedOut(s, status)) {
      setCondition(status, newCondition('Progressing', 'False', REASON.timedOut, `${subject} has timed out progressing.`, now));
    }
  }
  const failure = replicaFailure(allRSs, newRS);
  if (failure) setCondition(status, failure);
  else removeCondition(status, 'ReplicaFailure');
  if (sameStatus(d.status, status)) {
    requeueStuckDeployment(s, status);
    return;
  }
  s.d.status = status;
  saveDeployment(s);
}

/** The new ReplicaSet's ReplicaFailure wins over the old ones'. */
function replicaFailure(allRSs: RSs, newRS: ReplicaSetObject | undefined): DeploymentCondition | undefined {
  const failureOf = (rs: ReplicaSetObject | undefined) => rs?.status?.conditions?.find((c) => c.type === 'ReplicaFailure');
  const own = failureOf(newRS);
  if (own) return fromReplicaSetCondition(own);
  for (const rs of allRSs) {
    const c = failureOf(rs);
    if (c) return fromReplicaSetCondition(c);
  }
  return undefined;
}

/**
 * requeueStuckDeployment: a rollout that shows no progress is looked at again just after its
 * deadline, so the timeout is noticed even if nothing else happens. Only while a rollout is under
 * way: complete or timed-out deployments wait for the next real change.
 */
function requeueStuckDeployment(s: DeploymentSync, status: DeploymentStatusV135): void {
  const current = getCondition(s.d.status, 'Progressing');
  if (!hasProgressDeadline(s.d) || !current) return;
  if (deploymentComplete(s.d, status) || current.reason === REASON.timedOut) return;
  // A stale "successfully progressed" never times out, so waking up for it would only spin
  // (upstream spins through its rate limiter until the pods come up).
  if (current.reason === REASON.newReplicaSetAvailable) return;
  const deadline = deadlineOf(s.d, current);
  if (deadline === undefined) return;
  // Upstream adds a second so the check lands strictly after the deadline. The wake-up is a
  // background timer: it fires whenever time passes the deadline, but a rollout that is merely
  // waiting for its deadline does not keep "run until quiet" busy (nor does a stale wake-up left
  // behind by a rollout that finished in time).
  const after = deadline - s.now;
  s.ctx.manager.requeueAfter(DEPLOYMENT_CONTROLLER, keyOf(s.d), after < 1000 ? Math.max(1, after + 1) : after + 1000, true);
}
