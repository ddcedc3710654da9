// Waiting in virtual time for the verbs that block until the cluster catches up (delete's --wait,
// scale's --timeout): check, let some virtual time pass through ctx.wait, check again, until the
// condition holds or the time is up. Without ctx.wait (a host that cannot let time pass) the
// condition is checked once, as if the timeout had passed at once.

import type { Invocation } from '../cli/command';

export interface PollOptions {
  /** How long to keep trying, in ms. */
  readonly timeoutMs: number;
  /** The pause before the next check, given the time waited so far (ms). */
  readonly intervalMs: (elapsedMs: number) => number;
}

/**
 * Checks `done` now and after every interval until it holds (true) or `timeoutMs` has passed
 * (false). Elapsed time is the sum of the waits asked for, so a host whose clock does not move
 * cannot make this loop forever.
 */
export function pollUntil(inv: Invocation, opts: PollOptions, done: () => boolean): boolean {
  if (done()) return true;
  const wait = inv.ctx.wait;
  if (!wait) return false;
  let elapsed = 0;
  // Ctrl-C (or the host's own limit on one command) ends the wait as it ends kubectl.
  while (elapsed < opts.timeoutMs && !inv.ctx.interrupted?.()) {
    const step = Math.max(1, Math.min(opts.intervalMs(elapsed), opts.timeoutMs - elapsed));
    wait.call(inv.ctx, step);
    elapsed += step;
    if (done()) return true;
  }
  return false;
}

/** Lets the rest of a timeout pass (a poll whose next tick would come after its deadline). */
export function waitOut(inv: Invocation, ms: number): void {
  if (ms > 0) inv.ctx.wait?.(ms);
}

/**
 * How often a watch-like wait looks again: finely at first (a pod usually goes within a second or
 * two of its grace period), coarser once the wait has lasted, so a wait of days stays cheap.
 */
export function watchInterval(elapsedMs: number): number {
  if (elapsedMs < 120_000) return 100;
  if (elapsedMs < 3_600_000) return 1_000;
  return 10_000;
}
