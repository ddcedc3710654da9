import { POD_TIMER, type KubeletCore } from './core';
import { specOf, type PodCtx } from './pod-ctx';
import { nextProbeWake } from './probes';
import type { PodRt } from './state';

/**
 * A pod's wake-ups: at most one foreground timer (the next step that changes something) and one
 * background timer (repeats of a failure: back-off re-syncs, failing readiness probes), so
 * `runUntilQuiet` stops once only loops are left, and a healthy running pod has no timer at all.
 */

export interface PodTimerPayload {
  key: string;
}

/** Times the pod needs the kubelet again: foreground for progress, background for repeats of a failure. */
export function wakeTimes(p: PodCtx): { fg?: number; bg?: number } {
  const { rt } = p;
  // Runs after every sync of every pod: plain minima, no closures.
  let fg: number | undefined = rt.deleteAt;
  let bg: number | undefined;
  if (rt.rejected) return { fg, bg };
  if (!rt.mounted && rt.mount) {
    bg = earliest(bg, rt.mount.retryAt);
    bg = earliest(bg, rt.mount.reportAt);
  }
  if (!rt.sandboxReady && rt.mounted) fg = earliest(fg, rt.sandboxAt);
  if (!rt.terminal && !rt.deadlineExceeded && !rt.terminating) fg = earliest(fg, rt.activeDeadlineAt);
  for (const c of rt.containers) {
    switch (c.step) {
      case 'pulling':
      case 'creating':
      case 'starting':
      case 'stopping':
      case 'exited':
        fg = earliest(fg, c.until);
        break;
      case 'pullError':
      case 'pullBackOff':
      case 'crashBackOff':
        bg = earliest(bg, c.until);
        bg = earliest(bg, c.resyncAt);
        break;
      case 'imageError':
      case 'configError':
        bg = earliest(bg, c.resyncAt);
        break;
      case 'running': {
        const run = c.run;
        const spec = specOf(p, c);
        if (!run || !spec) break;
        fg = earliest(fg, run.exitAt);
        if (run.probes.length > 0) {
          const w = nextProbeWake(run, spec, { changes: run.probeChanges ?? [] });
          fg = earliest(fg, w.fg);
          bg = earliest(bg, w.bg);
        }
        break;
      }
      default:
        break;
    }
  }
  return { fg, bg };
}

function earliest(a: number | undefined, b: number | undefined): number | undefined {
  if (b === undefined) return a;
  return a === undefined ? b : Math.min(a, b);
}

export function scheduleWake(p: PodCtx): void {
  const { fg, bg } = wakeTimes(p);
  setTimer(p, 'fg', fg);
  setTimer(p, 'bg', bg !== undefined && (fg === undefined || bg < fg) ? bg : undefined);
}

function setTimer(p: PodCtx, slot: 'fg' | 'bg', at: number | undefined): void {
  const clock = p.k.ctx.rt.clock;
  const current = p.rt[slot];
  const when = at === undefined ? undefined : Math.max(at, p.now + 1);
  if (current && current[1] === when) return;
  if (current) clock.cancel(current[0]);
  if (when === undefined) {
    p.rt[slot] = undefined;
    return;
  }
  const id = clock.schedule(when, POD_TIMER, { key: p.key } satisfies PodTimerPayload, slot === 'bg');
  p.rt[slot] = [id, when];
}

/** A pod timer fired: forget it and have the pod synced. */
export function onPodTimer(k: KubeletCore, payload: PodTimerPayload): string | undefined {
  const rt = k.state.pods[payload.key];
  if (!rt) return undefined;
  const now = k.now();
  if (rt.fg && rt.fg[1] <= now) rt.fg = undefined;
  if (rt.bg && rt.bg[1] <= now) rt.bg = undefined;
  return payload.key;
}

export function cancelPodTimers(k: KubeletCore, rt: PodRt): void {
  if (rt.fg) k.ctx.rt.clock.cancel(rt.fg[0]);
  if (rt.bg) k.ctx.rt.clock.cancel(rt.bg[0]);
  rt.fg = undefined;
  rt.bg = undefined;
}
