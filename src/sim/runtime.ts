import type { Random } from '../lib/random';
import type { VirtualClock } from './clock';

/** What every part of the simulation shares: the one clock and the one seeded random source. */
export interface SimRuntime {
  readonly clock: VirtualClock;
  readonly random: Random;
  /** The clock as an RFC 3339 timestamp with whole seconds, as the API server writes it. */
  timestamp(offsetMs?: number): string;
}

export function makeRuntime(clock: VirtualClock, random: Random): SimRuntime {
  return {
    clock,
    random,
    timestamp: (offsetMs = 0) => rfc3339Seconds(clock.now() + offsetMs),
  };
}

let lastSecond = NaN;
let lastText = '';

export function rfc3339Seconds(ms: number): string {
  // Thousands of writes share a second: format each second once.
  const second = Math.floor(ms / 1000);
  if (second !== lastSecond) {
    lastText = new Date(second * 1000).toISOString().replace('.000Z', 'Z');
    lastSecond = second;
  }
  return lastText;
}

export function parseTimestamp(ts: string | undefined): number | undefined {
  if (!ts) return undefined;
  const ms = Date.parse(ts);
  return Number.isNaN(ms) ? undefined : ms;
}
