// Durations and timestamps exactly as kubectl prints them. Inputs are milliseconds (the virtual
// clock's unit); every function is pure.

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** Go's int(f) / integer division: truncation toward zero. */
const trunc = (n: number): number => Math.trunc(n);

/**
 * apimachinery `duration.HumanDuration`: AGE columns, "(75s ago)", job DURATION, describe event ages.
 * About two significant figures: `45s`, `119s`, `2m`, `5m3s`, `59m`, `3h20m`, `47h`, `2d5h`, `30d`, `2y45d`, `8y`.
 * Up to 2 s in the future is treated as "now" (clock skew); further is `<invalid>`.
 */
export function humanDuration(ms: number): string {
  const seconds = trunc(ms / SECOND);
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 120) return `${seconds}s`;
  const minutes = trunc(ms / MINUTE);
  if (minutes < 10) {
    const s = seconds % 60;
    return s === 0 ? `${minutes}m` : `${minutes}m${s}s`;
  }
  if (minutes < 60 * 3) return `${minutes}m`;
  const hours = trunc(ms / HOUR);
  if (hours < 8) {
    const m = minutes % 60;
    return m === 0 ? `${hours}h` : `${hours}h${m}m`;
  }
  if (hours < 48) return `${hours}h`;
  const days = trunc(hours / 24);
  if (hours < 24 * 8) {
    const h = hours % 24;
    return h === 0 ? `${days}d` : `${days}d${h}h`;
  }
  if (hours < 24 * 365 * 2) return `${days}d`;
  const years = trunc(days / 365);
  if (hours < 24 * 365 * 8) {
    const dy = days % 365;
    return dy === 0 ? `${years}y` : `${years}y${dy}d`;
  }
  return `${years}y`;
}

/** apimachinery `duration.ShortHumanDuration`: one unit only (`45s`, `5m`, `3h`, `12d`, `2y`). */
export function shortHumanDuration(ms: number): string {
  const seconds = trunc(ms / SECOND);
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 60) return `${seconds}s`;
  const minutes = trunc(ms / MINUTE);
  if (minutes < 60) return `${minutes}m`;
  const hours = trunc(ms / HOUR);
  if (hours < 24) return `${hours}h`;
  if (hours < 24 * 365) return `${trunc(hours / 24)}d`;
  return `${trunc(ms / HOUR / 24 / 365)}y`;
}

/** Digits of `v` (a non-negative integer below 10^prec) as a fraction with trailing zeros dropped. */
function fraction(v: bigint, prec: number): string {
  const digits = v.toString().padStart(prec, '0').replace(/0+$/, '');
  return digits === '' ? '' : `.${digits}`;
}

/**
 * Go's `time.Duration.String()`: `0s`, `300ms`, `1.5s`, `5m0s`, `1h0m0s`, `2h3m4.5s`, `1.5µs`, `-5s`.
 * Used in messages such as `back-off 5m0s restarting failed container`. Sub-millisecond parts of
 * `ms` are kept down to the nanosecond.
 */
export function formatGoDuration(ms: number): string {
  const whole = trunc(ms);
  let ns = BigInt(whole) * 1_000_000n + BigInt(Math.round((ms - whole) * 1e6));
  if (ns === 0n) return '0s';
  const sign = ns < 0n ? '-' : '';
  if (ns < 0n) ns = -ns;
  if (ns < 1_000_000_000n) {
    if (ns < 1_000n) return `${sign}${ns}ns`;
    if (ns < 1_000_000n) return `${sign}${ns / 1_000n}${fraction(ns % 1_000n, 3)}µs`;
    return `${sign}${ns / 1_000_000n}${fraction(ns % 1_000_000n, 6)}ms`;
  }
  const secs = ns / 1_000_000_000n;
  let out = `${secs % 60n}${fraction(ns % 1_000_000_000n, 9)}s`;
  const mins = secs / 60n;
  if (mins > 0n) {
    out = `${mins % 60n}m${out}`;
    const hours = mins / 60n;
    if (hours > 0n) out = `${hours}h${out}`;
  }
  return sign + out;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function ymd(d: Date): string {
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

function hms(d: Date): string {
  return `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}`;
}

/** RFC 3339 in UTC with whole seconds, as `metav1.Time` serialises: `2026-11-24T11:43:56Z`. */
export function rfc3339(ms: number): string {
  const d = new Date(ms);
  return `${ymd(d)}T${hms(d)}Z`;
}

/** RFC 3339 with microseconds, as `metav1.MicroTime` (event `eventTime`) serialises: `2026-11-24T11:43:56.123000Z`. */
export function rfc3339Micro(ms: number): string {
  const d = new Date(ms);
  // Go's Format truncates sub-second digits; it never rounds.
  const micros = Math.floor((ms - Math.floor(ms / 1000) * 1000) * 1000);
  return `${ymd(d)}T${hms(d)}.${String(micros).padStart(6, '0')}Z`;
}

/** Go's RFC1123Z layout in UTC, used by describe: `Tue, 24 Nov 2026 14:44:47 +0000`. */
export function rfc1123z(ms: number): string {
  const d = new Date(ms);
  const day = DAYS[d.getUTCDay()] ?? '';
  const month = MONTHS[d.getUTCMonth()] ?? '';
  return `${day}, ${pad2(d.getUTCDate())} ${month} ${String(d.getUTCFullYear()).padStart(4, '0')} ${hms(d)} +0000`;
}
