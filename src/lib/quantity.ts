/**
 * Kubernetes resource.Quantity (k8s.io/apimachinery/pkg/api/resource, v0.35.2): parsing, the exact
 * string the API server stores and returns, arithmetic, and the number formats kubectl prints.
 *
 * A quantity is kept as an exact whole number of nano-units (BigInt): parsing rounds every value
 * up to 1n precision, so nothing finer ever exists. Facts reproduced from upstream:
 * - the three suffix families are remembered: BinarySI (Ki Mi Gi Ti Pi Ei), DecimalSI (n u m "" k M
 *   G T P E) and DecimalExponent (e3, E-6…), and output uses the family of the input;
 * - output is canonical: no fraction digits, the largest suffix that loses nothing
 *   ("0.5" → "500m", "1000m" → "1", "1.5Gi" → "1536Mi", "1024Mi" → "1Gi", "1000M" → "1G");
 * - BinarySI values strictly between -1024 and 1024, or not whole, are written as DecimalSI
 *   ("0.5Ki" → "512", "1.1Ki" → "1126400m");
 * - an input already in canonical shape is echoed byte for byte, including quirks: "+1" stays
 *   "+1", "01" stays "01", and "1.001" stays "1.001" (upstream bug kubernetes#138165, present in 1.35);
 * - DecimalSI values above 999E lose their suffix ("1000E" → "1", kubernetes#140459, fixed after 1.35);
 * - BinarySI values are capped at 2^63-1 ("9Ei" → "9223372036854775807"); decimal ones are not.
 * Deliberate limit: values of 10^1000 or more are refused (upstream accepts them) so that a typo
 * like "1e999999999" cannot make the browser build a gigantic number.
 */

export type QuantityFormat = 'DecimalSI' | 'BinarySI' | 'DecimalExponent';

export interface Quantity {
  /** The exact value times 10^9. */
  readonly nanos: bigint;
  readonly format: QuantityFormat;
  /** The input string, kept when upstream would echo it unchanged (see quantityToString). */
  readonly text?: string;
}

export type QuantityParseResult = { ok: true; quantity: Quantity } | { ok: false; message: string };

/** The regular expression upstream quotes in its format error (its scanner is what really decides). */
export const QUANTITY_REGEX = '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$';
/** Error text for a string that does not look like a quantity at all, e.g. "abc", "1 Gi", "". */
export const QUANTITY_FORMAT_ERROR = `quantities must match the regular expression '${QUANTITY_REGEX}'`;
/** Error text for a well-shaped but unknown suffix, e.g. "1K", "1mi", "1e". */
export const QUANTITY_SUFFIX_ERROR = "unable to parse quantity's suffix";
/** Error text for a number part that cannot be read (here: one too large to represent). */
export const QUANTITY_NUMERIC_ERROR = 'unable to parse numeric part of quantity';

const NANO = 1_000_000_000n;
const MAX_INT64 = (1n << 63n) - 1n;
const MAX_DECIMAL_DIGITS = 1000;

