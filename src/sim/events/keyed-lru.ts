/**
 * client-go's event caches (k8s.io/utils/lru), keyed by the involved object and the rest of the key
 * apart: the object part is the object's uid string, whose hash the engine has already computed,
 * and the rest is short — so a lookup hashes a few characters instead of a freshly joined key of a
 * hundred, and events are recorded by the ten thousand. Recency is a doubly linked list: reading or
 * writing an entry makes it the most recent; adding past the size drops the least recent.
 */
interface Node<V> {
  readonly objectKey: string;
  readonly subKey: string;
  value: V;
  /** Toward the least recent. */
  older: Node<V> | undefined;
  /** Toward the most recent. */
  newer: Node<V> | undefined;
}

export class KeyedLru<V> {
  private readonly byObject = new Map<string, Map<string, Node<V>>>();
  private oldest: Node<V> | undefined;
  private newest: Node<V> | undefined;
  private count = 0;

  constructor(private readonly maxEntries: number) {}

  get size(): number {
    return this.count;
  }

  /** The value, now the most recent; undefined when absent. */
  get(objectKey: string, subKey: string): V | undefined {
    const node = this.byObject.get(objectKey)?.get(subKey);
    if (!node) return undefined;
    this.touch(node);
    return node.value;
  }

  /** Stores `value` as the most recent, dropping the least recent entry when over size. */
  set(objectKey: string, subKey: string, value: V): void {
    let inner = this.byObject.get(objectKey);
    const existing = inner?.get(subKey);
    if (existing) {
      existing.value = value;
      this.touch(existing);
      return;
    }
    if (!inner) this.byObject.set(objectKey, (inner = new Map()));
    const node: Node<V> = { objectKey, subKey, value, older: this.newest, newer: undefined };
    if (this.newest) this.newest.newer = node;
    else this.oldest = node;
    this.newest = node;
    inner.set(subKey, node);
    if (++this.count > this.maxEntries && this.oldest) this.remove(this.oldest);
  }

  /** Entries from least to most recent, keyed `object\0rest` (loading them in this order restores the recency). */
  *entries(): IterableIterator<[string, V]> {
    for (let n = this.oldest; n; n = n.newer) yield [`${n.objectKey}\u0000${n.subKey}`, n.value];
  }

  private touch(node: Node<V>): void {
    if (node === this.newest) return;
    // Unlink (it has a newer neighbour, as it is not the newest)…
    (node.newer as Node<V>).older = node.older;
    if (node.older) node.older.newer = node.newer;
    else this.oldest = node.newer;
    // …and append as the newest.
    node.older = this.newest;
    node.newer = undefined;
    (this.newest as Node<V>).newer = node;
    this.newest = node;
  }

  private remove(node: Node<V>): void {
    if (node.older) node.older.newer = node.newer;
    else this.oldest = node.newer;
    if (node.newer) node.newer.older = node.older;
    else this.newest = node.older;
    const inner = this.byObject.get(node.objectKey);
    inner?.delete(node.subKey);
    if (inner?.size === 0) this.byObject.delete(node.objectKey);
    this.count--;
  }
}
