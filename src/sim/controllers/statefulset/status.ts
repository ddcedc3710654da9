import type { StatefulSetStatus } from 'kubernetes-types/apps/v1';
import type { PodObject } from './identity';
import { replicaCount, revisionOf } from './identity';
import { isCreated, isRunningAndAvailable, isRunningAndReady, isTerminating, type StsSync } from './sync-context';

/**
 * The status a sync reports (updateStatus + completeRollingUpdate): counts over the set's pods,
 * the two revisions, and — once every replica is updated and ready — the update revision becoming
 * the current one. Zero counters that the API omits are left out.
 */
export function computeStatus(s: StsSync, pods: readonly PodObject[], collisionCount: number): StatefulSetStatus {
  let replicas = 0;
  let ready = 0;
  let available = 0;
  let current = 0;
  let updated = 0;
  const currentName = s.current.metadata.name ?? '';
  const updateName = s.update.metadata.name ?? '';
  for (const p of pods) {
    if (isCreated(p)) replicas++;
    if (isRunningAndReady(p)) {
      ready++;
      if (isRunningAndAvailable(s, p)) available++;
    }
    if (isCreated(p) && !isTerminating(p)) {
      if (revisionOf(p) === currentName) current++;
      if (revisionOf(p) === updateName) updated++;
    }
  }
  let currentRevision = currentName;
  const want = replicaCount(s.set);
  if (s.set.spec?.updateStrategy?.type === 'RollingUpdate' && updated === want && ready === want && replicas === want) {
    current = updated;
    currentRevision = updateName;
  }
  const status: StatefulSetStatus = {
    observedGeneration: s.set.metadata.generation ?? 1,
    replicas,
    readyReplicas: ready,
    currentReplicas: current,
    updatedReplicas: updated,
    currentRevision,
    updateRevision: updateName,
    collisionCount,
    availableReplicas: available,
  };
  for (const k of ['readyReplicas', 'currentReplicas', 'updatedReplicas'] as const) if (status[k] === 0) delete status[k];
  return status;
}

/** Writes the status when it differs from the stored one. */
export function saveStatus(s: StsSync, status: StatefulSetStatus): void {
  const stored = s.ctx.api.peek<typeof s.set>('statefulsets.apps', s.set.metadata.namespace, s.set.metadata.name ?? '');
  if (!stored || JSON.stringify(status) === JSON.stringify(stored.status ?? {})) return;
  s.ctx.api.updateStatus({ ...stored, status });
}
