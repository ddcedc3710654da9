// How Go's standard library spells values, for the printers that kubectl builds on: strconv float
// formatting, fmt's %v and %#v of decoded JSON (map[string]interface{}, []interface{}, int64,
// float64, string, bool, nil) and strconv.Quote. Values here are plain JSON-like JS values; an
// integral number stands for Go's int64 (what kubectl's unstructured decoding produces), any other
// number for float64.

/** True when `n` would be an int64 in kubectl's decoded objects. */
export const isGoInt = (n: number): boolean => Number.isInteger(n) && Math.abs(n) < 2 ** 63;

/** Shortest decimal digits of |x| and the decimal point position (value = 0.d1d2... × 10^dp). */
function shortestDigits(x: number): { digits: string; dp: number } {
  const [mantissa = '0', exponent = '0'] = Math.abs(x).toExponential().split('e');
  return { digits: mantissa.replace('.', ''), dp: Number(exponent) + 1 };
}

/** strconv.FormatFloat(x, 'g', -1, 64), which is also fmt's %v of a float64: `0.5`, `1e+06`, `1e-05`. */
export function formatGoFloat(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return '+Inf';
  if (x === -Infinity) return '-Inf';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  if (x === 0) return `${sign}0`;
  const { digits, dp } = shortestDigits(x);
  const exp = dp - 1;
  // Shortest formatting switches to an exponent at 1e+06 and below 1e-04 (precision 6 rule).
  if (exp < -4 || exp >= 6) {
    const mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const e = Math.abs(exp);
    return `${sign}${mant}e${exp < 0 ? '-' : '+'}${e < 10 ? `0${e}` : e}`;
  }
  const intPart = dp > 0 ? digits.slice(0, dp).padEnd(dp, '0') : '0';
  const frac = dp > 0 ? digits.slice(dp) : '0'.repeat(-dp) + digits;
  return `${sign}${intPart}${frac ? `.${frac}` : ''}`;
}

/** A number as Go prints an int64 or a float64 with %v. */
export function formatGoNumber(n: number): string {
  return isGoInt(n) ? BigInt(n).toString() : formatGoFloat(n);
}

/** Go compares strings byte-wise in UTF-8, which orders like code points (not UTF-16 units). */
export function compareGoStrings(a: string, b: string): number {
  if (a === b) return 0;
  const ai = a[Symbol.iterator]();
  const bi = b[Symbol.iterator]();
  for (;;) {
    const x = ai.next();
    const y = bi.next();
    if (x.done || y.done) return x.done ? (y.done ? 0 : -1) : 1;
    const cx = x.value.codePointAt(0) ?? 0;
    const cy = y.value.codePointAt(0) ?? 0;
    if (cx !== cy) return cx < cy ? -1 : 1;
  }
}

export const sortedGoKeys = (o: object): string[] =>
  Object.keys(o)
    .filter((k) => (o as Record<string, unknown>)[k] !== undefined)
    .sort(compareGoStrings);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** fmt.Sprint / %v of a decoded JSON value: `map[app:nginx run:x]`, `[a b]`, `<nil>`. */
export function goSprint(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return formatGoNumber(v);
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(goSprint).join(' ')}]`;
  if (isRecord(v)) return `map[${sortedGoKeys(v).map((k) => `${k}:${goSprint(v[k])}`).join(' ')}]`;
  return String(v);
}

/** Go's reflect type name of a decoded JSON value, as error messages print it. */
export function goTypeName(v: unknown): string {
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return isGoInt(v) ? 'int64' : 'float64';
  if (Array.isArray(v)) return '[]interface {}';
  if (isRecord(v)) return 'map[string]interface {}';
  return 'interface {}';
}

const isGoPrint = (ch: string): boolean => ch === ' ' || /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u.test(ch);

/** strconv.Quote: double-quoted Go string literal with Go's escapes. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (isGoPrint(ch) && !(c >= 0xd800 && c <= 0xdfff)) out += ch;
    else if (c === 7) out += '\\a';
    else if (c === 8) out += '\\b';
    else if (c === 12) out += '\\f';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c === 9) out += '\\t';
    else if (c === 11) out += '\\v';
    else if (c >= 0xd800 && c <= 0xdfff) out += '\\ufffd'; // a lone surrogate is invalid UTF-8 in Go
    else if (c < 0x20 || c === 0x7f) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else if (c < 0x10000) out += `\\u${c.toString(16).padStart(4, '0')}`;
    else out += `\\U${c.toString(16).padStart(8, '0')}`;
  }
  return `${out}"`;
}

/** fmt's %#v of a decoded JSON value: `map[string]interface {}{"a":"b", "n":1}`. */
export function goSharpV(v: unknown, nested = false): string {
  if (v === null || v === undefined) return nested ? 'interface {}(nil)' : '<nil>';
  if (typeof v === 'string') return goQuote(v);
  if (typeof v === 'number') return formatGoNumber(v);
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[]interface {}{${v.map((x) => goSharpV(x, true)).join(', ')}}`;
  if (isRecord(v)) {
    const items = sortedGoKeys(v).map((k) => `${goQuote(k)}:${goSharpV(v[k], true)}`);
    return `map[string]interface {}{${items.join(', ')}}`;
  }
  return String(v);
}
