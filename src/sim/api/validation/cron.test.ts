import { describe, expect, it } from 'vitest';
import type { CronSchedule } from './cron';
import { isKnownTimeZone, nextAfter, parseCron } from './cron';

const at = (iso: string): number => Date.parse(iso);
const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

function schedule(expr: string): CronSchedule {
  const r = parseCron(expr);
  if (!r.ok) throw new Error(r.message);
  return r.schedule;
}

describe('parseCron errors (robfig/cron v3 wording)', () => {
  const cases: Array<[string, string]> = [
    ['', 'empty spec string'],
    ['bad', 'expected exactly 5 fields, found 1: [bad]'],
    ['*/1 * * * * *', 'expected exactly 5 fields, found 6: [*/1 * * * * *]'],
    ['61 * * * *', 'end of range (61) above maximum (59): 61'],
    ['* 24 * * *', 'end of range (24) above maximum (23): 24'],
    ['* * 0 * *', 'beginning of range (0) below minimum (1): 0'],
    ['* * * 13 *', 'end of range (13) above maximum (12): 13'],
    ['* * * * 7', 'end of range (7) above maximum (6): 7'],
    ['abc * * * *', 'failed to parse int from abc: strconv.Atoi: parsing "abc": invalid syntax'],
    ['5-1 * * * *', 'beginning of range (5) beyond end of range (1): 5-1'],
    ['*/0 * * * *', 'step of range should be a positive number: */0'],
    ['1-2-3 * * * *', 'too many hyphens: 1-2-3'],
    ['*/2/3 * * * *', 'too many slashes: */2/3'],
    ['@fortnightly', 'unrecognized descriptor: @fortnightly'],
    ['@every soon', 'failed to parse duration @every soon: time: invalid duration "soon"'],
    ['TZ=Mars/Olympus * * * * *', 'provided bad location Mars/Olympus: unknown time zone Mars/Olympus'],
  ];
  it.each(cases)('%j', (expr, message) => {
    expect(parseCron(expr)).toEqual({ ok: false, message });
  });
});

describe('nextAfter (UTC)', () => {
  const cases: Array<[string, string, string | null]> = [
    ['*/1 * * * *', '2025-03-01T10:00:00Z', '2025-03-01T10:01:00Z'],
    ['*/5 * * * *', '2025-03-01T10:02:30Z', '2025-03-01T10:05:00Z'],
    ['0 * * * *', '2025-03-01T10:00:00Z', '2025-03-01T11:00:00Z'],
    ['30 2 * * *', '2025-03-01T10:00:00Z', '2025-03-02T02:30:00Z'],
    ['0 9 * * mon-fri', '2025-03-01T10:00:00Z', '2025-03-03T09:00:00Z'],
    ['0 0 1 jan,jul *', '2025-03-01T10:00:00Z', '2025-07-01T00:00:00Z'],
    ['0 0 13 * 5', '2025-03-01T00:00:00Z', '2025-03-07T00:00:00Z'],
    ['15,45 */6 * * *', '2025-03-01T06:20:00Z', '2025-03-01T06:45:00Z'],
    ['@hourly', '2025-03-01T10:59:59Z', '2025-03-01T11:00:00Z'],
    ['@daily', '2025-03-01T10:00:00Z', '2025-03-02T00:00:00Z'],
    ['@midnight', '2025-12-31T23:00:00Z', '2026-01-01T00:00:00Z'],
    ['@weekly', '2025-03-01T10:00:00Z', '2025-03-02T00:00:00Z'],
    ['@monthly', '2025-03-01T10:00:00Z', '2025-04-01T00:00:00Z'],
    ['@yearly', '2025-03-01T10:00:00Z', '2026-01-01T00:00:00Z'],
    ['@annually', '2025-03-01T10:00:00Z', '2026-01-01T00:00:00Z'],
    ['@every 90s', '2025-03-01T10:00:00.400Z', '2025-03-01T10:01:30Z'],
    ['0 0 30 2 *', '2025-03-01T10:00:00Z', null],
  ];
  it.each(cases)('%s after %s', (expr, from, expected) => {
    expect(iso(nextAfter(schedule(expr), at(from)))).toBe(expected === null ? null : new Date(expected).toISOString());
  });
});

describe('time zones', () => {
  it('knows IANA names, case-sensitively like Go', () => {
    expect(isKnownTimeZone('Europe/Paris')).toBe(true);
    expect(isKnownTimeZone('UTC')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus')).toBe(false);
    expect(isKnownTimeZone('europe/paris')).toBe(false);
  });
});
