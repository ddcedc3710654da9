/**
 * `date` from the host clock, in UTC: the default `Tue Nov 24 15:04:05 UTC 2026`, `+FORMAT`, `-u`,
 * `-d @SECONDS` / `-d ISO`, `-I`, `-R`.
 */
import { DAYS, DAYS_LONG, MONTHS, MONTHS_LONG, pad } from '../text/time';
import type { Command } from '../types';
import { quoteLocale } from './options';
import { Output } from './output';

export const DEFAULT_FORMAT = '%a %b %e %H:%M:%S %Z %Y';

export function formatDate(ms: number, format: string): string {
  const d = new Date(ms);
  const day = d.getUTCDay();
  const month = d.getUTCMonth();
  const hours = d.getUTCHours();
  const start = Date.UTC(d.getUTCFullYear(), 0, 1);
  const dayOfYear = Math.floor((ms - start) / 86_400_000) + 1;
  const fields: Record<string, () => string> = {
    a: () => DAYS[day] ?? '',
    A: () => DAYS_LONG[day] ?? '',
    b: () => MONTHS[month] ?? '',
    h: () => MONTHS[month] ?? '',
    B: () => MONTHS_LONG[month] ?? '',
    d: () => pad(d.getUTCDate(), 2),
    e: () => pad(d.getUTCDate(), 2, ' '),
    m: () => pad(month + 1, 2),
    y: () => pad(d.getUTCFullYear() % 100, 2),
    Y: () => String(d.getUTCFullYear()),
    C: () => pad(Math.floor(d.getUTCFullYear() / 100), 2),
    H: () => pad(hours, 2),
    k: () => pad(hours, 2, ' '),
    I: () => pad(hours % 12 || 12, 2),
    l: () => pad(hours % 12 || 12, 2, ' '),
    M: () => pad(d.getUTCMinutes(), 2),
    S: () => pad(d.getUTCSeconds(), 2),
    N: () => pad(d.getUTCMilliseconds() * 1_000_000, 9),
    p: () => (hours < 12 ? 'AM' : 'PM'),
    P: () => (hours < 12 ? 'am' : 'pm'),
    s: () => String(Math.floor(ms / 1000)),
    j: () => pad(dayOfYear, 3),
    u: () => String(day === 0 ? 7 : day),
    w: () => String(day),
    Z: () => 'UTC',
    z: () => '+0000',
    F: () => `${d.getUTCFullYear()}-${pad(month + 1, 2)}-${pad(d.getUTCDate(), 2)}`,
    T: () => `${pad(hours, 2)}:${pad(d.getUTCMinutes(), 2)}:${pad(d.getUTCSeconds(), 2)}`,
    R: () => `${pad(hours, 2)}:${pad(d.getUTCMinutes(), 2)}`,
    D: () => `${pad(month + 1, 2)}/${pad(d.getUTCDate(), 2)}/${pad(d.getUTCFullYear() % 100, 2)}`,
    n: () => '\n',
    t: () => '\t',
    '%': () => '%',
  };
  return format.replace(/%(:?)([a-zA-Z%])/g, (whole, colon: string, c: string) => {
    if (colon && c === 'z') return '+00:00';
    const field = fields[c];
    return field && !colon ? field() : whole;
  });
}

export const date: Command = {
  execute(args, io) {
    const out = new Output();
    let ms = io.host.clock.now();
    let format = DEFAULT_FORMAT;
    for (let i = 0; i < args.length; i++) {
      const arg = args[i] ?? '';
      if (arg === '-u' || arg === '--utc' || arg === '--universal') continue;
      if (arg.startsWith('+')) format = arg.slice(1);
      else if (arg === '-d' || arg === '--date' || arg.startsWith('--date=') || (arg.startsWith('-d') && arg.length > 2)) {
        const text = arg === '-d' || arg === '--date' ? (args[++i] ?? '') : arg.startsWith('--date=') ? arg.slice(7) : arg.slice(2);
        const parsed = parseDate(text, ms);
        if (parsed === undefined) return out.fail(`date: invalid date ${quoteLocale(text)}`).result();
        ms = parsed;
      } else if (arg === '-I' || arg === '--iso-8601') format = '%F';
      else if (arg === '-Iseconds' || arg === '--iso-8601=seconds') format = '%FT%T%:z';
      else if (arg === '-R' || arg === '--rfc-email') format = '%a, %d %b %Y %T %z';
      else if (arg.startsWith('--')) return out.fail(`date: unrecognized option '${arg}'\nTry 'date --help' for more information.`).result();
      else if (arg.startsWith('-')) return out.fail(`date: invalid option -- '${arg.charAt(1)}'\nTry 'date --help' for more information.`).result();
      else return out.fail(`date: invalid date ${quoteLocale(arg)}`).result();
    }
    return out.out(`${formatDate(ms, format)}\n`).result();
  },
};

/** `@1700000000`, `now`, ISO dates and date-times (taken as UTC). */
function parseDate(text: string, now: number): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed === 'now') return now;
  const epoch = /^@(-?\d+(?:\.\d+)?)$/.exec(trimmed);
  if (epoch) return Math.round(Number(epoch[1]) * 1000);
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?(?:Z|UTC)?$/.exec(trimmed);
  if (iso) return Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]), Number(iso[4] ?? 0), Number(iso[5] ?? 0), Number(iso[6] ?? 0));
  return undefined;
}
