import type { Probe } from 'kubernetes-types/core/v1';
import type { ProbeKind, ProbeRt, RunRt } from './state';

/** The result of one probe run, as the prober reports it. */
export type ProbeOutcome =
  | { ok: true }
  | { ok: false; message: string }
  /** The probe itself could not run (exec of a missing binary): reported, but counts for nothing. */
  | { ok: 'error'; message: string };

/** What a probe needs to know about its container at a given time. */
export interface ProbeWorld {
  outcome(kind: ProbeKind, probe: Probe, at: number): ProbeOutcome;
  /** Absolute times after which outcomes may differ, or 'unknown' (re-check every period). */
  changes: number[] | 'unknown';
}

export type ProbeEffect =
  | { kind: ProbeKind; type: 'unhealthy'; message: string; errored: boolean }
  | { kind: ProbeKind; type: 'verdict'; ok: boolean; at: number };

export const PROBE_ORDER: readonly ProbeKind[] = ['startup', 'liveness', 'readiness'];

export function probeSpec(c: { startupProbe?: Probe; livenessProbe?: Probe; readinessProbe?: Probe }, kind: ProbeKind): Probe | undefined {
  return kind === 'startup' ? c.startupProbe : kind === 'liveness' ? c.livenessProbe : c.readinessProbe;
}

const periodMs = (p: Probe): number => Math.max(1, p.periodSeconds ?? 10) * 1000;

/** Probe workers start with a new instance; readiness starts failed, liveness passed, startup unknown. */
export function newProbes(c: { startupProbe?: Probe; livenessProbe?: Probe; readinessProbe?: Probe }, base: number, startedAt: number): ProbeRt[] {
  const out: ProbeRt[] = [];
  for (const kind of PROBE_ORDER) {
    const p = probeSpec(c, kind);
    if (!p) continue;
    const period = periodMs(p);
    const first = Math.max(startedAt, startedAt + (p.initialDelaySeconds ?? 0) * 1000);
    const firstTick = base + Math.ceil((first - base) / period) * period;
    out.push({ kind, result: kind === 'readiness' ? 'fail' : kind === 'liveness' ? 'ok' : 'unknown', streak: 0, lastOk: kind !== 'readiness', lastTick: firstTick - period, onHold: false });
  }
  return out;
}

/**
 * Runs every probe tick due by `now` (the prober's worker loop, threshold counting included) and
 * returns what happened. Ticks that cannot change anything are skipped arithmetically.
 */
export function runProbes(run: RunRt, c: { startupProbe?: Probe; livenessProbe?: Probe; readinessProbe?: Probe }, world: ProbeWorld, now: number): ProbeEffect[] {
  const effects: ProbeEffect[] = [];
  for (const p of run.probes) {
    const spec = probeSpec(c, p.kind);
    if (!spec || p.onHold) continue;
    const period = periodMs(spec);
    for (let t = p.lastTick + period; t <= now; t = p.lastTick + period) {
      if (p.kind !== 'startup' && (!run.started || t < (run.startedSince ?? Infinity))) {
        // Liveness and readiness wait for the startup probe; skip to the first tick after it passed.
        p.lastTick = t;
        continue;
      }
      if (p.kind === 'startup' && run.started) break;
      const skipTo = steadyUntil(p, t, world.changes, period);
      if (skipTo !== undefined) {
        if (skipTo > now) {
          p.lastTick = t + Math.floor((now - t) / period) * period;
          break;
        }
        p.lastTick = skipTo - period;
        continue;
      }
      p.lastTick = t;
      const o = world.outcome(p.kind, spec, t);
      if (o.ok === 'error') {
        effects.push({ kind: p.kind, type: 'unhealthy', message: o.message, errored: true });
        continue;
      }
      if (!o.ok) effects.push({ kind: p.kind, type: 'unhealthy', message: o.message, errored: false });
      if (p.lastOk === o.ok) p.streak++;
      else {
        p.lastOk = o.ok;
        p.streak = 1;
      }
      const threshold = o.ok ? spec.successThreshold ?? 1 : spec.failureThreshold ?? 3;
      if (p.streak < threshold) continue;
      const verdict = o.ok ? 'ok' : 'fail';
      if (p.result !== verdict) effects.push({ kind: p.kind, type: 'verdict', ok: o.ok, at: t });
      p.result = verdict;
      if (p.kind === 'startup' && o.ok) {
        run.started = true;
        run.startedSince = t;
      }
      if (p.kind === 'readiness') run.ready = o.ok;
      if (!o.ok && p.kind !== 'readiness') {
        p.onHold = true;
        p.streak = 0;
        break;
      }
    }
  }
  return effects;
}

/**
 * A passing probe stays passing until the world changes: the tick from which it must look again,
 * or undefined when tick `t` must really run.
 */
function steadyUntil(p: ProbeRt, t: number, changes: number[] | 'unknown', period: number): number | undefined {
  // Only a probe that has really passed since the last change may skip ticks.
  if (p.result !== 'ok' || !p.lastOk || p.streak === 0 || changes === 'unknown') return undefined;
  const next = changes.find((c) => c > p.lastTick);
  if (next === undefined) return Infinity;
  if (next <= t) return undefined;
  return p.lastTick + Math.ceil((next - p.lastTick) / period) * period;
}

/** The next times probes need the kubelet: `fg` for ticks that may change state, `bg` for repeated failures. */
export function nextProbeWake(run: RunRt, c: { startupProbe?: Probe; livenessProbe?: Probe; readinessProbe?: Probe }, world: { changes: number[] | 'unknown' }): { fg?: number; bg?: number } {
  let fg: number | undefined;
  let bg: number | undefined;
  const fgAt = (t: number) => (fg = fg === undefined ? t : Math.min(fg, t));
  const bgAt = (t: number) => (bg = bg === undefined ? t : Math.min(bg, t));
  for (const p of run.probes) {
    const spec = probeSpec(c, p.kind);
    if (!spec || p.onHold) continue;
    if (p.kind === 'startup' && run.started) continue;
    if (p.kind !== 'startup' && !run.started) continue;
    const period = periodMs(spec);
    const tick = p.lastTick + period;
    const steadyOk = p.result === 'ok' && p.lastOk && p.streak > 0;
    const steadyFail = p.kind === 'readiness' && p.result === 'fail' && !p.lastOk && p.streak > 0;
    if (world.changes === 'unknown') {
      if (steadyOk || steadyFail) bgAt(tick);
      else fgAt(tick);
      continue;
    }
    if (steadyOk) {
      const next = world.changes.find((x) => x > p.lastTick);
      if (next !== undefined) fgAt(p.lastTick + Math.ceil((next - p.lastTick) / period) * period);
      continue;
    }
    if (steadyFail) {
      bgAt(tick);
      const next = world.changes.find((x) => x > p.lastTick);
      if (next !== undefined) fgAt(p.lastTick + Math.ceil((next - p.lastTick) / period) * period);
      continue;
    }
    fgAt(tick);
  }
  return { fg, bg };
}