const DECIMAL_SUFFIXES: Record<string, number> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const BINARY_SUFFIXES: Record<string, number> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
const DECIMAL_BY_EXPONENT = new Map(Object.entries(DECIMAL_SUFFIXES).map(([s, e]) => [e, s]));
const BINARY_BY_POWER = ['', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'];

// Same language as upstream's hand-written scanner: sign, digits, optional fraction, then suffix
// letters, an optional sign and digits. Whitespace anywhere is an error.
const SHAPE = /^([+-]?)([0-9]*)(?:\.([0-9]*))?([eEinumkKMGTP]*[-+]?[0-9]*)$/;

interface Suffix { base: 10 | 2; exponent: number; format: QuantityFormat }

function interpretSuffix(suffix: string): Suffix | undefined {
  const dec = DECIMAL_SUFFIXES[suffix];
  if (dec !== undefined) return { base: 10, exponent: dec, format: 'DecimalSI' };
  const bin = BINARY_SUFFIXES[suffix];
  if (bin !== undefined) return { base: 2, exponent: bin, format: 'BinarySI' };
  if (suffix.length > 1 && (suffix[0] === 'e' || suffix[0] === 'E')) {
    const digits = suffix.slice(1);
    if (!/^[+-]?[0-9]+$/.test(digits)) return undefined;
    const big = BigInt(digits);
    if (big > MAX_INT64 || big < -MAX_INT64 - 1n) return undefined;
    // Upstream parses an int64 and then truncates it to int32.
    return { base: 10, exponent: Number(BigInt.asIntN(32, big)), format: 'DecimalExponent' };
  }
  return undefined;
}

const pow10 = (n: number): bigint => 10n ** BigInt(n);

/** ceil(|n| / 10^k) for n >= 0, without building 10^k when it dwarfs n. */
function ceilShift(n: bigint, k: number): bigint {
  if (n === 0n) return 0n;
  if (k > n.toString().length) return 1n;
  const d = pow10(k);
  return (n + d - 1n) / d;
}

/** Parses like upstream ParseQuantity; failures carry upstream's error text. */
export function tryParseQuantity(str: string): QuantityParseResult {
  if (str === '') return { ok: false, message: QUANTITY_FORMAT_ERROR };
  if (str === '0') return { ok: true, quantity: { nanos: 0n, format: 'DecimalSI', text: '0' } };
  const m = SHAPE.exec(str);
  if (!m) return { ok: false, message: QUANTITY_FORMAT_ERROR };
  const negative = m[1] === '-';
  const num = (m[2] ?? '').replace(/^0+/, '') || '0';
  const denom = m[3] ?? '';
  const suffix = interpretSuffix(m[4] ?? '');
  if (!suffix) return { ok: false, message: QUANTITY_SUFFIX_ERROR };
  const digits = BigInt(num + denom);
  const sign = negative ? -1n : 1n;
  if (suffix.base === 10 && digits !== 0n && num.length + suffix.exponent > MAX_DECIMAL_DIGITS) {
    return { ok: false, message: QUANTITY_NUMERIC_ERROR };
  }

  // Upstream's int64 "fast path": exact, and may keep the input string as the canonical form.
  if (suffix.base === 10) {
    const scale = suffix.exponent - denom.length;
    if (18 - (num.length + denom.length) >= 0 && scale >= -9) {
      const shifted = num + denom;
      const keep = scale % 3 === 0 && !shifted.endsWith('000') && shifted[0] !== '0';
      const nanos = digits === 0n ? 0n : sign * digits * pow10(scale + 9);
      return { ok: true, quantity: keep ? { nanos, format: suffix.format, text: str } : { nanos, format: suffix.format } };
    }
  } else if (denom.length === 0 && 15 - num.length - Math.trunc((suffix.exponent * 3) / 10) - 1 >= 0) {
    const value = digits << BigInt(suffix.exponent);
    if (value <= MAX_INT64) {
      const nanos = sign * value * NANO;
      const keep = (digits & 7n) !== 0n;
      return { ok: true, quantity: keep ? { nanos, format: 'BinarySI', text: str } : { nanos, format: 'BinarySI' } };
    }
  }

  // The general path: exact decimal arithmetic, rounded up to 1n, capped for BinarySI.
  let magnitude: bigint;
  if (suffix.base === 10) {
    const shift = suffix.exponent - denom.length + 9;
    magnitude = digits === 0n ? 0n : shift >= 0 ? digits * pow10(shift) : ceilShift(digits, -shift);
  } else {
    magnitude = ceilShift(digits * (1n << BigInt(suffix.exponent)) * NANO, denom.length);
  }
  let format = suffix.format;
  if (format === 'BinarySI') {
    if (magnitude > MAX_INT64 * NANO) magnitude = MAX_INT64 * NANO;
    if (magnitude > 0n && magnitude < NANO) format = 'DecimalSI';
  }
  return { ok: true, quantity: { nanos: sign * magnitude, format } };
}

/** The quantity, or null when `str` is not a valid quantity. */
export function parseQuantity(str: string): Quantity | null {
  const r = tryParseQuantity(str);
  return r.ok ? r.quantity : null;
}

/** Upstream Quantity.String(): what the API server writes back for this quantity. */
export function quantityToString(q: Quantity): string {
  if (q.text !== undefined) return q.text;
  if (q.nanos === 0n) return '0';
  let format = q.format;
  if (format === 'BinarySI' && (q.nanos % NANO !== 0n || (q.nanos > -1024n * NANO && q.nanos < 1024n * NANO))) {
    format = 'DecimalSI';
  }
  if (format === 'BinarySI') {
    let value = q.nanos / NANO;
    let power = 0;
    while ((value >= 1024n || value <= -1024n) && value % 1024n === 0n) {
      value /= 1024n;
      power++;
    }
    return `${value}${BINARY_BY_POWER[power] ?? ''}`;
  }
  let mantissa = q.nanos;
  let exponent = -9;
  while (mantissa % 10n === 0n) {
    mantissa /= 10n;
    exponent++;
  }
  while (exponent % 3 !== 0) {
    mantissa *= 10n;
    exponent--;
  }
  if (format === 'DecimalExponent') return exponent === 0 ? `${mantissa}` : `${mantissa}e${exponent}`;
  return `${mantissa}${DECIMAL_BY_EXPONENT.get(exponent) ?? ''}`;
}

/**
 * The string the API server stores for a quantity field given as `value` (a JSON string or
 * number; surrounding whitespace is trimmed as upstream's JSON decoding does), or null when the
 * server would reject it (tryParseQuantity gives the message).
 */
export function canonicalQuantity(value: string | number): string | null {
  const q = parseQuantity(String(value).trim());
  return q ? quantityToString(q) : null;
}

/** Divides by 10^k rounding away from zero, like upstream ScaledValue on int64 amounts. */
function scaledAwayFromZero(nanos: bigint, divisor: bigint): number {
  const quotient = nanos / divisor;
  const exact = quotient * divisor === nanos;
  return Number(exact ? quotient : quotient + (nanos > 0n ? 1n : -1n));
}

/** MilliValue(): the value in thousandths, rounded up (e.g. CPU "1.5" → 1500, "1n" → 1). */
export function toMilli(q: Quantity): number {
  return scaledAwayFromZero(q.nanos, 1_000_000n);
}

/** Value(): the value in base units, rounded up (e.g. "500m" → 1, "1Ki" → 1024). */
export function toValue(q: Quantity): number {
  return scaledAwayFromZero(q.nanos, NANO);
}

/** The value in base units as a float (cores for CPU, bytes for memory). */
export function toNumber(q: Quantity): number {
  return Number(q.nanos) / 1e9;
}

export function compareQuantity(a: Quantity, b: Quantity): -1 | 0 | 1 {
  return a.nanos < b.nanos ? -1 : a.nanos > b.nanos ? 1 : 0;
}

/** a + b, in a's format unless a is zero (then b's), as upstream Quantity.Add. */
export function addQuantity(a: Quantity, b: Quantity): Quantity {
  return { nanos: a.nanos + b.nanos, format: a.nanos === 0n ? b.format : a.format };
}

/** a - b, in a's format unless a is zero (then b's), as upstream Quantity.Sub. */
export function subtractQuantity(a: Quantity, b: Quantity): Quantity {
  return { nanos: a.nanos - b.nanos, format: a.nanos === 0n ? b.format : a.format };
}

/** The zero value of a Quantity (what a missing entry of a ResourceList reads as); prints "0". */
export const ZERO_QUANTITY: Quantity = { nanos: 0n, format: 'DecimalSI' };

/** NewQuantity(value, format): a whole number of base units. */
export function newQuantity(value: number | bigint, format: QuantityFormat): Quantity {
  return { nanos: BigInt(value) * NANO, format };
}

/** NewMilliQuantity(milli, format): thousandths of a base unit (CPU millicores). */
export function newMilliQuantity(milli: number | bigint, format: QuantityFormat): Quantity {
  return { nanos: BigInt(milli) * 1_000_000n, format };
}

/** kubectl top's CPU cell: the usage in millicores, always with "m" ("1m", "250m", "2000m"). */
export function formatMilliCpu(milli: number): string {
  return `${Math.trunc(milli)}m`;
}

/** kubectl top's memory cell: whole mebibytes, truncated, always with "Mi" ("9Mi", "0Mi"). */
export function formatBytesHuman(bytes: number): string {
  return `${Math.trunc(bytes / 1048576)}Mi`;
}
