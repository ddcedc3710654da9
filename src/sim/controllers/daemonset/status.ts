import type { DaemonSetStatus } from 'kubernetes-types/apps/v1';
import type { Node } from 'kubernetes-types/core/v1';
import type { SimContext } from '../../context';
import { availableAt, isPodAvailable, isPodReady } from '../../workloads/pods';
import { nodeShouldRunDaemonPod } from './eligibility';
import { byCreation, isPodUpdated } from './manage';
import type { DaemonSetObject, PodObject } from './types';

export interface DaemonSetCounts {
  status: DaemonSetStatus;
  /** When the next ready pod turns available (minReadySeconds), if any. */
  wakeAt?: number;
}

/**
 * updateDaemonSetStatus: per node that should run the daemon, whether it has a pod and whether
 * its oldest pod is ready, available and up to date; pods where none should run are misscheduled.
 */
export function computeStatus(ds: DaemonSetObject, nodes: readonly Node[], byNode: Map<string, PodObject[]>, hash: string, now: number, collisionCount: number | undefined): DaemonSetCounts {
  let desired = 0;
  let current = 0;
  let misscheduled = 0;
  let ready = 0;
  let updated = 0;
  let available = 0;
  let wakeAt: number | undefined;
  const minReady = ds.spec?.minReadySeconds ?? 0;
  for (const node of nodes) {
    const pods = byNode.get(node.metadata?.name ?? '') ?? [];
    if (!nodeShouldRunDaemonPod(node, ds).shouldRun) {
      if (pods.length > 0) misscheduled++;
      continue;
    }
    desired++;
    if (pods.length === 0) continue;
    current++;
    const pod = [...pods].sort(byCreation)[0] as PodObject;
    if (isPodReady(pod)) {
      ready++;
      if (isPodAvailable(pod, minReady, now)) available++;
      const at = availableAt(pod, minReady, now);
      if (at !== undefined && (wakeAt === undefined || at < wakeAt)) wakeAt = at;
    }
    if (isPodUpdated(ds, pod, hash)) updated++;
  }
  const status: DaemonSetStatus = {
    currentNumberScheduled: current,
    numberMisscheduled: misscheduled,
    desiredNumberScheduled: desired,
    numberReady: ready,
    observedGeneration: ds.metadata.generation ?? 1,
    updatedNumberScheduled: updated,
    numberAvailable: available,
    numberUnavailable: desired - available,
  };
  if (collisionCount !== undefined) status.collisionCount = collisionCount;
  for (const k of ['updatedNumberScheduled', 'numberAvailable', 'numberUnavailable'] as const) if (status[k] === 0) delete status[k];
  return { status, ...(wakeAt !== undefined ? { wakeAt } : {}) };
}

/** Writes the status when it differs from the stored one (conditions are kept). */
export function saveStatus(ctx: SimContext, ds: DaemonSetObject, status: DaemonSetStatus): void {
  const stored = ctx.api.peek<DaemonSetObject>('daemonsets.apps', ds.metadata.namespace, ds.metadata.name ?? '');
  if (!stored) return;
  const next: DaemonSetStatus = { ...status, ...(stored.status?.conditions ? { conditions: stored.status.conditions } : {}) };
  if (JSON.stringify(next) === JSON.stringify(stored.status ?? {})) return;
  ctx.api.updateStatus({ ...stored, status: next });
}
