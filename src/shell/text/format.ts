/**
 * C printf conversions (`%-10s`, `%05d`, `%.2f`, `%x`, `%e`, `%g`, `%c`) shared by the `printf`
 * builtin and awk. The callers decide how arguments become numbers and strings.
 */

export interface Conversion {
  flags: string;
  width: number | undefined;
  precision: number | undefined;
  conv: string;
}

/**
 * Parses `%[flags][width][.precision][length]conv` at `start` (on the `%`); `*` takes from `star`.
 * `conv` is whatever character follows (empty at the end): callers decide what is valid.
 */
export function parseConversion(format: string, start: number, star: () => number): { spec: Conversion; end: number } {
  const m = /^%([-+ #0]*)(\*|[0-9]+)?(?:\.(\*|[0-9]*))?(hh|h|ll|l|L|j|z|t)?([\s\S]?)/.exec(format.slice(start)) ?? ['%', '', undefined, undefined, undefined, ''];
  let width = m[2] === '*' ? star() : m[2] !== undefined ? Number(m[2]) : undefined;
  let flags = m[1] ?? '';
  if (width !== undefined && width < 0) {
    flags += '-';
    width = -width;
  }
  const rawPrecision = m[3] === '*' ? star() : m[3] !== undefined ? Number(m[3] || '0') : undefined;
  const precision = rawPrecision === undefined || rawPrecision < 0 ? undefined : Math.min(rawPrecision, MAX_FIELD_WIDTH);
  return { spec: { flags, width: width === undefined ? undefined : Math.min(width, MAX_FIELD_WIDTH), precision, conv: m[5] ?? '' }, end: start + m[0].length };
}

/** Widths and precisions beyond this are cut down: `%999999999s` must not exhaust memory. */
export const MAX_FIELD_WIDTH = 100_000;

function pad(text: string, spec: Conversion, numeric: boolean): string {
  const width = Math.min(spec.width ?? 0, MAX_FIELD_WIDTH);
  if (text.length >= width) return text;
  if (spec.flags.includes('-')) return text.padEnd(width);
  if (numeric && spec.flags.includes('0') && !(spec.precision !== undefined && 'diouxX'.includes(spec.conv))) {
    const sign = /^[-+ ]/.test(text) ? text.charAt(0) : '';
    const prefix = /^[-+ ]?0[xX]/.test(text) ? text.slice(sign.length, sign.length + 2) : '';
    const body = text.slice(sign.length + prefix.length);
    return sign + prefix + body.padStart(width - sign.length - prefix.length, '0');
  }
  return text.padStart(width);
}

function signed(value: string, negative: boolean, flags: string): string {
  if (negative) return `-${value}`;
  if (flags.includes('+')) return `+${value}`;
  if (flags.includes(' ')) return ` ${value}`;
  return value;
}

/** Formats an integer conversion (d i o u x X c handled by callers for c). */
export function formatInteger(value: number, spec: Conversion): string {
  const n = Number.isFinite(value) ? Math.trunc(value) : 0;
  const negative = n < 0;
  let abs = Math.abs(n);
  let digits: string;
  switch (spec.conv) {
    case 'o':
      digits = abs.toString(8);
      if (spec.flags.includes('#') && !digits.startsWith('0')) digits = `0${digits}`;
      break;
    case 'x':
    case 'X': {
      if (negative) abs = 2 ** 64 + n;
      digits = abs.toString(16);
      if (spec.conv === 'X') digits = digits.toUpperCase();
      if (spec.flags.includes('#') && n !== 0) digits = `${spec.conv === 'X' ? '0X' : '0x'}${digits}`;
      break;
    }
    default:
      digits = String(abs);
  }
  if (spec.precision !== undefined) digits = spec.precision === 0 && n === 0 ? '' : digits.padStart(spec.precision, '0');
  const text = 'di'.includes(spec.conv) ? signed(digits, negative, spec.flags) : digits;
  return pad(text, spec, true);
}

/** Formats a floating conversion (f F e E g G). */
export function formatFloat(value: number, spec: Conversion): string {
  // JavaScript formats at most 100 digits after the point.
  const precision = Math.min(spec.precision ?? 6, 100);
  const negative = value < 0 || Object.is(value, -0);
  const abs = Math.abs(value);
  let body: string;
  if (!Number.isFinite(abs)) body = Number.isNaN(abs) ? 'nan' : 'inf';
  else if (spec.conv === 'f' || spec.conv === 'F') body = abs.toFixed(precision);
  else if (spec.conv === 'e' || spec.conv === 'E') body = exponential(abs, precision);
  else body = general(abs, precision === 0 ? 1 : precision, spec.flags.includes('#'));
  if ('EFG'.includes(spec.conv)) body = body.toUpperCase();
  return pad(signed(body, negative, spec.flags), spec, true);
}

function exponential(abs: number, precision: number): string {
  const [mantissa, exp = '0'] = abs.toExponential(precision).split('e');
  const e = Number(exp);
  return `${mantissa}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
}

/** %g: the shorter of %e and %f with `precision` significant digits, trailing zeros removed. */
function general(abs: number, precision: number, keepZeros: boolean): string {
  if (abs === 0) return keepZeros ? (0).toFixed(precision - 1) : '0';
  const exp = Math.floor(Math.log10(abs));
  const rounded = Number(abs.toPrecision(precision));
  const e = rounded === 0 ? exp : Math.floor(Math.log10(rounded));
  let text = e < -4 || e >= precision ? exponential(abs, precision - 1) : rounded.toFixed(Math.max(0, precision - 1 - e));
  if (!keepZeros) {
    text = text.includes('e')
      ? text.replace(/\.?0+e/, 'e')
      : text.includes('.')
        ? text.replace(/\.?0+$/, '')
        : text;
  }
  return text;
}

/** Formats a string conversion (s), honouring precision (truncate) and width. */
export function formatString(value: string, spec: Conversion): string {
  const text = spec.precision !== undefined ? [...value].slice(0, spec.precision).join('') : value;
  return pad(text, spec, false);
}
