import { RESOURCE_TYPE } from '../types';
import { hasRevisionHistoryLimit } from './fenceposts';
import { byRevision, specReplicas } from './replicasets';
import type { DeploymentSync } from './sync-context';
import type { ReplicaSetObject } from './types';

/**
 * cleanupDeployment: keeps at most `revisionHistoryLimit` old ReplicaSets, deleting the lowest
 * revisions first — but only empty ones the ReplicaSet controller has caught up with.
 */
export function cleanupDeployment(s: DeploymentSync, oldRSs: readonly ReplicaSetObject[]): void {
  if (!hasRevisionHistoryLimit(s.d)) return;
  const cleanable = oldRSs.filter((rs) => !rs.metadata.deletionTimestamp);
  const diff = cleanable.length - (s.d.spec?.revisionHistoryLimit ?? 0);
  if (diff <= 0) return;
  const sorted = [...cleanable].sort(byRevision);
  for (const rs of sorted.slice(0, diff)) {
    const busy = (rs.status?.replicas ?? 0) !== 0 || specReplicas(rs) !== 0 || (rs.metadata.generation ?? 0) > (rs.status?.observedGeneration ?? 0);
    if (busy) continue;
    s.ctx.api.delete(RESOURCE_TYPE.replicasets, rs.metadata.namespace, rs.metadata.name ?? '');
  }
}
