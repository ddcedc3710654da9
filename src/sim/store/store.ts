import type { KubeObject } from '../api/object';
import { deepFreeze, keyOf } from '../api/object';

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

export interface WatchEvent {
  type: WatchEventType;
  /** The store's resource key, e.g. `pods`, `deployments.apps`. */
  resource: string;
  object: KubeObject;
  /** The previous version on MODIFIED. */
  old?: KubeObject;
}

export type WatchListener = (event: WatchEvent) => void;

export interface StoreState {
  resourceVersion: number;
  /** resource key → objects, in creation order (etcd would return them sorted; `list` sorts). */
  objects: Record<string, KubeObject[]>;
}

type IndexFn = (obj: KubeObject) => readonly string[];

/**
 * The etcd of the simulation: objects per resource, a global resourceVersion, secondary indexes
 * and watch events. It knows nothing of validation or defaulting (that is the API server's job).
 * Stored objects are never mutated in place: writers store a new object; with `freeze` every stored
 * object is deep-frozen so a mutation bug fails loudly in tests.
 */
export class ObjectStore {
  private resources = new Map<string, Map<string, KubeObject>>();
  private rv: number;
  private listeners: WatchListener[] = [];
  /** Sorted keys per resource, dropped when an object is added or removed. */
  private keyOrder = new Map<string, string[]>();
  private indexers = new Map<string, Map<string, IndexFn>>();
  /** resource → index name → index value → object keys */
  private indexes = new Map<string, Map<string, Map<string, Set<string>>>>();

  constructor(state: StoreState | undefined, private readonly freeze = false) {
    this.rv = state?.resourceVersion ?? 1;
    for (const [resource, items] of Object.entries(state?.objects ?? {})) {
      const m = this.bucket(resource);
      for (const obj of items) m.set(keyOf(obj), this.freeze ? deepFreeze(obj) : obj);
    }
  }

  resourceVersion(): number {
    return this.rv;
  }

  /** Reserves the next resourceVersion (the API server stamps it on the object it writes). */
  nextResourceVersion(): string {
    this.rv += 1;
    return String(this.rv);
  }

  get(resource: string, key: string): KubeObject | undefined {
    return this.resources.get(resource)?.get(key);
  }

  /** Objects of one resource (optionally one namespace), sorted as etcd returns them: by namespace, then name. */
  list(resource: string, namespace?: string): KubeObject[] {
    const m = this.resources.get(resource);
    if (!m) return [];
    const out: KubeObject[] = [];
    for (const key of this.sortedKeys(resource, m)) {
      const obj = m.get(key) as KubeObject;
      if (namespace === undefined || obj.metadata.namespace === namespace) out.push(obj);
    }
    return out;
  }

  /** Keys in etcd order, re-sorted only when objects come or go (status writes keep the order). */
  private sortedKeys(resource: string, m: Map<string, KubeObject>): string[] {
    let keys = this.keyOrder.get(resource);
    if (!keys) {
      keys = [...m.keys()].sort(compareKeys);
      this.keyOrder.set(resource, keys);
    }
    return keys;
  }

  count(resource: string): number {
    return this.resources.get(resource)?.size ?? 0;
  }

  resourceKeys(): string[] {
    return [...this.resources.keys()];
  }

  /** Stores `obj` under `key`, which callers that looked the object up already hold (`keyOf(obj)` otherwise). */
  put(resource: string, obj: KubeObject, key: string = keyOf(obj)): void {
    const m = this.bucket(resource);
    const old = m.get(key);
    const stored = this.freeze ? deepFreeze(obj) : obj;
    m.set(key, stored);
    if (!old) this.keyOrder.delete(resource);
    this.reindex(resource, key, old, stored);
    // One shape for every event (`old` undefined when there is none): each listener's code sees one kind of object.
    this.emit({ type: old ? 'MODIFIED' : 'ADDED', resource, object: stored, old });
  }

  remove(resource: string, key: string): KubeObject | undefined {
    const m = this.resources.get(resource);
    const old = m?.get(key);
    if (!m || !old) return undefined;
    m.delete(key);
    this.keyOrder.delete(resource);
    this.reindex(resource, key, old, undefined);
    this.emit({ type: 'DELETED', resource, object: old, old: undefined });
    return old;
  }

  watch(listener: WatchListener): () => void {
    this.listeners.push(listener);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    };
  }

  /**
   * Declares a secondary index; objects already stored are indexed at once. Declaring a name twice
   * keeps the first definition, so components can each declare the indexes they rely on.
   */
  addIndex(resource: string, name: string, fn: IndexFn): void {
    let byName = this.indexers.get(resource);
    if (!byName) this.indexers.set(resource, (byName = new Map()));
    if (byName.has(name)) return;
    byName.set(name, fn);
    for (const [key, obj] of this.resources.get(resource) ?? []) {
      for (const value of fn(obj)) this.indexSet(resource, name, value).add(key);
    }
  }

  /**
   * Objects whose index `name` yields `value`, in the order they entered the index (deterministic,
   * and cheap: controllers call this on every reconcile). Sort the result where order shows.
   */
  byIndex(resource: string, name: string, value: string): KubeObject[] {
    const keys = this.indexes.get(resource)?.get(name)?.get(value);
    if (!keys) return [];
    const m = this.resources.get(resource);
    const out: KubeObject[] = [];
    for (const k of keys) {
      const obj = m?.get(k);
      if (obj) out.push(obj);
    }
    return out;
  }

  state(): StoreState {
    const objects: Record<string, KubeObject[]> = {};
    for (const resource of [...this.resources.keys()].sort()) {
      const items = [...(this.resources.get(resource) as Map<string, KubeObject>).values()];
      if (items.length > 0) objects[resource] = items;
    }
    return { resourceVersion: this.rv, objects };
  }

  private bucket(resource: string): Map<string, KubeObject> {
    let m = this.resources.get(resource);
    if (!m) this.resources.set(resource, (m = new Map()));
    return m;
  }

  private indexSet(resource: string, name: string, value: string): Set<string> {
    let byName = this.indexes.get(resource);
    if (!byName) this.indexes.set(resource, (byName = new Map()));
    let byValue = byName.get(name);
    if (!byValue) byName.set(name, (byValue = new Map()));
    let keys = byValue.get(value);
    if (!keys) byValue.set(value, (keys = new Set()));
    return keys;
  }

  private reindex(resource: string, key: string, old: KubeObject | undefined, next: KubeObject | undefined): void {
    const fns = this.indexers.get(resource);
    if (!fns) return;
    for (const [name, fn] of fns) {
      const before = old ? fn(old) : NO_VALUES;
      const after = next ? fn(next) : NO_VALUES;
      // Most writes keep the one value (a status write): move the key to the end of its set, as
      // removing and adding it would, without looking the set up twice.
      if (before.length === 1 && after.length === 1 && before[0] === after[0]) {
        const keys = this.indexes.get(resource)?.get(name)?.get(before[0] as string);
        if (keys) {
          keys.delete(key);
          keys.add(key);
          continue;
        }
      }
      for (const v of before) this.indexes.get(resource)?.get(name)?.get(v)?.delete(key);
      for (const v of after) this.indexSet(resource, name, v).add(key);
    }
  }

  private emit(event: WatchEvent): void {
    for (const l of this.listeners) l(event);
  }
}

const NO_VALUES: readonly string[] = [];

/** `ns/name` keys compare by namespace first, then name (a `/` sorts before name characters anyway). */
function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
