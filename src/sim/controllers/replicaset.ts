import type { Pod } from 'kubernetes-types/core/v1';
import { sameJson } from '../api/json-equal';
import type { ReplicaSet, ReplicaSetCondition, ReplicaSetStatus } from 'kubernetes-types/apps/v1';
import type { KubeObject } from '../api/object';
import { controllerRef, keyOf, ownerReferenceTo, splitKey } from '../api/object';
import type { ParsedLabelSelector } from '../api/labels';
import { labelSelectorFromObject, matchesLabels } from '../api/labels';
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
/**
 * Pods without a controller, by namespace: candidates for adoption. The DaemonSet controller
 * declares the same index under this name (the store keeps one), so it is maintained once.
 */
const ORPHANS_BY_NAMESPACE = 'daemonset-orphans';

/** Keeps `spec.replicas` pods of a ReplicaSet's template alive, and reports what it sees. */
export function replicaSetController(ctx: SimContext): Controller {
  ensureCommonIndexes(ctx.store);
  ctx.store.addIndex('pods', ORPHANS_BY_NAMESPACE, (p) => (controllerRef(p) ? [] : [p.metadata.namespace ?? 'default']));
  const counts = ownedPodCounts(ctx.store);

  /** The owning ReplicaSet; for an orphan, those whose selector matches it (they may adopt it). */
  const ownerKeyOfPod = (e: WatchEvent): string[] | string | undefined => {
    if (e.type === 'MODIFIED' && !podSummaryChanged(e.old as Pod | undefined, e.object as Pod)) return undefined;
    const ref = controllerRef(e.object);
    const oldRef = e.old ? controllerRef(e.old) : undefined;
    const ns = e.object.metadata.namespace;
    const keys: string[] = [];
    if (ref?.kind === 'ReplicaSet') keys.push(`${ns}/${ref.name}`);
    // A pod its ReplicaSet no longer controls: that one must count again.
    if (oldRef?.kind === 'ReplicaSet' && oldRef.uid !== ref?.uid) keys.push(`${ns}/${oldRef.name}`);
    if (!ref && e.type !== 'DELETED' && isPodActive(e.object as Pod)) {
      for (const rs of ctx.store.list('replicasets.apps', ns) as (ReplicaSet & KubeObject)[]) {
        if (!rs.metadata.deletionTimestamp && matchesLabels(selectorOf(rs), e.object.metadata.labels)) keys.push(keyOf(rs));
      }
    }
    return keys.length === 1 ? keys[0] : keys.length > 0 ? keys : undefined;
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
        claimPods(ctx, rs, counts.of(uid));
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

const SELECTORS = new WeakMap<object, ParsedLabelSelector>();

/** The ReplicaSet's selector, parsed once per selector object (status writes keep the spec). */
function selectorOf(rs: ReplicaSet): ParsedLabelSelector {
  const ls = rs.spec?.selector;
  if (!ls) return null;
  let sel = SELECTORS.get(ls);
  if (sel === undefined) {
    const res = labelSelectorFromObject(ls);
    sel = res.ok ? res.selector : null;
    SELECTORS.set(ls, sel);
  }
  return sel;
}

/**
 * ClaimPods (the ControllerRefManager rules): an active pod of ours whose labels stopped matching
 * the selector is released (its ownerReference dropped), so the count falls and a replacement is
 * made; an active orphan that matches is adopted. Only the label groups are looked at unless one
 * of them does not match, so a large ReplicaSet costs nothing here.
 */
function claimPods(ctx: SimContext, rs: ReplicaSet & KubeObject, totals: OwnedPodTotals): void {
  const selector = selectorOf(rs);
  const uid = rs.metadata.uid ?? '';
  let allMatch = true;
  for (const g of totals.labelGroups.values()) if (!matchesLabels(selector, g.labels as Record<string, string> | undefined)) allMatch = false;
  if (!allMatch) {
    for (const pod of ctx.store.byIndex('pods', POD_BY_CONTROLLER, uid) as (Pod & KubeObject)[]) {
      if (!isPodActive(pod) || matchesLabels(selector, pod.metadata.labels)) continue;
      const owners = (pod.metadata.ownerReferences ?? []).filter((r) => r.uid !== uid);
      const metadata = { ...pod.metadata, ownerReferences: owners };
      if (owners.length === 0) delete (metadata as { ownerReferences?: unknown }).ownerReferences;
      ctx.api.update({ ...pod, metadata });
    }
  }
  const orphans = ctx.store.byIndex('pods', ORPHANS_BY_NAMESPACE, rs.metadata.namespace ?? 'default') as (Pod & KubeObject)[];
  if (orphans.length === 0) return;
  for (const pod of [...orphans]) {
    if (!isPodActive(pod) || !matchesLabels(selector, pod.metadata.labels)) continue;
    ctx.api.update({ ...pod, metadata: { ...pod.metadata, ownerReferences: [...(pod.metadata.ownerReferences ?? []), ownerReferenceTo(rs)] } });
  }
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
