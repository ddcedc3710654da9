import { cleanupDeployment } from './history';
import { maxUnavailable, replicasOf } from './fenceposts';
import { getAllReplicaSets } from './new-replicaset';
import { activeReplicaSets, byCreation, newRSNewReplicas, specReplicas, totalAvailable, totalSpecReplicas } from './replicasets';
import { deploymentComplete, syncRolloutStatus } from './status';
import type { DeploymentSync } from './sync-context';
import { scaleReplicaSet } from './sync-context';
import type { ReplicaSetObject } from './types';

/**
 * rolloutRolling: one step of a rolling update — grow the new ReplicaSet within maxSurge, or else
 * shrink old ones within maxUnavailable — then report. A step that scales stops there; the next
 * sync (set off by the ReplicaSets' status) takes the next step.
 */
export function rolloutRolling(s: DeploymentSync, rsList: readonly ReplicaSetObject[]): void {
  const { newRS, oldRSs } = getAllReplicaSets(s, rsList, true);
  if (!newRS) return;
  const allRSs = [...oldRSs, newRS];
  if (reconcileNewReplicaSet(s, allRSs, newRS)) {
    syncRolloutStatus(s, allRSs, newRS);
    return;
  }
  if (reconcileOldReplicaSets(s, allRSs, activeReplicaSets(oldRSs), newRS)) {
    syncRolloutStatus(s, allRSs, newRS);
    return;
  }
  if (deploymentComplete(s.d, s.d.status)) cleanupDeployment(s, oldRSs);
  syncRolloutStatus(s, allRSs, newRS);
}

function reconcileNewReplicaSet(s: DeploymentSync, allRSs: readonly ReplicaSetObject[], newRS: ReplicaSetObject): boolean {
  const replicas = replicasOf(s.d);
  if (specReplicas(newRS) === replicas) return false;
  if (specReplicas(newRS) > replicas) return scaleReplicaSet(s, newRS, replicas).scaled;
  const size = newRSNewReplicas(s.d, allRSs, newRS);
  if (size === undefined) return false;
  return scaleReplicaSet(s, newRS, size).scaled;
}

/**
 * reconcileOldReplicaSets: how far the old ReplicaSets may shrink is
 * allPods − minAvailable − (new pods not yet available), so unavailable new pods never let the
 * rollout eat into availability. Unhealthy old pods go first: removing them costs nothing.
 */
function reconcileOldReplicaSets(s: DeploymentSync, allRSs: readonly ReplicaSetObject[], oldRSs: ReplicaSetObject[], newRS: ReplicaSetObject): boolean {
  if (totalSpecReplicas(oldRSs) === 0) return false;
  const minAvailable = replicasOf(s.d) - maxUnavailable(s.d);
  const newUnavailable = specReplicas(newRS) - (newRS.status?.availableReplicas ?? 0);
  const maxScaledDown = totalSpecReplicas(allRSs) - minAvailable - newUnavailable;
  if (maxScaledDown <= 0) return false;
  const cleaned = cleanupUnhealthyReplicas(s, oldRSs, maxScaledDown);
  if (!cleaned) return false;
  const scaledDown = scaleDownOldReplicaSets(s, [...cleaned.oldRSs, newRS], cleaned.oldRSs);
  return cleaned.count + scaledDown > 0;
}

/**
 * Shrinks old ReplicaSets by their unavailable pods, oldest first, up to `maxCleanup` in all.
 * Undefined when a ReplicaSet's status is behind its spec (more available than wanted, just after
 * a scale-down): upstream refuses such a "scale-down" that would grow it, and skips the step.
 */
function cleanupUnhealthyReplicas(s: DeploymentSync, oldRSs: ReplicaSetObject[], maxCleanup: number): { oldRSs: ReplicaSetObject[]; count: number } | undefined {
  const sorted = [...oldRSs].sort(byCreation);
  let total = 0;
  for (let i = 0; i < sorted.length; i++) {
    const rs = sorted[i] as ReplicaSetObject;
    if (total >= maxCleanup) break;
    const available = rs.status?.availableReplicas ?? 0;
    if (specReplicas(rs) === 0 || specReplicas(rs) === available) continue;
    const count = Math.min(maxCleanup - total, specReplicas(rs) - available);
    if (count < 0) return undefined;
    sorted[i] = scaleReplicaSet(s, rs, specReplicas(rs) - count).rs;
    total += count;
  }
  return { oldRSs: sorted, count: total };
}

/** Shrinks old ReplicaSets, oldest first, by as many pods as are available above minAvailable. */
function scaleDownOldReplicaSets(s: DeploymentSync, allRSs: readonly ReplicaSetObject[], oldRSs: readonly ReplicaSetObject[]): number {
  const minAvailable = replicasOf(s.d) - maxUnavailable(s.d);
  const available = totalAvailable(allRSs);
  if (available <= minAvailable) return 0;
  const budget = available - minAvailable;
  let total = 0;
  for (const rs of [...oldRSs].sort(byCreation)) {
    if (total >= budget) break;
    if (specReplicas(rs) === 0) continue;
    const count = Math.min(specReplicas(rs), budget - total);
    scaleReplicaSet(s, rs, specReplicas(rs) - count);
    total += count;
  }
  return total;
}
