import type { Pod } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../api/object';
import { keyOf } from '../api/object';
import type { ObjectStore, WatchEvent } from '../store/store';
import { podRequests, type Resources } from './requests';

export interface NodeUsage extends Resources {
  pods: number;
}

const NOTHING_USED: Readonly<NodeUsage> = Object.freeze({ cpuMilli: 0, memoryBytes: 0, pods: 0 });

/**
 * Per-node sums of the requests of the pods bound there, kept up to date from watch events so a
 * scheduling decision never walks every pod in the cluster.
 */
export class NodeInfoCache {
  private readonly usage = new Map<string, NodeUsage>();
  private readonly counted = new Map<string, { node: string; r: Resources }>();

  constructor(store: ObjectStore) {
    for (const p of store.list('pods')) this.apply(p as Pod & KubeObject);
    store.watch((e) => this.onEvent(e));
  }

  get(node: string): Readonly<NodeUsage> {
    return this.usage.get(node) ?? NOTHING_USED;
  }

  private onEvent(e: WatchEvent): void {
    if (e.resource !== 'pods') return;
    // A status write keeps the stored spec object: with the phase unchanged, no sum moves.
    const old = e.old as Pod | undefined;
    if (old && old.spec === (e.object as Pod).spec && old.status?.phase === (e.object as Pod).status?.phase) return;
    if (e.type === 'DELETED') this.forget(keyOf(e.object));
    else this.apply(e.object as Pod & KubeObject);
  }

  private apply(pod: Pod & KubeObject): void {
    const key = keyOf(pod);
    const node = pod.spec?.nodeName;
    const phase = pod.status?.phase;
    const counts = !!node && phase !== 'Succeeded' && phase !== 'Failed';
    const prev = this.counted.get(key);
    if (prev && (!counts || prev.node !== node)) this.forget(key);
    if (!counts || this.counted.has(key)) return;
    const r = podRequests(pod);
    this.counted.set(key, { node: node as string, r });
    const u = this.get(node as string);
    this.usage.set(node as string, { cpuMilli: u.cpuMilli + r.cpuMilli, memoryBytes: u.memoryBytes + r.memoryBytes, pods: u.pods + 1 });
  }

  private forget(key: string): void {
    const prev = this.counted.get(key);
    if (!prev) return;
    this.counted.delete(key);
    const u = this.get(prev.node);
    this.usage.set(prev.node, { cpuMilli: u.cpuMilli - prev.r.cpuMilli, memoryBytes: u.memoryBytes - prev.r.memoryBytes, pods: u.pods - 1 });
  }
}
