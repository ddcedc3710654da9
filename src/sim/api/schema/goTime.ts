/**
 * Go's time.Parse for the two layouts metav1 decodes with — RFC3339 (metav1.Time) and
 * RFC3339 with exactly six fraction digits (metav1.MicroTime) — reduced to one question: which
 * error text does a value get? Follows the element-by-element walk of Go's parser, so the message
 * names the same layout element and value remainder (`cannot parse "x" as "2006"`).
 */
import { goQuote } from './goScalars';

export const RFC3339 = '2006-01-02T15:04:05Z07:00';
export const RFC3339_MICRO = '2006-01-02T15:04:05.000000Z07:00';

type Element =
  | { literal: string }
  | { std: 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'micro' | 'zone'; text: string };

const elements = (micro: boolean): Element[] => [
  { std: 'year', text: '2006' }, { literal: '-' }, { std: 'month', text: '01' }, { literal: '-' },
  { std: 'day', text: '02' }, { literal: 'T' }, { std: 'hour', text: '15' }, { literal: ':' },
  { std: 'minute', text: '04' }, { literal: ':' }, { std: 'second', text: '05' },
  ...(micro ? [{ std: 'micro', text: '.000000' } as const] : []),
  { std: 'zone', text: 'Z07:00' },
];

const digit = (s: string, i: number): boolean => s[i] !== undefined && s[i]! >= '0' && s[i]! <= '9';

/** Go's getnum: one or two digits (two required when `fixed`). */
function getnum(s: string, fixed: boolean): { n: number; rest: string } | undefined {
  if (!digit(s, 0)) return undefined;
  if (!digit(s, 1)) return fixed ? undefined : { n: Number(s[0]), rest: s.slice(1) };
  return { n: Number(s.slice(0, 2)), rest: s.slice(2) };
}

function daysIn(month: number, year: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The time.ParseError text for `value`, or undefined when it parses. */
export function goTimeParseError(value: string, micro: boolean): string | undefined {
  const layout = micro ? RFC3339_MICRO : RFC3339;
  const cannot = (layoutElem: string, valueElem: string): string =>
    `parsing time ${goQuote(value)} as ${goQuote(layout)}: cannot parse ${goQuote(valueElem)} as ${goQuote(layoutElem)}`;
  const outOfRange = (what: string): string => `parsing time ${goQuote(value)}: ${what} out of range`;
  const list = elements(micro);
  let rest = value;
  let year = 0;
  let month = 0;
  let day = 0;
  for (let i = 0; i < list.length; i++) {
    const el = list[i]!;
    if ('literal' in el) {
      if (!rest.startsWith(el.literal)) return cannot(el.literal, rest);
      rest = rest.slice(el.literal.length);
      continue;
    }
    const hold = rest;
    const bad = (): string => cannot(el.text, hold);
    switch (el.std) {
      case 'year': {
        if (rest.length < 4 || !digit(rest, 0)) return bad();
        if (!/^[0-9]{4}$/.test(rest.slice(0, 4))) return bad();
        year = Number(rest.slice(0, 4));
        rest = rest.slice(4);
        break;
      }
      case 'month':
      case 'day':
      case 'hour':
      case 'minute':
      case 'second': {
        const got = getnum(rest, el.std !== 'hour');
        if (!got) return bad();
        rest = got.rest;
        const limit = { month: 13, day: 32, hour: 24, minute: 60, second: 60 }[el.std];
        if (el.std === 'month' && (got.n < 1 || got.n >= limit)) return outOfRange('month');
        if (el.std !== 'month' && el.std !== 'day' && got.n >= limit) return outOfRange(el.std);
        if (el.std === 'month') month = got.n;
        if (el.std === 'day') day = got.n;
        // A fraction the layout does not spell out is still accepted after the seconds.
        if (el.std === 'second' && !micro && /^[.,][0-9]/.test(rest)) rest = rest.replace(/^[.,][0-9]+/, '');
        break;
      }
      case 'micro': {
        if (rest.length < 7 || (rest[0] !== '.' && rest[0] !== ',') || !/^[0-9]{6}$/.test(rest.slice(1, 7))) {
          return bad();
        }
        rest = rest.slice(7);
        break;
      }
      case 'zone': {
        if (rest.startsWith('Z')) {
          rest = rest.slice(1);
          break;
        }
        if (rest.length < 6 || rest[3] !== ':') return bad();
        const hh = getnum(rest.slice(1, 3), true);
        const mm = getnum(rest.slice(4, 6), true);
        if (!hh || !mm || (rest[0] !== '+' && rest[0] !== '-')) return bad();
        if (mm.n > 60) return outOfRange('time zone offset minute');
        if (hh.n > 24) return outOfRange('time zone offset hour');
        rest = rest.slice(6);
        break;
      }
    }
  }
  if (rest !== '') return `parsing time ${goQuote(value)}: extra text: ${goQuote(rest)}`;
  if (day < 1 || day > daysIn(month, year)) return outOfRange('day');
  return undefined;
}
