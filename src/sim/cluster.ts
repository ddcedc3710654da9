import { Random } from '../lib/random';
import type { KubeObject } from './api/object';
import { ApiServer, type ApiPlugins } from './api/apiserver';
import { VirtualClock, type ClockState, type Timer } from './clock';
import { resolveConfig, type ClusterConfig, type ClusterOptions } from './config';
import type { SimComponent, SimContext } from './context';
import { ControllerManager, REQUEUE_TIMER } from './controllers/manager';
import { EventRecorder, type RecorderState } from './events/recorder';
import { makeRuntime, type SimRuntime } from './runtime';
import { ObjectStore, type StoreState } from './store/store';
import { expandObjects, type BootRef } from './bootstrap/rbac/snapshot';

export interface ClusterSnapshot {
  format: 'kubedojo-cluster';
  version: 1;
  config: ClusterConfig;
  clock: ClockState;
  random: [number, number, number, number];
  /** The store's objects (older snapshots name boot-time RBAC objects still as booted by reference: `BootRef`). */
  store: SnapshotStore;
  requeues: [string, number][];
  /** The event recorder's correlation caches (absent in snapshots from before they existed). */
  events?: RecorderState;
  components: Record<string, unknown>;
}

export interface SnapshotStore {
  resourceVersion: number;
  objects: Record<string, (KubeObject | BootRef)[]>;
}

function expandStore(state: SnapshotStore): StoreState {
  const objects: StoreState['objects'] = {};
  for (const [resource, items] of Object.entries(state.objects)) objects[resource] = expandObjects(resource, items);
  return { resourceVersion: state.resourceVersion, objects };
}

/** Builds the parts of a cluster; the default wiring lives in `wiring.ts` so tests can swap parts. */
export interface ClusterWiring {
  plugins(ctx: SimContext): ApiPlugins;
  components(ctx: SimContext): SimComponent[];
  /** Creates the initial objects of a fresh cluster (nodes, namespaces, system pods). */
  bootstrap(cluster: Cluster): void;
  /** Brings a restored cluster saved by an older version up to what `bootstrap` makes now. */
  upgrade?(cluster: Cluster): void;
}

/** How late controllers may see a change (virtual ms): see `fireNext`. */
const CONTROLLER_LATENCY_MS = 100;

/** Stop a run-until-quiet that keeps finding work after this much virtual time. */
const DEFAULT_QUIET_LIMIT_MS = 60 * 60 * 1000;

/**
 * A whole simulated cluster: store, API server, controllers, scheduler and kubelets on one virtual
 * clock. Nothing happens unless the clock is moved (`advance`, `runUntilQuiet`), so the same seed and
 * the same calls always give the same cluster.
 */
export class Cluster {
  readonly config: ClusterConfig;
  readonly clock: VirtualClock;
  readonly random: Random;
  readonly rt: SimRuntime;
  readonly store: ObjectStore;
  readonly api: ApiServer;
  readonly manager: ControllerManager;
  readonly events: EventRecorder;
  readonly ctx: SimContext;
  private readonly components = new Map<string, SimComponent>();
  private readonly timerHandlers = new Map<string, (payload: unknown) => void>();

  private constructor(config: ClusterConfig, wiring: ClusterWiring, snapshot?: ClusterSnapshot) {
    this.config = config;
    this.clock = new VirtualClock(snapshot?.clock ?? { now: config.startTime - config.clusterAgeMs, nextId: 1, timers: [] });
    this.random = new Random(snapshot?.random ?? config.seed);
    this.rt = makeRuntime(this.clock, this.random);
    this.store = new ObjectStore(snapshot ? expandStore(snapshot.store) : undefined, config.freezeObjects);
    this.manager = new ControllerManager(this.store, this.clock);
    this.events = new EventRecorder(this.store, this.rt);
    const components = this.components;
    let api: ApiServer | undefined;
    const ctx: SimContext = {
      config,
      get api() {
        if (!api) throw new Error('the API server is not wired yet');
        return api;
      },
      store: this.store,
      rt: this.rt,
      events: this.events,
      manager: this.manager,
      component<T extends SimComponent>(name: string): T {
        const c = components.get(name);
        if (!c) throw new Error(`no component "${name}"`);
        return c as T;
      },
    };
    this.ctx = ctx;
    api = new ApiServer(this.store, this.rt, wiring.plugins(ctx));
    this.api = api;
    this.timerHandlers.set(REQUEUE_TIMER, (p) => this.manager.onRequeueTimer(p));
    for (const component of wiring.components(ctx)) {
      this.components.set(component.name, component);
      for (const c of component.controllers ?? []) this.manager.register(c);
      for (const [type, handler] of Object.entries(component.timers ?? {})) this.timerHandlers.set(type, handler);
    }
    if (snapshot) {
      this.manager.loadState(snapshot.requeues);
      this.events.loadState(snapshot.events);
      for (const [name, state] of Object.entries(snapshot.components)) this.components.get(name)?.load?.(state);
    }
  }

