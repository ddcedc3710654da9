import { BACKOFF } from './timing';

/**
 * client-go flowcontrol.Backoff as plain data, with the kubelet's use of it. An entry remembers the
 * current delay and when it was last bumped; a bump more than 2× the maximum after the previous one
 * starts over (the "ran fine for 10 minutes" reset).
 */
export interface BackoffEntry {
  ms: number;
  lastUpdate: number;
}

function expired(eventTime: number, entry: BackoffEntry): boolean {
  return eventTime - entry.lastUpdate > BACKOFF.maxMs * 2;
}

/** The entry after `Next(id, eventTime)` at `now`. */
export function nextBackoff(entry: BackoffEntry | undefined, eventTime: number, now: number): BackoffEntry {
  if (!entry || expired(eventTime, entry)) return { ms: BACKOFF.initialMs, lastUpdate: now };
  return { ms: Math.min(entry.ms * 2, BACKOFF.maxMs), lastUpdate: now };
}

/** `IsInBackOffSince(id, eventTime)`: container restarts count from the exit time. */
export function inBackoffSince(entry: BackoffEntry | undefined, eventTime: number, now: number): boolean {
  if (!entry || expired(eventTime, entry)) return false;
  return now - eventTime < entry.ms;
}

/** When `inBackoffSince` stops holding. */
export function backoffEndsSince(entry: BackoffEntry, eventTime: number): number {
  return eventTime + entry.ms;
}

/** `IsInBackOffSinceUpdate(id, now)`: image pulls count from the last failure. */
export function inBackoffSinceUpdate(entry: BackoffEntry | undefined, now: number): boolean {
  if (!entry) return false;
  return now - entry.lastUpdate < entry.ms;
}
