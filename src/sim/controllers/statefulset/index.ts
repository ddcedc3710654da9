/**
 * The StatefulSet controller (kube-controller-manager's `statefulset-controller`): pods with
 * stable names `<set>-<ordinal>` and claims, created in order and removed in reverse order
 * (OrderedReady) or all at once (Parallel), updated from the highest ordinal down to the
 * partition, with ControllerRevisions as history. A pod that goes is recreated under the same
 * name only once the old object is gone.
 */
import type { Pod } from 'kubernetes-types/core/v1';
import { podSummaryChanged } from '../../workloads/pods';
import type { ParsedLabelSelector } from '../../api/labels';
import { labelSelectorFromObject, matchesLabels } from '../../api/labels';
import { controllerRef, keyOf, ownerReferenceTo, splitKey } from '../../api/object';
import type { SimContext } from '../../context';
import { ensureCommonIndexes, POD_BY_CONTROLLER } from '../../store/indexes';
import type { WatchEvent } from '../../store/store';
import type { Controller } from '../controller';
import { claimRevisions, truncateHistory } from '../revisions';
import { statefulSetRevisions } from './history';
import type { PodObject, StatefulSetObject } from './identity';
import { isMemberOf, ordinalOf, parentAndOrdinal, replicaCount, revisionOf, startOrdinal } from './identity';
import { firstUnhealthyPod, fixCondemnedClaims, processCondemned, processReplica, runForAll } from './replicas';
import { rollingUpdate } from './rolling';
import { computeStatus, saveStatus } from './status';
import { newSync, plannedPod, type StsSync } from './sync-context';
import { STATEFULSET_CONTROLLER } from './types';

export { STATEFULSET_CONTROLLER } from './types';
export { POD_INDEX_LABEL, POD_NAME_LABEL } from './identity';

/** Pods without a controller, by `<namespace>/<parent name from the pod name>`: adoption candidates. */
const ORPHANS_BY_PARENT = 'statefulset-orphans';
/** A failed write is tried again after this long (in the background, like the work queue's backoff). */
const RETRY_MS = 10_000;

export function statefulSetController(ctx: SimContext): Controller {
  ensureCommonIndexes(ctx.store);
  ctx.store.addIndex('pods', ORPHANS_BY_PARENT, (p) => {
    if (controllerRef(p)) return [];
    const { parent, ordinal } = parentAndOrdinal(p);
    return ordinal >= 0 ? [`${p.metadata.namespace}/${parent}`] : [];
  });
  return {
    name: STATEFULSET_CONTROLLER,
    watches: {
      'statefulsets.apps': (e) => (e.type === 'DELETED' ? undefined : keyOf(e.object)),
      pods: (e) => (e.type === 'MODIFIED' && !podSummaryChanged(e.old as Pod | undefined, e.object as Pod) ? undefined : setsOfPod(e)),
      // A claim that goes may have been the stale one a pod was waiting for.
      persistentvolumeclaims: (e) => (e.type === 'DELETED' ? setsOfClaim(ctx, e) : undefined),
    },
    reconcile(key) {
      const { namespace, name } = splitKey(key);
      const set = ctx.api.peek<StatefulSetObject>('statefulsets.apps', namespace, name);
      if (set) syncStatefulSet(ctx, set);
    },
  };
}

/** The set a pod belongs to — or, for an orphan, the set its name points at — and a former owner. */
function setsOfPod(e: WatchEvent): string[] {
  const ns = e.object.metadata.namespace ?? 'default';
  const keys: string[] = [];
  const ref = controllerRef(e.object);
  const oldRef = e.old ? controllerRef(e.old) : undefined;
  if (oldRef?.kind === 'StatefulSet' && oldRef.uid !== ref?.uid) keys.push(`${ns}/${oldRef.name}`);
  if (ref?.kind === 'StatefulSet') keys.push(`${ns}/${ref.name}`);
  else if (!ref && e.type !== 'DELETED') {
    const { parent, ordinal } = parentAndOrdinal(e.object);
    if (ordinal >= 0) keys.push(`${ns}/${parent}`);
  }
  return keys;
}

/** Sets in the claim's namespace whose claims could carry its name (`<template>-<set>-<ordinal>`). */
function setsOfClaim(ctx: SimContext, e: WatchEvent): string[] {
  const { parent } = parentAndOrdinal(e.object);
  return ctx.store
    .list('statefulsets.apps', e.object.metadata.namespace)
    .filter((set) => parent.endsWith(`-${set.metadata.name}`))
    .map((set) => keyOf(set));
}