  /** A fresh cluster, booted and settled, its clock at `startTime`. */
  static create(options: ClusterOptions, wiring: ClusterWiring): Cluster {
    const config = resolveConfig(options);
    const cluster = new Cluster(config, wiring);
    for (const c of cluster.components.values()) c.start?.();
    wiring.bootstrap(cluster);
    cluster.runUntilQuiet();
    cluster.skipIdleTime(config.startTime);
    return cluster;
  }

  static restore(snapshot: ClusterSnapshot, wiring: ClusterWiring): Cluster {
    if (snapshot.format !== 'kubedojo-cluster' || snapshot.version !== 1) {
      throw new Error(`not a cluster snapshot this version can read (format ${String(snapshot.format)}, version ${String(snapshot.version)})`);
    }
    const cluster = new Cluster(snapshot.config, wiring, snapshot);
    wiring.upgrade?.(cluster);
    return cluster;
  }

  now(): number {
    return this.clock.now();
  }

  component<T extends SimComponent>(name: string): T {
    return this.ctx.component<T>(name);
  }

  /** Lets controllers catch up with whatever the last API calls changed, without moving time. */
  settle(): void {
    this.manager.drain();
  }

  /** Moves the clock `ms` forward, firing every timer on the way. */
  advance(ms: number): void {
    const target = this.clock.now() + Math.max(0, ms);
    this.manager.drain();
    while (this.fireNext(target)) this.manager.drain();
    this.clock.advanceTo(target);
  }

  /**
   * Runs until nothing is left to do but background work (heartbeats), or `limitMs` of virtual time
   * has passed. Returns the virtual milliseconds that passed.
   */
  runUntilQuiet(limitMs = DEFAULT_QUIET_LIMIT_MS): number {
    const start = this.clock.now();
    this.manager.drain();
    while (this.clock.hasForegroundTimers()) {
      if (!this.fireNext(start + limitMs)) break;
      this.manager.drain();
    }
    return this.clock.now() - start;
  }

  /** Runs until `done()` holds (checked after every step) or `limitMs` passes; returns whether it held. */
  runUntil(done: () => boolean, limitMs = DEFAULT_QUIET_LIMIT_MS): boolean {
    const limit = this.clock.now() + limitMs;
    this.manager.drain();
    while (!done()) {
      if (!this.fireNext(limit)) {
        this.clock.advanceTo(limit);
        return done();
      }
      this.manager.drain();
    }
    return true;
  }

  snapshot(): ClusterSnapshot {
    this.manager.drain();
    const components: Record<string, unknown> = {};
    for (const [name, c] of this.components) if (c.save) components[name] = c.save();
    return {
      format: 'kubedojo-cluster',
      version: 1,
      config: this.config,
      clock: this.clock.state(),
      random: this.random.state,
      store: this.store.state(),
      requeues: this.manager.state(),
      events: this.events.state(),
      components,
    };
  }

  /**
   * Fires the next due timer and every other one within the following `CONTROLLER_LATENCY_MS` (not
   * later than `until`), each at its own time; false when none is due. Controllers then see the
   * batch at once, like informers that deliver events a moment late: a burst of thousands of pod
   * updates costs a handful of reconciles instead of one per update.
   */
  private fireNext(until: number): boolean {
    const first = this.clock.popDue(until);
    if (!first) return false;
    const windowEnd = Math.min(until, first.at + CONTROLLER_LATENCY_MS);
    this.dispatch(first);
    for (let t = this.clock.popDue(windowEnd); t; t = this.clock.popDue(windowEnd)) this.dispatch(t);
    return true;
  }

  private dispatch(timer: Timer): void {
    const handler = this.timerHandlers.get(timer.type);
    if (!handler) throw new Error(`no handler for timer type "${timer.type}"`);
    handler(timer.payload);
  }

  /**
   * A freshly booted cluster jumps to its start time as if it had sat idle: pending timers keep
   * their distance from "now", nothing fires, and object timestamps keep the boot time (so nodes
   * show their real age).
   */
  private skipIdleTime(to: number): void {
    const delta = to - this.clock.now();
    if (delta <= 0) return;
    this.clock.shift(delta);
    this.manager.shift(delta);
    for (const c of this.components.values()) c.afterIdleSkip?.();
  }
}
