/**
 * A least-recently-used cache of bounded size, as client-go's event caches use (k8s.io/utils/lru):
 * reading or writing a key makes it the most recent; adding past the size drops the least recent.
 * A Map keeps insertion order, so "most recent" is simply "last inserted".
 */
export class Lru<V> {
  private readonly map = new Map<string, V>();
  /** The most recent key: touching it again needs no reordering (events come in bursts per object). */
  private newest: string | undefined;

  constructor(private readonly maxEntries: number) {}

  /** The value, now the most recent; undefined when absent. */
  get(key: string): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined && key !== this.newest) {
      this.map.delete(key);
      this.map.set(key, value);
      this.newest = key;
    }
    return value;
  }

  /** Stores `value` as the most recent, dropping the least recent entry when over size. */
  set(key: string, value: V): void {
    if (key !== this.newest) this.map.delete(key);
    this.map.set(key, value);
    this.newest = key;
    if (this.map.size > this.maxEntries) {
      const oldest = this.map.keys().next().value as string;
      this.map.delete(oldest);
    }
  }

  /** Entries from least to most recent (for snapshots: loading them in this order restores the recency). */
  entries(): IterableIterator<[string, V]> {
    return this.map.entries();
  }
}
