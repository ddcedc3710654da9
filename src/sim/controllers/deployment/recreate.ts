import { podsOf } from './claim';
import { replicasOf } from './fenceposts';
import { cleanupDeployment } from './history';
import { getAllReplicaSets } from './new-replicaset';
import { activeReplicaSets, totalReplicas } from './replicasets';
import { deploymentComplete, syncRolloutStatus } from './status';
import type { DeploymentSync } from './sync-context';
import { scaleReplicaSet } from './sync-context';
import type { ReplicaSetObject } from './types';

/**
 * rolloutRecreate: scale every old ReplicaSet to zero, wait until none of their pods is left (not
 * even terminating ones), and only then create and scale up the new ReplicaSet.
 */
export function rolloutRecreate(s: DeploymentSync, rsList: readonly ReplicaSetObject[]): void {
  let { newRS, oldRSs } = getAllReplicaSets(s, rsList, false);
  let allRSs = [...oldRSs, newRS];
  let scaledDown = false;
  for (const rs of activeReplicaSets(oldRSs)) if (scaleReplicaSet(s, rs, 0).scaled) scaledDown = true;
  if (scaledDown || oldPodsRunning(s, newRS, oldRSs)) {
    syncRolloutStatus(s, allRSs, newRS);
    return;
  }
  if (!newRS) {
    ({ newRS, oldRSs } = getAllReplicaSets(s, rsList, true));
    allRSs = [...oldRSs, newRS];
    if (!newRS) return;
  }
  scaleReplicaSet(s, newRS, replicasOf(s.d));
  if (deploymentComplete(s.d, s.d.status)) cleanupDeployment(s, oldRSs);
  syncRolloutStatus(s, allRSs, newRS);
}

/** Any pod of an old ReplicaSet that has not finished (Succeeded/Failed) still counts as running. */
function oldPodsRunning(s: DeploymentSync, newRS: ReplicaSetObject | undefined, oldRSs: readonly ReplicaSetObject[]): boolean {
  if (totalReplicas(oldRSs) > 0) return true;
  for (const rs of oldRSs) {
    if (rs.metadata.uid === newRS?.metadata.uid) continue;
    for (const pod of podsOf(s, rs)) {
      const phase = pod.status?.phase;
      if (phase !== 'Failed' && phase !== 'Succeeded') return true;
    }
  }
  return false;
}
