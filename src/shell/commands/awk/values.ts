/**
 * awk's values: numbers, strings, and "strnums" (input text that compares as a number when it
 * looks like one). Uninitialised variables are both "" and 0.
 */
import { formatFloat } from '../../text/format';

/** Text from input (fields, split(), -v): numeric if it looks like a number. */
export class StrNum {
  constructor(readonly text: string) {}
}

export type Value = number | string | StrNum;

/** The value of a variable never assigned. */
export const UNINIT = new StrNum('');

const NUMERIC = /^[ \t\n]*[-+]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?[ \t\n]*$/;
const LEADING_NUMBER = /^[ \t\n]*([-+]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?)/;

export function looksNumeric(text: string): boolean {
  return NUMERIC.test(text);
}

export function toNumber(v: Value): number {
  if (typeof v === 'number') return v;
  const text = typeof v === 'string' ? v : v.text;
  const m = LEADING_NUMBER.exec(text);
  return m ? Number(m[1]) : 0;
}

/** mawk (Ubuntu's awk) prints a number as an integer only within a 32-bit int's range. */
export const MAX_INT = 2147483647;

/** Number to string: integers as integers, others with the format (CONVFMT/OFMT, "%.6g"). */
export function numberToString(n: number, format = '%.6g'): string {
  if (Number.isInteger(n) && Math.abs(n) <= MAX_INT) return String(Object.is(n, -0) ? 0 : n);
  if (Number.isNaN(n)) return 'nan';
  if (!Number.isFinite(n)) return n > 0 ? 'inf' : '-inf';
  const m = /^%\.([0-9]+)([gfe])$/.exec(format);
  return formatFloat(n, { flags: '', width: undefined, precision: m ? Number(m[1]) : 6, conv: m?.[2] ?? 'g' });
}

export function toStr(v: Value, format?: string): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return numberToString(v, format);
  return v.text;
}

export function toBool(v: Value): boolean {
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') return v !== '';
  if (v === UNINIT) return false;
  return looksNumeric(v.text) ? Number(toNumber(v)) !== 0 : v.text !== '';
}

function isNumeric(v: Value): boolean {
  return typeof v === 'number' || (v instanceof StrNum && v !== UNINIT && looksNumeric(v.text));
}

/** awk comparison: numeric when both sides are numbers (or look like them), else by string. */
export function compare(a: Value, b: Value): number {
  const numeric = (isNumeric(a) || a === UNINIT) && (isNumeric(b) || b === UNINIT) && !(a === UNINIT && b === UNINIT);
  if (numeric) {
    const x = toNumber(a);
    const y = toNumber(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const x = toStr(a);
  const y = toStr(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
