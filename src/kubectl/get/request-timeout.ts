// The global --request-timeout as client-go applies it: a bound on a whole HTTP request, the
// body included. The simulated API answers ordinary requests at once, so only streams feel it: a
// `get -w` watch is cut off when the time is up, and kubectl then ends quietly with status 0.

import { messageError, type KubectlError } from '../cli/errors';
import { parseGoDuration } from '../util/go-strconv';

/** clientcmd.ParseTimeout's message for a value it cannot read. */
const INVALID_TIMEOUT =
  'Invalid timeout value. Timeout must be a single integer in seconds, or an integer followed by a corresponding time unit (e.g. 1s | 2m | 3h)';

/**
 * Milliseconds a request may last (undefined: no limit, as for the default "0"). A plain
 * non-negative integer counts seconds; anything else must be a Go duration. A negative duration
 * is accepted and sets no limit (http.Client only applies a positive Timeout).
 */
export function requestTimeoutMs(value: string): { ok: true; ms: number | undefined } | { ok: false; error: KubectlError } {
  let ms: number;
  // strconv.ParseInt(value, 10, 64) with a result >= 0 (a negative integer falls through and fails).
  if (/^\+?[0-9]+$/.test(value)) ms = Number(value) * 1000;
  else {
    const duration = parseGoDuration(value);
    if (!duration.ok) return { ok: false, error: messageError(INVALID_TIMEOUT) };
    ms = duration.value;
  }
  return { ok: true, ms: ms > 0 ? ms : undefined };
}
