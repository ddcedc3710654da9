/**
 * CronJob schedules, parsed the way the API server and the CronJob controller parse them
 * (github.com/robfig/cron/v3 `ParseStandard`, parser.go and spec.go): five fields
 * (minute hour day-of-month month day-of-week), `*`/`?`, ranges, lists, steps, month and weekday
 * names, the @yearly/@annually/@monthly/@weekly/@daily/@midnight/@hourly descriptors and
 * `@every <duration>`. Error messages are the library's, which the server puts in
 * `spec.schedule: Invalid value: "…": <message>`. Times are computed in UTC.
 */

export type CronSchedule =
  | { kind: 'spec'; minute: Set<number>; hour: Set<number>; dom: Set<number>; month: Set<number>; dow: Set<number>; domStar: boolean; dowStar: boolean }
  | { kind: 'every'; seconds: number };

export type CronParse = { ok: true; schedule: CronSchedule } | { ok: false; message: string };

interface Bounds {
  min: number;
  max: number;
  names?: Record<string, number>;
}

const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const DAYS: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };
const FIELD_BOUNDS: Bounds[] = [
  { min: 0, max: 59 },
  { min: 0, max: 23 },
  { min: 1, max: 31 },
  { min: 1, max: 12, names: MONTHS },
  { min: 0, max: 6, names: DAYS },
];

class CronError extends Error {}

/** strconv.Atoi with Go's error text. */
function atoi(s: string): number {
  const m = /^[+-]?[0-9]+$/.exec(s);
  if (!m) throw new CronError(`failed to parse int from ${s}: strconv.Atoi: parsing ${JSON.stringify(s)}: invalid syntax`);
  const n = Number(s);
  if (!Number.isSafeInteger(n) || Math.abs(n) > 2 ** 63) {
    throw new CronError(`failed to parse int from ${s}: strconv.Atoi: parsing ${JSON.stringify(s)}: value out of range`);
  }
  return n;
}

function mustParseInt(expr: string): number {
  const n = atoi(expr);
  if (n < 0) throw new CronError(`negative number (${n}) not allowed: ${expr}`);
  return n;
}

function parseIntOrName(expr: string, names: Record<string, number> | undefined): number {
  const named = names?.[expr.toLowerCase()];
  return named !== undefined ? named : mustParseInt(expr);
}

/** One range expression: returns its values and whether it is a bare star (step 1). */
function getRange(expr: string, r: Bounds): { values: number[]; star: boolean } {
  const rangeAndStep = expr.split('/');
  const lowAndHigh = (rangeAndStep[0] as string).split('-');
  const single = lowAndHigh.length === 1;
  let start: number;
  let end: number;
  let star = false;
  if (lowAndHigh[0] === '*' || lowAndHigh[0] === '?') {
    start = r.min;
    end = r.max;
    star = true;
  } else {
    start = parseIntOrName(lowAndHigh[0] as string, r.names);
    if (lowAndHigh.length === 1) end = start;
    else if (lowAndHigh.length === 2) end = parseIntOrName(lowAndHigh[1] as string, r.names);
    else throw new CronError(`too many hyphens: ${expr}`);
  }
  let step = 1;
  if (rangeAndStep.length === 2) {
    step = mustParseInt(rangeAndStep[1] as string);
    if (single) end = r.max;
    if (step > 1) star = false;
  } else if (rangeAndStep.length > 2) throw new CronError(`too many slashes: ${expr}`);
  if (start < r.min) throw new CronError(`beginning of range (${start}) below minimum (${r.min}): ${expr}`);
  if (end > r.max) throw new CronError(`end of range (${end}) above maximum (${r.max}): ${expr}`);
  if (start > end) throw new CronError(`beginning of range (${start}) beyond end of range (${end}): ${expr}`);
  if (step === 0) throw new CronError(`step of range should be a positive number: ${expr}`);
  const values: number[] = [];
  for (let i = start; i <= end; i += step) values.push(i);
  return { values, star };
}

function getField(field: string, r: Bounds): { set: Set<number>; star: boolean } {
  const set = new Set<number>();
  let star = false;
  for (const expr of field.split(',').filter((x) => x !== '')) {
    const range = getRange(expr, r);
    range.values.forEach((v) => set.add(v));
    star = star || range.star;
  }
  return { set, star };
}

const all = (r: Bounds): Set<number> => new Set(Array.from({ length: r.max - r.min + 1 }, (_, i) => r.min + i));

