import type { VirtualClock } from '../clock';
import type { ObjectStore, WatchEvent } from '../store/store';
import type { Controller } from './controller';

export const REQUEUE_TIMER = 'controller.requeue';

interface RequeuePayload {
  controller: string;
  key: string;
}

/** One pass over all queues never runs longer than this; a controller that keeps dirtying itself is a bug. */
const MAX_RECONCILES_PER_DRAIN = 1_000_000;

/**
 * Runs the controllers: feeds watch events into per-controller work queues and drains them in a
 * fixed order, so the same events always produce the same reconciles in the same order.
 */
export class ControllerManager {
  private readonly controllers: Controller[] = [];
  private readonly byName = new Map<string, Controller>();
  private readonly queues = new Map<string, Set<string>>();
  private readonly routes = new Map<string, { controller: string; map: Controller['watches'][string] }[]>();
  /** Routes per resource including the wildcard ones, built on first use. */
  private readonly combined = new Map<string, { controller: string; map: Controller['watches'][string] }[]>();
  private pendingRequeues = new Map<string, number>();
  private draining = false;

  constructor(
    store: ObjectStore,
    private readonly clock: VirtualClock,
  ) {
    store.watch((event) => this.onEvent(event));
  }

  register(controller: Controller): void {
    this.controllers.push(controller);
    this.byName.set(controller.name, controller);
    this.queues.set(controller.name, new Set());
    this.combined.clear();
    for (const [resource, map] of Object.entries(controller.watches)) {
      let list = this.routes.get(resource);
      if (!list) this.routes.set(resource, (list = []));
      list.push({ controller: controller.name, map });
    }
  }

  enqueue(controller: string, key: string): void {
    this.queues.get(controller)?.add(key);
  }

  /**
   * Reconcile `key` again after a virtual delay; a nearer pending requeue wins. Background requeues
   * (periodic checks such as cron schedules) do not keep `runUntilQuiet` going.
   */
  requeueAfter(controller: string, key: string, delayMs: number, background = false): void {
    const id = `${controller}\u0000${key}`;
    const at = this.clock.now() + Math.max(0, delayMs);
    const existing = this.pendingRequeues.get(id);
    if (existing !== undefined && existing <= at) return;
    this.pendingRequeues.set(id, at);
    this.clock.schedule(at, REQUEUE_TIMER, { controller, key } satisfies RequeuePayload, background);
  }

  onRequeueTimer(payload: unknown): void {
    const { controller, key } = payload as RequeuePayload;
    const id = `${controller}\u0000${key}`;
    if (this.pendingRequeues.get(id) !== this.clock.now()) return;
    this.pendingRequeues.delete(id);
    this.enqueue(controller, key);
  }

  hasWork(): boolean {
    for (const q of this.queues.values()) if (q.size > 0) return true;
    return false;
  }

  /** Runs reconciles until every queue is empty. */
  drain(): void {
    if (this.draining) return;
    this.draining = true;
    try {
      let budget = MAX_RECONCILES_PER_DRAIN;
      let progressed = true;
      while (progressed) {
        progressed = false;
        for (const c of this.controllers) {
          const q = this.queues.get(c.name) as Set<string>;
          if (q.size === 0) continue;
          // Always the oldest key: each is deleted before its reconcile, and a Set's iterator goes on
          // to keys added meanwhile (one iterator per queue, not one per key).
          for (const key of q) {
            q.delete(key);
            c.reconcile(key);
            progressed = true;
            if (--budget <= 0) throw new Error(`controllers did not settle after ${MAX_RECONCILES_PER_DRAIN} reconciles (last: ${c.name} ${key})`);
          }
        }
      }
    } finally {
      this.draining = false;
    }
  }

  shift(delta: number): void {
    for (const [id, at] of this.pendingRequeues) this.pendingRequeues.set(id, at + delta);
  }

  /** Pending requeues, for snapshots (queues themselves are always empty between steps). */
  state(): [string, number][] {
    return [...this.pendingRequeues.entries()];
  }

  loadState(entries: [string, number][]): void {
    this.pendingRequeues = new Map(entries);
  }

  private onEvent(event: WatchEvent): void {
    let routes = this.combined.get(event.resource);
    if (!routes) {
      routes = [...(this.routes.get(event.resource) ?? []), ...(this.routes.get('*') ?? [])];
      this.combined.set(event.resource, routes);
    }
    for (const r of routes) {
      const keys = r.map?.(event);
      if (keys === undefined) continue;
      const q = this.queues.get(r.controller) as Set<string>;
      if (typeof keys === 'string') q.add(keys);
      else for (const k of keys) q.add(k);
    }
  }
}
