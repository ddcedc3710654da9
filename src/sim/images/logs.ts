/**
 * `kubectl logs` from a plan: the lines written up to a virtual time, computed on demand (the
 * kubelet stores only the plan and the start time). Endless loops are expanded from their template
 * backwards, so the cost depends on the lines asked for, not on how long the container has run.
 * At most the last 10,000 lines exist (older ones rotated away).
 */
import { fnv1a32 } from './hash';
import { LOG_LINE_CAP } from './plan';
import { rfc3339Nano, strftime } from './time-format';
import type { ContainerContext, LogLine, LogStream, PeriodicLogs, ProcessPlan, TemplateLine } from './types';

export interface LogsOptions {
  /** `--tail N` (negative or absent: all that is kept). */
  tail?: number;
  /** `--timestamps`: prefix each line with its RFC 3339 time (nanoseconds). */
  timestamps?: boolean;
  /** `--since`/`--since-time`: only lines at or after this offset from the container start, ms. */
  sinceOffsetMs?: number;
}

export interface MaterialisedLine {
  /** Offset from the container start, ms. */
  atMs: number;
  stream: LogStream;
  text: string;
  /** False for the last, unterminated text of a process that exited without a newline. */
  newline: boolean;
}

/** Longest CRI log entry; longer unterminated output is split into entries of this size. */
const MAX_ENTRY = 16384;
/** Upper bound on template fragments expanded for one call (output without newlines). */
const RAW_LIMIT = 200000;

function render(p: PeriodicLogs, line: TemplateLine, k: number, startedAt: number): string {
  let out = '';
  for (const part of line.parts) {
    if (typeof part === 'string') out += part;
    else if ('counter' in part) out += String(part.counter.start + k * part.counter.step);
    else out += strftime(startedAt + p.startMs + k * p.everyMs + part.date.offsetMs, part.date.format);
  }
  return out;
}

/** Raw lines of the periodic part up to `until`, newest first, enough for `want` complete lines. */
function periodicReversed(p: PeriodicLogs, until: number, want: number, startedAt: number): LogLine[] {
  const out: LogLine[] = [];
  if (until < p.startMs || p.lines.length === 0) return out;
  let lastK = Math.floor((until - p.startMs) / p.everyMs);
  if (p.count !== undefined) lastK = Math.min(lastK, p.count - 1);
  let complete = 0;
  for (let k = lastK; k >= 0 && out.length < RAW_LIMIT; k--) {
    for (let i = p.lines.length - 1; i >= 0; i--) {
      const line = p.lines[i] as TemplateLine;
      const at = p.startMs + k * p.everyMs + line.offsetMs;
      if (at > until) continue;
      if (!line.partial && complete >= want) return out;
      const raw: LogLine = { atMs: at, stream: line.stream, text: render(p, line, k, startedAt) };
      if (line.partial) raw.partial = true;
      else complete++;
      out.push(raw);
    }
  }
  return out;
}

/** Join partial fragments into lines; an unterminated tail shows only when the process has ended. */
function joinLines(raw: LogLine[], ended: boolean): MaterialisedLine[] {
  const out: MaterialisedLine[] = [];
  let pending: MaterialisedLine | null = null;
  for (const l of raw) {
    if (pending) {
      pending.text += l.text;
      pending.atMs = l.atMs;
    } else {
      pending = { atMs: l.atMs, stream: l.stream, text: l.text, newline: true };
    }
    if (!l.partial) {
      out.push(pending);
      pending = null;
    }
  }
  if (pending) {
    if (ended) out.push({ ...pending, newline: false });
    else {
      const whole = Math.floor(pending.text.length / MAX_ENTRY) * MAX_ENTRY;
      if (whole > 0) out.push({ ...pending, text: pending.text.slice(0, whole), newline: false });
    }
  }
  return out;
}

export function containerLogsAt(plan: ProcessPlan, ctx: ContainerContext, untilOffsetMs: number, opts: LogsOptions = {}): { lines: MaterialisedLine[]; text: string } {
  const want = opts.tail !== undefined && opts.tail >= 0 ? Math.min(opts.tail, LOG_LINE_CAP) : LOG_LINE_CAP;
  const exitAt = plan.exit?.atMs;
  const until = exitAt === undefined ? untilOffsetMs : Math.min(untilOffsetMs, exitAt);
  const ended = exitAt !== undefined && untilOffsetMs >= exitAt;
  const periodic = plan.periodic ? periodicReversed(plan.periodic, until, want + 1, ctx.startedAt).reverse() : [];
  const finite = plan.logs.filter((l) => l.atMs <= until);
  let lines = joinLines([...finite, ...periodic], ended);
  if (opts.sinceOffsetMs !== undefined) {
    const since = opts.sinceOffsetMs;
    lines = lines.filter((l) => l.atMs >= since);
  }
  if (lines.length > want) lines = lines.slice(lines.length - want);
  if (want === 0) lines = [];
  let text = '';
  let prevMs = Number.NaN;
  let sameMs = 0;
  for (const l of lines) {
    if (opts.timestamps) {
      sameMs = l.atMs === prevMs ? sameMs + 1 : 0;
      prevMs = l.atMs;
      const nanos = (fnv1a32(`${plan.usage.seed}/${l.atMs}`) % 400000) + sameMs * 1731;
      text += `${rfc3339Nano(ctx.startedAt + l.atMs, nanos)} `;
    }
    text += l.text + (l.newline ? '\n' : '');
  }
  return { lines, text };
}