function descriptor(spec: string): CronSchedule {
  const at = (minute: number[], hour: Set<number>, dom: Set<number>, month: Set<number>, dow: Set<number>, dowStar: boolean, domStar: boolean): CronSchedule =>
    ({ kind: 'spec', minute: new Set(minute), hour, dom, month, dow, domStar, dowStar });
  const [, hours, doms, months, dows] = FIELD_BOUNDS as [Bounds, Bounds, Bounds, Bounds, Bounds];
  switch (spec) {
    case '@yearly':
    case '@annually':
      return at([0], new Set([0]), new Set([1]), new Set([1]), all(dows), true, false);
    case '@monthly':
      return at([0], new Set([0]), new Set([1]), all(months), all(dows), true, false);
    case '@weekly':
      return at([0], new Set([0]), all(doms), all(months), new Set([0]), false, true);
    case '@daily':
    case '@midnight':
      return at([0], new Set([0]), all(doms), all(months), all(dows), true, true);
    case '@hourly':
      return at([0], all(hours), all(doms), all(months), all(dows), true, true);
  }
  if (spec.startsWith('@every ')) {
    const seconds = parseGoDuration(spec.slice(7));
    if (seconds === undefined) throw new CronError(`failed to parse duration ${spec}: time: invalid duration ${JSON.stringify(spec.slice(7))}`);
    return { kind: 'every', seconds };
  }
  throw new CronError(`unrecognized descriptor: ${spec}`);
}

const DURATION_UNITS: Record<string, number> = { ns: 1e-9, us: 1e-6, 'µs': 1e-6, ms: 1e-3, s: 1, m: 60, h: 3600 };

/** time.ParseDuration, in seconds. */
function parseGoDuration(s: string): number | undefined {
  if (s === '0') return 0;
  const m = /^([+-]?)((?:[0-9]*\.?[0-9]+(?:ns|us|µs|ms|s|m|h))+)$/.exec(s);
  if (!m) return undefined;
  let total = 0;
  for (const part of (m[2] as string).matchAll(/([0-9]*\.?[0-9]+)(ns|us|µs|ms|s|m|h)/g)) {
    total += Number(part[1]) * (DURATION_UNITS[part[2] as string] as number);
  }
  return m[1] === '-' ? -total : total;
}

export function parseCron(expr: string): CronParse {
  try {
    if (expr.length === 0) throw new CronError('empty spec string');
    let spec = expr;
    if (spec.startsWith('TZ=') || spec.startsWith('CRON_TZ=')) {
      const space = spec.indexOf(' ');
      const zone = spec.slice(spec.indexOf('=') + 1, space < 0 ? undefined : space);
      if (!isKnownTimeZone(zone)) throw new CronError(`provided bad location ${zone}: unknown time zone ${zone}`);
      spec = space < 0 ? '' : spec.slice(space).trim();
    }
    if (spec.startsWith('@')) return { ok: true, schedule: descriptor(spec) };
    const fields = spec.split(/\s+/).filter((f) => f !== '');
    if (fields.length !== 5) throw new CronError(`expected exactly 5 fields, found ${fields.length}: [${fields.join(' ')}]`);
    const [minute, hour, dom, month, dow] = fields.map((f, i) => getField(f, FIELD_BOUNDS[i] as Bounds)) as [
      ReturnType<typeof getField>, ReturnType<typeof getField>, ReturnType<typeof getField>, ReturnType<typeof getField>, ReturnType<typeof getField>,
    ];
    return {
      ok: true,
      schedule: { kind: 'spec', minute: minute.set, hour: hour.set, dom: dom.set, month: month.set, dow: dow.set, domStar: dom.star, dowStar: dow.star },
    };
  } catch (e) {
    if (e instanceof CronError) return { ok: false, message: e.message };
    throw e;
  }
}

/** Whether Go's time.LoadLocation would find the zone (checked against the runtime's tz data). */
export function isKnownTimeZone(zone: string): boolean {
  if (zone === 'UTC' || zone === '') return true;
  if (zone === 'Local') return true;
  try {
    const resolved = new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
    // Go looks zone files up by exact name; Intl is case-insensitive.
    return resolved === zone || resolved.toLowerCase() !== zone.toLowerCase();
  } catch {
    return false;
  }
}

/**
 * The first activation strictly after `ms` (UTC), to the second, as SpecSchedule.Next; null when
 * none falls within five years (e.g. February 30th).
 */
export function nextAfter(schedule: CronSchedule, ms: number): number | null {
  if (schedule.kind === 'every') {
    const step = Math.max(1, Math.floor(schedule.seconds)) * 1000;
    return Math.floor(ms / 1000) * 1000 + step;
  }
  let t = new Date(Math.floor(ms / 60000) * 60000 + 60000);
  const limit = t.getUTCFullYear() + 5;
  const dayMatches = (d: Date): boolean => {
    const domMatch = schedule.dom.has(d.getUTCDate());
    const dowMatch = schedule.dow.has(d.getUTCDay());
    return schedule.domStar || schedule.dowStar ? domMatch && dowMatch : domMatch || dowMatch;
  };
  while (t.getUTCFullYear() <= limit) {
    if (!schedule.month.has(t.getUTCMonth() + 1)) {
      t = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 1));
    } else if (!dayMatches(t)) {
      t = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate() + 1));
    } else if (!schedule.hour.has(t.getUTCHours())) {
      t = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate(), t.getUTCHours() + 1));
    } else if (!schedule.minute.has(t.getUTCMinutes())) {
      t = new Date(t.getTime() + 60000);
    } else return t.getTime();
  }
  return null;
}
