import type { Pod } from 'kubernetes-types/core/v1';
import { sameJson } from '../api/json-equal';
import type { ReplicaSet, ReplicaSetCondition, ReplicaSetStatus } from 'kubernetes-types/apps/v1';
import type { KubeObject } from '../api/object';
import { controllerRef, keyOf, splitKey } from '../api/object';
import type { SimContext } from '../context';
import type { WatchEvent } from '../store/store';
import type { Controller } from './controller';
import { ensureCommonIndexes, POD_BY_CONTROLLER } from '../store/indexes';
import { ownedPodCounts, type OwnedPodTotals } from '../workloads/owned-pods';
import { isPodActive, podFromTemplate, podSummaryChanged } from '../workloads/pods';
import { sortScaleDownVictims } from '../workloads/victims';
import { RESOURCE_TYPE } from './types';

export const REPLICASET_CONTROLLER = 'replicaset-controller';
const SOURCE = { component: REPLICASET_CONTROLLER };
/** The most pods one sync creates or deletes (the controller's burstReplicas). */
const BURST = 500;

/** Keeps `spec.replicas` pods of a ReplicaSet's template alive, and reports what it sees. */
export function replicaSetController(ctx: SimContext): Controller {
  ensureCommonIndexes(ctx.store);
  const counts = ownedPodCounts(ctx.store);

  const ownerKeyOfPod = (e: WatchEvent): string | undefined => {
    if (e.type === 'MODIFIED' && !podSummaryChanged(e.old as Pod | undefined, e.object as Pod)) return undefined;
    const ref = controllerRef(e.object);
    if (ref?.kind !== 'ReplicaSet') return undefined;
    return `${e.object.metadata.namespace}/${ref.name}`;
  };

  return {
    name: REPLICASET_CONTROLLER,
    watches: {
      'replicasets.apps': (e) => keyOf(e.object),
      pods: ownerKeyOfPod,
    },
    reconcile(key) {
      const { namespace, name } = splitKey(key);
      const rs = ctx.api.peek<ReplicaSet & KubeObject>('replicasets.apps', namespace, name);
      if (!rs) return;
      const now = ctx.rt.clock.now();
      const uid = rs.metadata.uid ?? '';
      const want = rs.spec?.replicas ?? 1;
      let failure: string | undefined;
      if (!rs.metadata.deletionTimestamp) {
        const diff = counts.of(uid).active - want;
        if (diff < 0) failure = createPods(ctx, rs, Math.min(-diff, BURST));
        else if (diff > 0) {
          const active = (ctx.store.byIndex('pods', POD_BY_CONTROLLER, uid) as unknown as Pod[]).filter(isPodActive);
          deletePods(ctx, rs, sortScaleDownVictims(active, now).slice(0, Math.min(diff, BURST)));
        }
      }
      updateStatus(ctx, rs, counts.of(uid), failure, now);
    },
  };
}

function createPods(ctx: SimContext, rs: ReplicaSet & KubeObject, count: number): string | undefined {
  // Slow start: batches of 1, 2, 4… so a failing create (quota, bad template) is not tried hundreds of times.
  let batch = 1;
  let remaining = count;
  while (remaining > 0) {
    const n = Math.min(batch, remaining);
    for (let i = 0; i < n; i++) {
      const pod = podFromTemplate(rs.spec?.template ?? {}, rs, `${rs.metadata.name}-`);
      // podFromTemplate builds a private object: no second copy on the server side.
      const res = ctx.api.create(pod, { handOver: true });
      if (!res.ok) {
        const message = `Error creating: ${res.status.message}`;
        ctx.events.record(rs, 'Warning', 'FailedCreate', message, SOURCE);
        return message;
      }
      ctx.events.record(rs, 'Normal', 'SuccessfulCreate', `Created pod: ${res.object.metadata.name}`, SOURCE);
    }
    remaining -= n;
    batch *= 2;
  }
  return undefined;
}

function deletePods(ctx: SimContext, rs: ReplicaSet & KubeObject, victims: Pod[]): void {
  for (const pod of victims) {
    const res = ctx.api.delete(RESOURCE_TYPE.pods, pod.metadata?.namespace, pod.metadata?.name ?? '');
    if (res.ok) ctx.events.record(rs, 'Normal', 'SuccessfulDelete', `Deleted pod: ${pod.metadata?.name}`, SOURCE);
  }
}

/** The status from the owned pods' running totals (`OwnedPodCounts`): no walk over the pods. */
function updateStatus(ctx: SimContext, rs: ReplicaSet & KubeObject, totals: OwnedPodTotals, failure: string | undefined, now: number): void {
  const minReady = rs.spec?.minReadySeconds ?? 0;
  const templateLabels = rs.spec?.template?.metadata?.labels ?? {};
  let available = totals.ready;
  if (minReady > 0) {
    // As isPodAvailable / availableAt: ready for minReadySeconds, counted from the Ready transition.
    let nextAvailable: number | undefined;
    available = 0;
    for (const since of totals.readySince.values()) {
      const at = (since ?? now) + minReady * 1000;
      if (now - (since ?? now) >= minReady * 1000) available++;
      if (at > now && (nextAvailable === undefined || at < nextAvailable)) nextAvailable = at;
    }
    if (nextAvailable !== undefined) ctx.manager.requeueAfter(REPLICASET_CONTROLLER, keyOf(rs), nextAvailable - now);
  }
  let fullyLabeled = 0;
  for (const g of totals.labelGroups.values()) if (matchesAll(templateLabels, g.labels)) fullyLabeled += g.count;

  const status: ReplicaSetStatus = {
    replicas: totals.active,
    fullyLabeledReplicas: fullyLabeled,
    readyReplicas: totals.ready,
    availableReplicas: available,
    observedGeneration: rs.metadata.generation ?? 1,
  };
  const conditions = (rs.status?.conditions ?? []).filter((c) => c.type !== 'ReplicaFailure');
  const oldFailure = rs.status?.conditions?.find((c) => c.type === 'ReplicaFailure');
  if (failure) {
    const cond: ReplicaSetCondition = {
      type: 'ReplicaFailure',
      status: 'True',
      reason: 'FailedCreate',
      message: failure,
      lastTransitionTime: oldFailure?.lastTransitionTime ?? ctx.rt.timestamp(),
    };
    conditions.push(cond);
  }
  if (conditions.length > 0) status.conditions = conditions;
  for (const k of ['fullyLabeledReplicas', 'readyReplicas', 'availableReplicas'] as const) if (status[k] === 0) delete status[k];
  if (sameJson(status, rs.status ?? {})) return;
  ctx.api.updateStatus({ ...rs, status });
}

function matchesAll(want: Record<string, string>, labels: Readonly<Record<string, string>> | undefined): boolean {
  return Object.entries(want).every(([k, v]) => labels?.[k] === v);
}