function syncStatefulSet(ctx: SimContext, set: StatefulSetObject): void {
  const parsed = labelSelectorFromObject(set.spec?.selector);
  if (!parsed.ok) return;
  const revisions = claimRevisions(ctx, set, parsed.selector);
  const pods = claimPods(ctx, set, parsed.selector);
  const found = statefulSetRevisions(ctx, set, revisions);
  if ('error' in found) {
    ctx.manager.requeueAfter(STATEFULSET_CONTROLLER, keyOf(set), RETRY_MS, true);
    return;
  }
  const s = newSync(ctx, set, found.current, found.update);
  if (!set.metadata.deletionTimestamp) syncPods(s, pods);
  const after = ownedPods(ctx, set);
  saveStatus(s, computeStatus(s, after, found.collisionCount));
  const live = new Set([found.current.metadata.name ?? '', found.update.metadata.name ?? '', ...after.map(revisionOf)]);
  truncateHistory(ctx, revisions, live, set.spec?.revisionHistoryLimit ?? 10);
  if (s.wakeAt !== undefined) ctx.manager.requeueAfter(STATEFULSET_CONTROLLER, keyOf(set), s.wakeAt - s.now);
  if (s.error) ctx.manager.requeueAfter(STATEFULSET_CONTROLLER, keyOf(set), RETRY_MS, true);
}

/** Scale, replace, then (RollingUpdate) update — each stage only once the one before lets it. */
function syncPods(s: StsSync, pods: PodObject[]): void {
  const start = startOrdinal(s.set);
  const count = replicaCount(s.set);
  const replicas: PodObject[] = [];
  const condemned: PodObject[] = [];
  for (const pod of pods) {
    const ord = ordinalOf(pod);
    if (ord >= start && ord < start + count) replicas[ord - start] = pod;
    else if (ord >= 0) condemned.push(pod);
  }
  for (let i = 0; i < count; i++) replicas[i] ??= plannedPod(s, start + i);
  condemned.sort((a, b) => ordinalOf(b) - ordinalOf(a));
  const firstUnhealthy = firstUnhealthyPod(replicas, condemned);
  const monotonic = s.set.spec?.podManagementPolicy !== 'Parallel';

  if (runForAll(s, replicas.length, (i) => processReplica(s, monotonic, replicas, i), monotonic)) return;
  if (runForAll(s, condemned.length, (i) => fixCondemnedClaims(s, condemned, i), monotonic)) return;
  if (runForAll(s, condemned.length, (i) => processCondemned(s, monotonic, condemned, firstUnhealthy, i), monotonic)) return;
  if (s.set.spec?.updateStrategy?.type === 'OnDelete') return;
  rollingUpdate(s, replicas);
}

function ownedPods(ctx: SimContext, set: StatefulSetObject): PodObject[] {
  return ctx.store.byIndex('pods', POD_BY_CONTROLLER, set.metadata.uid ?? '') as PodObject[];
}

/**
 * getPodsForStatefulSet: our pods that still match the selector and carry our name; ours that no
 * longer do are released, matching orphans named after us adopted (not while the set is deleted).
 */
function claimPods(ctx: SimContext, set: StatefulSetObject, selector: ParsedLabelSelector): PodObject[] {
  const deleting = set.metadata.deletionTimestamp !== undefined;
  const claimed: PodObject[] = [];
  for (const pod of ownedPods(ctx, set)) {
    if (matchesLabels(selector, pod.metadata.labels) && isMemberOf(set, pod)) claimed.push(pod);
    else if (!deleting) {
      const owners = (pod.metadata.ownerReferences ?? []).filter((r) => r.uid !== set.metadata.uid);
      const metadata = { ...pod.metadata, ownerReferences: owners };
      if (owners.length === 0) delete (metadata as { ownerReferences?: unknown }).ownerReferences;
      ctx.api.update({ ...pod, metadata });
    }
  }
  if (deleting) return claimed;
  const orphans = ctx.store.byIndex('pods', ORPHANS_BY_PARENT, `${set.metadata.namespace}/${set.metadata.name}`) as PodObject[];
  for (const pod of orphans) {
    if (pod.metadata.deletionTimestamp || !matchesLabels(selector, pod.metadata.labels)) continue;
    const res = ctx.api.update<PodObject>({ ...pod, metadata: { ...pod.metadata, ownerReferences: [...(pod.metadata.ownerReferences ?? []), ownerReferenceTo(set)] } });
    if (res.ok) claimed.push(res.object);
  }
  return claimed;
}
