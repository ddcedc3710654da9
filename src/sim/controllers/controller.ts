import type { WatchEvent } from '../store/store';

/**
 * A level-triggered reconciler (the client-go pattern): watch handlers only map an event to the
 * keys that need attention; `reconcile(key)` reads the current state and converges it. A key is
 * queued once however many events name it, so a burst of pod updates costs one reconcile.
 */
export interface Controller {
  readonly name: string;
  /** Per store resource (`pods`, `deployments.apps`, or `*` for all): which keys an event makes dirty. */
  readonly watches: Readonly<Record<string, (event: WatchEvent) => Iterable<string> | string | undefined>>;
  reconcile(key: string): void;
}

export interface Requeue {
  /** Reconcile `key` again after `delayMs` of virtual time. */
  after(controller: string, key: string, delayMs: number): void;
}
