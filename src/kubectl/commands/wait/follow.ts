// Waiting in virtual time, shared by `kubectl wait` and `kubectl rollout status`: a clock that lets
// time pass in small steps up to a limit, and a follower that watches one object the way client-go's
// watchtools.UntilWithSync does (the object as it is now, then every change) until told to stop.

import type { KubeObject } from '../../../sim/api/object';
import type { ResourceType } from '../../../sim/api/registry';
import type { ApiResult, ApiStatus } from '../../../sim/api/status';
import type { Cluster } from '../../../sim/cluster';
import { requestRefused, serverSide } from '../../auth/authorizing-cluster';
import type { KubectlContext } from '../../context';

/**
 * The longest a command waits when it was told to wait forever (`rollout status` without
 * --timeout, `wait --timeout=-1`): the simulator cannot be interrupted with Ctrl-C, so after this
 * much virtual time the wait ends as a timeout.
 */
export const FOREVER_MS = 30 * 60_000;
/** An explicit --timeout is honoured up to a day of virtual time (a safety net, not a kubectl rule). */
const LONGEST_TIMEOUT_MS = 24 * 3_600_000;

/** Steps are short at first (a waiting command returns soon after its condition holds)… */
const FIRST_STEP_MS = 100;
/** …and longer once the wait has gone on for a while, so long waits stay cheap. */
const LATER_STEP_MS = 1000;
const SHORT_PHASE_MS = 10_000;

/** Virtual time a command may spend waiting, counted from its creation. */
export class WaitClock {
  private waited = 0;
  private readonly limitMs: number;
  /** Set when a step was refused because the host interrupted the command. */
  interrupted = false;

  /** `limitMs`: how long in total; Infinity ("until done") ends after FOREVER_MS. */
  constructor(
    private readonly ctx: KubectlContext,
    limitMs: number,
  ) {
    this.limitMs = limitMs === Infinity ? FOREVER_MS : Math.min(limitMs, LONGEST_TIMEOUT_MS);
  }

  /** Lets one step of virtual time pass; false (nothing happens) once the limit is reached or the host cannot wait. */
  step(): boolean {
    const left = this.limitMs - this.waited;
    if (left <= 0 || !this.ctx.wait) return false;
    if (this.ctx.interrupted?.()) {
      this.interrupted = true;
      return false;
    }
    const ms = Math.min(left, this.waited < SHORT_PHASE_MS ? FIRST_STEP_MS : LATER_STEP_MS);
    this.ctx.wait(ms);
    this.waited += ms;
    return true;
  }
}

export interface FollowEvent {
  readonly type: 'ADDED' | 'MODIFIED' | 'DELETED';
  readonly object: KubeObject;
}

/**
 * 'interrupted': Ctrl-C (the host's `interrupted()`), which ends kubectl without a message;
 * `refused`: the user kubectl runs as may not list or watch the object.
 */
export type FollowResult = 'stopped' | 'timeout' | 'missing' | 'interrupted' | { refused: ApiStatus };

/** The object as the list of its name (`fieldSelector=metadata.name=NAME`) that client-go's ListWatch sends finds it. */
export function listByName(cluster: Cluster, type: ResourceType, namespace: string | undefined, name: string): ApiResult<KubeObject> {
  return requestRefused(cluster, 'list', type, namespace, name) ?? serverSide(cluster).api.get(type, type.namespaced ? namespace : undefined, name);
}

/**
 * Follows the object `name`: `onEvent` sees it as it is now (ADDED), then every change; returning
 * true stops the watch. 'missing' when it does not exist when the watch starts; 'timeout' when the
 * clock runs out first.
 */
export function followObject(
  cluster: Cluster,
  type: ResourceType,
  namespace: string | undefined,
  name: string,
  clock: WaitClock,
  onEvent: (event: FollowEvent) => boolean,
): FollowResult {
  const current = listByName(cluster, type, namespace, name);
  if (!current.ok) return current.status.reason === 'Forbidden' ? { refused: current.status } : 'missing';
  if (onEvent({ type: 'ADDED', object: current.object })) return 'stopped';
  let stopped = false;
  const watch = cluster.api.watch(type, { ...(type.namespaced && namespace !== undefined ? { namespace } : {}), fieldSelector: `metadata.name=${name}` }, (e) => {
    if (stopped) return;
    if (onEvent({ type: e.type, object: e.object })) stopped = true;
  });
  if (!watch.ok) return watch.status.reason === 'Forbidden' ? { refused: watch.status } : 'timeout';
  try {
    while (!stopped) {
      if (!clock.step()) return clock.interrupted ? 'interrupted' : 'timeout';
    }
    return 'stopped';
  } finally {
    watch.object();
  }
}
