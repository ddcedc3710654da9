import type { Pod } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../api/object';
import { controllerRef, keyOf } from '../api/object';
import { parseTimestamp } from '../runtime';
import type { ObjectStore, WatchEvent } from '../store/store';
import { isPodActive, readyCondition } from './pods';

/** Active pods of one controller with the same labels. */
export interface LabelGroup {
  labels: Readonly<Record<string, string>> | undefined;
  count: number;
}

/** What a controller's status counts of its active pods, kept current from watch events. */
export interface OwnedPodTotals {
  /** Pods neither finished nor being deleted. */
  active: number;
  /** Active pods whose Ready condition is True. */
  ready: number;
  /** Active pods grouped by their labels (usually one group: the template's). */
  labelGroups: ReadonlyMap<string, LabelGroup>;
  /** Active ready pods → when they turned ready (ms, from the condition's lastTransitionTime), for minReadySeconds. */
  readySince: ReadonlyMap<string, number | undefined>;
}

interface Contribution {
  uid: string;
  labelsKey: string;
  labels: Record<string, string> | undefined;
  ready: boolean;
  since: number | undefined;
  /** The Ready condition's lastTransitionTime as written (parsed once per text, not once per status write). */
  sinceText: string | undefined;
}

interface MutableTotals extends OwnedPodTotals {
  labelGroups: Map<string, LabelGroup>;
  readySince: Map<string, number | undefined>;
}

const EMPTY: OwnedPodTotals = { active: 0, ready: 0, labelGroups: new Map(), readySince: new Map() };

/**
 * A label set as text. A status write keeps the stored labels object, so the pod's last
 * contribution already has it (`prev`): computed once per pod without a table kept beside the
 * pods (a weak map entry per pod costs the garbage collector more than the text costs to make).
 */
function labelsKeyOf(labels: Record<string, string> | undefined, prev: Contribution | undefined): string {
  if (!labels) return '';
  if (prev && prev.labels === labels) return prev.labelsKey;
  return JSON.stringify(labels);
}

/**
 * Per controller uid, the counts a ReplicaSet's status is made of, maintained incrementally: a
 * reconcile then costs the same whether the controller owns ten pods or ten thousand.
 */
export class OwnedPodCounts {
  private readonly totals = new Map<string, MutableTotals>();
  private readonly counted = new Map<string, Contribution>();

  constructor(store: ObjectStore) {
    for (const p of store.list('pods')) this.apply(p);
    store.watch((e) => this.onEvent(e));
  }

  of(controllerUid: string): OwnedPodTotals {
    return this.totals.get(controllerUid) ?? EMPTY;
  }

  private onEvent(e: WatchEvent): void {
    if (e.resource !== 'pods') return;
    if (e.type === 'DELETED') this.forget(keyOf(e.object));
    else if (!e.old || contributionMayDiffer(e.old as Pod, e.object as Pod)) this.apply(e.object);
  }

  private apply(obj: KubeObject): void {
    const key = keyOf(obj);
    const pod = obj as Pod;
    const ref = controllerRef(obj);
    const prev = this.counted.get(key);
    if (!ref || !isPodActive(pod)) {
      if (prev) this.forget(key);
      return;
    }
    const labels = obj.metadata.labels;
    const cond = readyCondition(pod);
    const ready = cond?.status === 'True';
    const sinceText = ready ? cond?.lastTransitionTime : undefined;
    const labelsKey = labelsKeyOf(labels, prev);
    if (prev && prev.uid === ref.uid && prev.labelsKey === labelsKey && prev.ready === ready && prev.sinceText === sinceText) return;
    const since = sinceText === undefined ? undefined : prev && prev.sinceText === sinceText ? prev.since : parseTimestamp(sinceText);
    const next: Contribution = { uid: ref.uid, labelsKey, labels, ready, since, sinceText };
    if (prev && prev.uid === next.uid && prev.labelsKey === next.labelsKey && prev.ready === next.ready && prev.since === next.since) return;
    if (prev) this.forget(key);
    this.counted.set(key, next);
    let t = this.totals.get(next.uid);
    if (!t) this.totals.set(next.uid, (t = { active: 0, ready: 0, labelGroups: new Map(), readySince: new Map() }));
    t.active++;
    const group = t.labelGroups.get(next.labelsKey);
    if (group) group.count++;
    else t.labelGroups.set(next.labelsKey, { labels: next.labels, count: 1 });
    if (ready) {
      t.ready++;
      t.readySince.set(key, next.since);
    }
  }

  private forget(key: string): void {
    const prev = this.counted.get(key);
    if (!prev) return;
    this.counted.delete(key);
    const t = this.totals.get(prev.uid);
    if (!t) return;
    t.active--;
    const group = t.labelGroups.get(prev.labelsKey);
    if (group && --group.count === 0) t.labelGroups.delete(prev.labelsKey);
    if (prev.ready) {
      t.ready--;
      t.readySince.delete(key);
    }
    if (t.active === 0) this.totals.delete(prev.uid);
  }
}

/**
 * Whether a write can change what a pod contributes (owner, activity, labels, readiness): most
 * status writes keep the stored labels and owner references and move no Ready condition.
 */
function contributionMayDiffer(before: Pod, after: Pod): boolean {
  const a = before.metadata;
  const b = after.metadata;
  if (a?.labels !== b?.labels || a?.ownerReferences !== b?.ownerReferences || a?.deletionTimestamp !== b?.deletionTimestamp) return true;
  if (before.status?.phase !== after.status?.phase) return true;
  const ra = readyCondition(before);
  const rb = readyCondition(after);
  return ra?.status !== rb?.status || ra?.lastTransitionTime !== rb?.lastTransitionTime;
}

const INSTANCES = new WeakMap<ObjectStore, OwnedPodCounts>();

/** The one instance per store (controllers share it). */
export function ownedPodCounts(store: ObjectStore): OwnedPodCounts {
  let c = INSTANCES.get(store);
  if (!c) INSTANCES.set(store, (c = new OwnedPodCounts(store)));
  return c;
}
