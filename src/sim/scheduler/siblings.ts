import type { Pod } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../api/object';
import { controllerRef, keyOf } from '../api/object';
import type { ObjectStore, WatchEvent } from '../store/store';

/**
 * How many bound, not-deleting pods each controller has per node, kept up to date from watch
 * events: spreading a ReplicaSet's pods must not walk all its pods for every pod it places.
 */
export class SiblingCounts {
  /** controller uid → node → pods */
  private readonly counts = new Map<string, Map<string, number>>();
  /** pod key → where it is counted */
  private readonly counted = new Map<string, { uid: string; node: string }>();

  constructor(store: ObjectStore) {
    for (const p of store.list('pods')) this.apply(p);
    store.watch((e) => this.onEvent(e));
  }

  /** Pods of the controller with this uid, per node name (nodes without any are absent). */
  perNode(uid: string): ReadonlyMap<string, number> {
    return this.counts.get(uid) ?? EMPTY;
  }

  private onEvent(e: WatchEvent): void {
    if (e.resource !== 'pods') return;
    // A status write keeps the stored spec and owner references: nothing counted here changes.
    const old = e.old;
    if (
      old &&
      (old as Pod).spec === (e.object as Pod).spec &&
      old.metadata.ownerReferences === e.object.metadata.ownerReferences &&
      old.metadata.deletionTimestamp === e.object.metadata.deletionTimestamp
    ) return;
    if (e.type === 'DELETED') this.forget(keyOf(e.object));
    else this.apply(e.object);
  }

  private apply(pod: KubeObject): void {
    const key = keyOf(pod);
    const node = (pod as Pod).spec?.nodeName;
    const uid = node && !pod.metadata.deletionTimestamp ? controllerRef(pod)?.uid : undefined;
    const prev = this.counted.get(key);
    if (prev && prev.uid === uid && prev.node === node) return;
    if (prev) this.forget(key);
    if (uid === undefined || !node) return;
    this.counted.set(key, { uid, node });
    let perNode = this.counts.get(uid);
    if (!perNode) this.counts.set(uid, (perNode = new Map()));
    perNode.set(node, (perNode.get(node) ?? 0) + 1);
  }

  private forget(key: string): void {
    const prev = this.counted.get(key);
    if (!prev) return;
    this.counted.delete(key);
    const perNode = this.counts.get(prev.uid);
    const n = (perNode?.get(prev.node) ?? 0) - 1;
    if (!perNode) return;
    if (n > 0) perNode.set(prev.node, n);
    else perNode.delete(prev.node);
    if (perNode.size === 0) this.counts.delete(prev.uid);
  }
}

const EMPTY: ReadonlyMap<string, number> = new Map();
