import type { ApiServer } from './api/apiserver';
import type { ControllerManager } from './controllers/manager';
import type { Controller } from './controllers/controller';
import type { EventRecorder } from './events/recorder';
import type { ObjectStore } from './store/store';
import type { SimRuntime } from './runtime';
import type { ClusterConfig } from './config';

/** What a part of the simulation (a controller, the scheduler, a kubelet) is given to work with. */
export interface SimContext {
  readonly config: ClusterConfig;
  readonly api: ApiServer;
  /** Read access and indexes; writes go through `api` so they get defaulting and validation. */
  readonly store: ObjectStore;
  readonly rt: SimRuntime;
  readonly events: EventRecorder;
  readonly manager: ControllerManager;
  /** Looks up another component by name (e.g. the kubelet asks the network for a pod IP). */
  component<T extends SimComponent>(name: string): T;
}

/**
 * A part of the simulated cluster. Components own their private state (kept out of API objects,
 * like a kubelet's container runtime) and hand it to snapshots through save/load.
 */
export interface SimComponent {
  readonly name: string;
  readonly controllers?: readonly Controller[];
  /** Handlers for the clock's timer types this component sets (type names prefixed with the component's name). */
  readonly timers?: Readonly<Record<string, (payload: unknown) => void>>;
  /** Called once when a fresh cluster is created (not on restore): arm periodic timers here. */
  start?(): void;
  /**
   * Called after a fresh cluster jumps from its boot time to its start time: heartbeats written at
   * boot look days old, so components that judge freshness must not take that for a failure.
   */
  afterIdleSkip?(): void;
  save?(): unknown;
  load?(state: unknown): void;
}
