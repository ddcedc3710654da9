// Removing a node's pods as drain.Helper does, in virtual time. With eviction (the default) every
// pod has its own goroutine: "evicting pod ns/name", POST pods/eviction (so PodDisruptionBudgets
// apply; a refused eviction is retried every 5 s), then a poll every second until the pod is gone
// ("pod/name evicted"). The goroutines start in the order Go's scheduler runs them on one
// processor (the last one started runs first, then the others in order), which is the order real
// kubectl prints its "evicting" lines in. With --disable-eviction the pods are deleted one after
// another and then awaited together. A global --timeout ends everything; without ctx.wait no time
// can pass, so kubectl behaves as if the timeout had passed right after its first look. Ctrl-C
// (ctx.interrupted) stops the waiting; without a --timeout a headless host stops it after its watch
// limit (ctx.watchLimitMs, else DRAIN_WAIT_LIMIT_MS), since a refusing budget would keep it forever.

import { formatGoDuration } from '../../../lib/duration';
import { evictPod } from '../../../sim/api/eviction';
import { typeForKey, type ResourceType } from '../../../sim/api/registry';
import type { Invocation } from '../../cli/command';
import type { PodObject } from '../pod-target';
import type { DryRun } from '../create-shared';
import { goAggregate, goError, goStatus, type GoError } from './errors';
import { podRequestDenied } from '../../auth/authorizing-cluster';

/** How long drain waits when --timeout is 0 ("forever") and the host sets no watch limit. */
export const DRAIN_WAIT_LIMIT_MS = 120_000;
const RETRY_MS = 5_000;
const POLL_MS = 1_000;
/** Go's time.Duration(math.MaxInt64), what kubectl prints as the timeout when none was set. */
const FOREVER = '2562047h47m16.854775807s';

export interface RemoveOptions {
  readonly dryRun: DryRun;
  readonly disableEviction: boolean;
  /** --grace-period; negative: the pod's own. */
  readonly gracePeriodSeconds: number;
  /** --timeout in ms; 0: none. */
  readonly timeoutMs: number;
  readonly skipWaitSeconds: number;
}

export type RemoveResult = { readonly error?: GoError; readonly gaveUp?: boolean; readonly interrupted?: boolean };

interface Job {
  readonly pod: PodObject;
  state: 'evict' | 'wait' | 'done';
  at: number;
}

/** The runnable goroutines in the order one Go processor runs them: the newest first (runnext), then FIFO. */
export function goroutineOrder<T>(items: readonly T[]): T[] {
  return items.length < 2 ? [...items] : [items[items.length - 1] as T, ...items.slice(0, -1)];
}

/** Gone, or replaced by a new pod of the same name (another UID). */
function gone(inv: Invocation, pod: PodObject): boolean {
  const now = inv.cluster.api.peek<PodObject>('pods', pod.metadata.namespace, pod.metadata.name ?? '');
  return !now || now.metadata.uid !== pod.metadata.uid;
}

function deadlineOf(inv: Invocation, opts: RemoveOptions, start: number): { at: number; text: string; capped: boolean } {
  if (!inv.ctx.wait) return { at: start, text: opts.timeoutMs > 0 ? formatGoDuration(opts.timeoutMs) : FOREVER, capped: false };
  if (opts.timeoutMs > 0) return { at: start + opts.timeoutMs, text: formatGoDuration(opts.timeoutMs), capped: false };
  return { at: start + (inv.ctx.watchLimitMs ?? DRAIN_WAIT_LIMIT_MS), text: FOREVER, capped: true };
}

/** Lets time pass up to `t`; false when it cannot (no clock hook, or one that did not move the clock). */
function advanceTo(inv: Invocation, t: number): boolean {
  const now = inv.cluster.now();
  if (t <= now) return true;
  if (!inv.ctx.wait) return false;
  inv.ctx.wait(t - now);
  return inv.cluster.now() > now;
}

