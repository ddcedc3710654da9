// Go's strconv and time parsers as pflag uses them to read flag values, with their exact error
// texts (kubectl shows them inside `invalid argument "x" for "--flag" flag: <error>`).

import { goQuote } from '../printers';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const TRUE_WORDS = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);
const FALSE_WORDS = new Set(['0', 'f', 'F', 'FALSE', 'false', 'False']);

/** strconv.ParseBool. */
export function parseGoBool(s: string): Parsed<boolean> {
  if (TRUE_WORDS.has(s)) return { ok: true, value: true };
  if (FALSE_WORDS.has(s)) return { ok: true, value: false };
  return { ok: false, message: `strconv.ParseBool: parsing ${goQuote(s)}: invalid syntax` };
}

/** Go's underscoreOK: underscores only between digits (or after a base prefix), base 0 only. */
function underscoresOk(s: string): boolean {
  let saw = '^';
  let i = 0;
  if (s.startsWith('+') || s.startsWith('-')) s = s.slice(1);
  let hex = false;
  if (s.length >= 2 && s[0] === '0' && /[bBoOxX]/.test(s[1] ?? '')) {
    hex = /[xX]/.test(s[1] ?? '');
    i = 2;
    saw = '0';
  }
  for (; i < s.length; i++) {
    const c = s[i] ?? '';
    if (/[0-9]/.test(c) || (hex && /[a-fA-F]/.test(c))) {
      saw = '0';
      continue;
    }
    if (c === '_') {
      if (saw !== '0') return false;
      saw = '_';
      continue;
    }
    if (saw === '_') return false;
    saw = '!';
  }
  return saw !== '_';
}

/** strconv.ParseInt(s, 0, bitSize): base prefixes 0x/0o/0b/0, underscores, range checks. */
export function parseGoInt(s: string, bitSize: 32 | 64 = 64): Parsed<number> {
  const syntax = { ok: false as const, message: `strconv.ParseInt: parsing ${goQuote(s)}: invalid syntax` };
  if (s === '') return syntax;
  let body = s;
  let negative = false;
  if (body[0] === '+' || body[0] === '-') {
    negative = body[0] === '-';
    body = body.slice(1);
  }
  let base = 10;
  if (body.length > 1 && body[0] === '0') {
    const p = (body[1] ?? '').toLowerCase();
    if (p === 'x') (base = 16), (body = body.slice(2));
    else if (p === 'o') (base = 8), (body = body.slice(2));
    else if (p === 'b') (base = 2), (body = body.slice(2));
    else (base = 8), (body = body.slice(1));
  }
  const hasUnderscore = body.includes('_');
  if (hasUnderscore && !underscoresOk(s)) return syntax;
  const digits = body.replace(/_/g, '');
  if (digits === '') return syntax;
  let value = 0n;
  for (const ch of digits) {
    const d = parseInt(ch, 36);
    if (Number.isNaN(d) || d >= base) return syntax;
    value = value * BigInt(base) + BigInt(d);
  }
  if (negative) value = -value;
  const limit = 1n << BigInt(bitSize - 1);
  if (value >= limit || value < -limit) return { ok: false, message: `strconv.ParseInt: parsing ${goQuote(s)}: value out of range` };
  return { ok: true, value: Number(value) };
}

const UNIT_MS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  'µs': 1e-3,
  'μs': 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};

/** time.ParseDuration, in milliseconds: `300ms`, `1.5h`, `2h45m`, `-1s`, `0`. */
export function parseGoDuration(orig: string): Parsed<number> {
  const invalid = { ok: false as const, message: `time: invalid duration ${goQuote(orig)}` };
  let s = orig;
  let negative = false;
  if (s !== '' && (s[0] === '-' || s[0] === '+')) {
    negative = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return { ok: true, value: 0 };
  if (s === '') return invalid;
  let total = 0;
  while (s !== '') {
    if (!/^[0-9.]/.test(s)) return invalid;
    const m = /^([0-9]*)(\.([0-9]*))?/.exec(s) as RegExpExecArray;
    const whole = m[1] ?? '';
    const fraction = m[3];
    if (whole === '' && (fraction === undefined || fraction === '')) return invalid;
    s = s.slice(m[0].length);
    const unitMatch = /^[^0-9.]*/.exec(s) as RegExpExecArray;
    const unit = unitMatch[0];
    if (unit === '') return { ok: false, message: `time: missing unit in duration ${goQuote(orig)}` };
    const scale = UNIT_MS[unit];
    if (scale === undefined) return { ok: false, message: `time: unknown unit ${goQuote(unit)} in duration ${goQuote(orig)}` };
    s = s.slice(unit.length);
    total += Number(`${whole || '0'}.${fraction ?? ''}0`) * scale;
  }
  if (total > 9223372036854.775) return invalid;
  return { ok: true, value: negative ? -total : total };
}
