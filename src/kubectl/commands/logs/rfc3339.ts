// `--since-time` as kubectl reads it (util.ParseRFC3339: Go's time.Parse with RFC 3339), with
// Go's error texts: `parsing time "x" as "2006-01-02T15:04:05Z07:00": cannot parse "x" as "2006"`,
// `parsing time "…": month out of range`, `… extra text: "…"`.

import { goQuote } from '../../printers';

const LAYOUT = '2006-01-02T15:04:05Z07:00';

type Step = { literal: string } | { field: 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'zone'; elem: string };

const STEPS: Step[] = [
  { field: 'year', elem: '2006' }, { literal: '-' }, { field: 'month', elem: '01' }, { literal: '-' }, { field: 'day', elem: '02' },
  { literal: 'T' }, { field: 'hour', elem: '15' }, { literal: ':' }, { field: 'minute', elem: '04' }, { literal: ':' },
  { field: 'second', elem: '05' }, { field: 'zone', elem: 'Z07:00' },
];

const isDigit = (s: string, i: number): boolean => i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57;

/** Go's getnum: one or two digits (exactly two when `fixed`). */
function getnum(s: string, fixed: boolean): [number, string] | undefined {
  if (!isDigit(s, 0)) return undefined;
  if (!isDigit(s, 1)) return fixed ? undefined : [Number(s[0]), s.slice(1)];
  return [Number(s.slice(0, 2)), s.slice(2)];
}

const daysIn = (month: number, year: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Milliseconds since the epoch, or Go's error text. */
export function parseRfc3339(input: string): number | { error: string } {
  const head = `parsing time ${goQuote(input)}`;
  const cannot = (rest: string, elem: string) => ({ error: `${head} as ${goQuote(LAYOUT)}: cannot parse ${goQuote(rest)} as ${goQuote(elem)}` });
  const range = (what: string) => ({ error: `${head}: ${what} out of range` });
  const v = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0, ms: 0, offsetMin: 0 };
  let rest = input;
  for (const step of STEPS) {
    if ('literal' in step) {
      // Go compares the layout's literal run ("-", "T", ":") with the value's prefix.
      if (!rest.startsWith(step.literal)) return cannot(rest, step.literal);
      rest = rest.slice(step.literal.length);
      continue;
    }
    const before = rest;
    switch (step.field) {
      case 'year': {
        if (rest.length < 4 || !/^\d{4}/.test(rest)) return cannot(before, step.elem);
        v.year = Number(rest.slice(0, 4));
        rest = rest.slice(4);
        break;
      }
      case 'zone': {
        if (rest.startsWith('Z')) {
          rest = rest.slice(1);
          break;
        }
        if (rest.length < 6 || rest[3] !== ':' || (rest[0] !== '+' && rest[0] !== '-')) return cannot(before, step.elem);
        const hh = getnum(rest.slice(1, 3), true);
        const mm = getnum(rest.slice(4, 6), true);
        if (!hh || !mm) return cannot(before, step.elem);
        v.offsetMin = (rest[0] === '-' ? -1 : 1) * (hh[0] * 60 + mm[0]);
        rest = rest.slice(6);
        break;
      }
      default: {
        const got = getnum(rest, step.field !== 'hour');
        if (!got) return cannot(before, step.elem);
        const [n, after] = got;
        rest = after;
        const limits: Record<string, [number, number]> = { month: [1, 12], day: [0, 99], hour: [0, 23], minute: [0, 59], second: [0, 59] };
        const [lo, hi] = limits[step.field] as [number, number];
        if (n < lo || n > hi) return range(step.field);
        v[step.field] = n;
        if (step.field === 'second' && rest.length >= 2 && (rest[0] === '.' || rest[0] === ',') && isDigit(rest, 1)) {
          let i = 1;
          while (isDigit(rest, i)) i++;
          v.ms = Math.floor(Number(`0.${rest.slice(1, i)}`) * 1000);
          rest = rest.slice(i);
        }
      }
    }
  }
  if (rest !== '') return { error: `${head}: extra text: ${goQuote(rest)}` };
  // Go validates the day against the month only once the whole value is read.
  if (v.day < 1 || v.day > daysIn(v.month, v.year)) return range('day');
  return Date.UTC(v.year, v.month - 1, v.day, v.hour, v.minute, v.second, v.ms) - v.offsetMin * 60_000;
}