function evictAll(inv: Invocation, pods: readonly PodObject[], opts: RemoveOptions): RemoveResult {
  const start = inv.cluster.now();
  const deadline = deadlineOf(inv, opts, start);
  const serverDry = opts.dryRun === 'server';
  const jobs: Job[] = goroutineOrder(pods).map((pod) => ({ pod, state: 'evict', at: start }));
  const errors: GoError[] = [];
  const finish = (job: Job, err?: GoError): void => {
    job.state = 'done';
    if (err) errors.push(err);
  };
  const evictStep = (job: Job): void => {
    const { pod } = job;
    const ns = pod.metadata.namespace ?? '';
    const name = pod.metadata.name ?? '';
    inv.out.out(serverDry ? `evicting pod ${ns}/${name} (server dry run)\n` : `evicting pod ${ns}/${name}\n`);
    // A retry (never the first attempt) that wakes after the deadline gives up.
    if (!deadline.capped && job.at > start && inv.cluster.now() >= deadline.at) {
      finish(job, goError(`error when evicting pods/"${name}" -n "${ns}": global timeout reached: ${deadline.text}`));
      return;
    }
    const denied = podRequestDenied(inv.cluster, 'create', 'eviction', ns, name);
    const res = denied ? { ok: false as const, status: denied } : evictPod(inv.cluster.ctx, ns, name, { ...(opts.gracePeriodSeconds >= 0 ? { gracePeriodSeconds: opts.gracePeriodSeconds } : {}), ...(serverDry ? { dryRun: true } : {}) });
    if (res.ok) {
      if (serverDry) finish(job);
      else job.state = 'wait';
      return;
    }
    const status = res.status;
    if (status.reason === 'NotFound') return finish(job);
    if (status.code === 429) {
      inv.out.err(`error when evicting pods/"${name}" -n "${ns}" (will retry after ${formatGoDuration(RETRY_MS)}): ${status.message}\n`);
      job.at = inv.cluster.now() + RETRY_MS;
      return;
    }
    finish(job, goError(`error when evicting pods/"${name}" -n "${ns}": ${status.message}`));
  };
  const pollStep = (job: Job): void => {
    if (gone(inv, job.pod)) {
      inv.out.out(`pod/${job.pod.metadata.name ?? ''} evicted\n`);
      return finish(job);
    }
    job.at = inv.cluster.now() + POLL_MS;
  };
  // Every goroutine posts its eviction before any answer is looked at, then polls at once.
  for (const job of jobs) evictStep(job);
  for (const job of jobs) if (job.state === 'wait') pollStep(job);
  for (;;) {
    const active = jobs.filter((j) => j.state !== 'done');
    if (active.length === 0) break;
    if (inv.ctx.interrupted?.()) return { interrupted: true };
    // At most a second at a time, so that a Ctrl-C is noticed when it happens.
    const next = Math.min(...active.map((j) => j.at), inv.cluster.now() + POLL_MS);
    const waiters = active.filter((j) => j.state === 'wait');
    if (next > deadline.at || !advanceTo(inv, next)) {
      // The context's deadline: waiting pods fail at once; a sleeping retry wakes and finds it passed.
      if (deadline.capped) return { error: goAggregate(errors), gaveUp: true };
      advanceTo(inv, deadline.at);
      for (const job of waiters) finish(job, goError(`error when waiting for pod "${job.pod.metadata.name ?? ''}" in namespace "${job.pod.metadata.namespace ?? ''}" to terminate: context deadline exceeded`));
      // Sleeping retries wake one by one, try again and find the deadline passed.
      for (const job of [...active].filter((j) => j.state === 'evict').sort((a, b) => a.at - b.at)) {
        advanceTo(inv, job.at);
        evictStep(job);
      }
      break;
    }
    for (const job of jobs) {
      if (job.state === 'done' || job.at > inv.cluster.now()) continue;
      if (job.state === 'evict') {
        evictStep(job);
        if ((job.state as Job['state']) === 'wait') pollStep(job);
      } else pollStep(job);
    }
  }
  return { ...(errors.length > 0 ? { error: goAggregate(errors) } : {}) };
}

function deleteAll(inv: Invocation, pods: readonly PodObject[], opts: RemoveOptions): RemoveResult {
  const type = typeForKey('pods') as ResourceType;
  for (const pod of pods) {
    const res = inv.cluster.api.delete(type, pod.metadata.namespace, pod.metadata.name ?? '', {
      ...(opts.gracePeriodSeconds >= 0 ? { gracePeriodSeconds: opts.gracePeriodSeconds } : {}),
      ...(opts.dryRun === 'server' ? { dryRun: true } : {}),
    });
    if (!res.ok && res.status.reason !== 'NotFound') return { error: goStatus(res.status) };
  }
  // A server dry run deletes nothing, so there is nothing to wait for.
  if (opts.dryRun === 'server') return {};
  const start = inv.cluster.now();
  const deadline = deadlineOf(inv, opts, start);
  let pending = [...pods];
  for (;;) {
    pending = pending.filter((pod) => {
      if (!gone(inv, pod)) return true;
      inv.out.out(`pod/${pod.metadata.name ?? ''} deleted\n`);
      return false;
    });
    if (pending.length === 0) return {};
    if (inv.ctx.interrupted?.()) return { interrupted: true };
    const next = inv.cluster.now() + POLL_MS;
    if (next > deadline.at || !advanceTo(inv, next)) {
      if (deadline.capped) return { gaveUp: true };
      advanceTo(inv, deadline.at);
      return { error: goError('context deadline exceeded') };
    }
  }
}

/** DeleteOrEvictPods. */
export function removePods(inv: Invocation, pods: readonly PodObject[], opts: RemoveOptions): RemoveResult {
  if (pods.length === 0) return {};
  return opts.disableEviction ? deleteAll(inv, pods, opts) : evictAll(inv, pods, opts);
}
