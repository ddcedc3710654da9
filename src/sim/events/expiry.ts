import type { KubeObject } from '../api/object';
import type { ObjectStore } from '../store/store';

/** Events are kept this long after their last update, like kube-apiserver's default --event-ttl. */
export const EVENT_TTL_MS = 60 * 60 * 1000;

interface Due {
  at: number;
  key: string;
}

/**
 * Makes Events disappear an hour after their last write, as etcd leases do for the real API
 * server. Every write of an Event (by the recorder or anyone else) appends "check it at
 * last + TTL" to a queue; writes come in clock order, so the queue stays sorted and a sweep only
 * looks at its due head. An entry made stale by a later write finds the event younger and leaves it.
 * Nothing here is saved: the queue is rebuilt from the stored events.
 */
export class EventExpiry {
  private queue: Due[] = [];
  private head = 0;
  private lastText = '';
  private lastMs = 0;

  constructor(private readonly store: ObjectStore) {
    const initial: Due[] = [];
    for (const e of store.list('events')) initial.push({ at: this.expiryOf(e), key: keyOfEvent(e) });
    this.queue = initial.sort((a, b) => a.at - b.at || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    store.watch((w) => {
      if (w.resource === 'events' && w.type !== 'DELETED') this.push({ at: this.expiryOf(w.object), key: keyOfEvent(w.object) });
    });
  }

  /** Deletes every event whose TTL has passed at `nowMs`, in key order (so restored clusters match). */
  sweep(nowMs: number): void {
    const q = this.queue;
    let due: Set<string> | undefined;
    while (this.head < q.length && (q[this.head] as Due).at <= nowMs) {
      const { key } = q[this.head++] as Due;
      const e = this.store.get('events', key);
      if (e && this.expiryOf(e) <= nowMs) (due ??= new Set()).add(key);
    }
    if (this.head > 1024 && this.head * 2 > q.length) {
      this.queue = q.slice(this.head);
      this.head = 0;
    }
    if (!due) return;
    for (const key of [...due].sort()) this.store.remove('events', key);
  }

  private push(d: Due): void {
    const q = this.queue;
    const last = q[q.length - 1];
    if (!last || last.at <= d.at) {
      q.push(d);
      return;
    }
    // Only an event written with an old timestamp (created by hand) lands before the tail.
    let i = q.length - 1;
    while (i > this.head && (q[i - 1] as Due).at > d.at) i--;
    q.splice(i, 0, d);
  }

  /** When the event expires: TTL after its last timestamp (the recorder writes them once per second of text). */
  private expiryOf(e: KubeObject): number {
    const text = String(e['lastTimestamp'] ?? e['eventTime'] ?? e.metadata.creationTimestamp ?? '');
    if (text !== this.lastText) {
      const ms = Date.parse(text);
      this.lastText = text;
      this.lastMs = Number.isNaN(ms) ? 0 : ms;
    }
    return this.lastMs + EVENT_TTL_MS;
  }
}

function keyOfEvent(e: KubeObject): string {
  return `${e.metadata.namespace ?? 'default'}/${e.metadata.name ?? ''}`;
}
