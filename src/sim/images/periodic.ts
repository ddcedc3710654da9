/**
 * Endless loops as data. After three iterations of a `while true` loop that writes to the log, the
 * iterations are compared: same duration, same lines at the same offsets, the same text except
 * numbers that grow by a constant step (a counter) and dates (placeholders at the same offset).
 * If they agree, the rest of the loop is described by a PeriodicLogs template and the process is
 * marked as running forever; `containerLogsAt` later prints any iteration on demand.
 */
import type { Chunk, Machine } from './machine';
import type { LogLine, LogStream, TemplateLine, TemplatePart } from './types';

export interface IterationRecord {
  tStart: number;
  tEnd: number;
  chunks: Chunk[];
  requests: string[];
}

const PLACEHOLDER = /\u0001D(\d+)@(-?\d+)\u0001/g;
const TOKEN = /\u0001D\d+@-?\d+\u0001|\d+/g;

interface RelLine {
  offsetMs: number;
  stream: LogStream;
  text: string;
  partial: boolean;
}

/** Split writes into lines; a trailing fragment without newline is a partial line. */
export function splitChunks(chunks: Chunk[]): LogLine[] {
  const out: LogLine[] = [];
  for (const c of chunks) {
    const pieces = c.text.split('\n');
    pieces.forEach((piece, k) => {
      const last = k === pieces.length - 1;
      if (last && piece === '') return;
      const line: LogLine = { atMs: c.t, stream: c.stream, text: piece };
      if (last) line.partial = true;
      out.push(line);
    });
  }
  return out;
}

function relativeLines(rec: IterationRecord): RelLine[] {
  return splitChunks(rec.chunks).map((l) => ({
    offsetMs: l.atMs - rec.tStart,
    stream: l.stream,
    partial: l.partial === true,
    text: l.text.replace(PLACEHOLDER, (_a, i: string, at: string) => `\u0001D${i}@${Number(at) - rec.tStart}\u0001`),
  }));
}

interface Tokens {
  skeleton: string[];
  numbers: string[];
}

function tokenize(text: string): Tokens {
  const skeleton = [''];
  const numbers: string[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    const idx = m.index ?? 0;
    skeleton[skeleton.length - 1] += text.slice(last, idx);
    if (m[0].startsWith('\u0001')) skeleton[skeleton.length - 1] += m[0];
    else {
      numbers.push(m[0]);
      skeleton.push('');
    }
    last = idx + m[0].length;
  }
  skeleton[skeleton.length - 1] += text.slice(last);
  return { skeleton, numbers };
}

function textParts(m: Machine, text: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const idx = match.index ?? 0;
    if (idx > last) parts.push(text.slice(last, idx));
    parts.push({ date: { format: m.dateFormat(Number(match[1])), offsetMs: Number(match[2]) } });
    last = idx + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/** Try to describe the loop from its last three iterations; on success the machine runs forever. */
export function detectPeriodic(m: Machine, records: IterationRecord[], noCounters = false): boolean {
  const [a, b, c] = records;
  if (!a || !b || !c) return false;
  const period = a.tEnd - a.tStart;
  if (b.tEnd - b.tStart !== period || c.tEnd - c.tStart !== period) return false;
  const la = relativeLines(a);
  const lb = relativeLines(b);
  const lc = relativeLines(c);
  if (la.length !== lb.length || la.length !== lc.length) return false;
  if (la.length === 0) {
    // A silent loop (it writes files, or nothing): it simply runs on.
    m.forever();
    return true;
  }
  const lines: TemplateLine[] = [];
  for (let i = 0; i < lc.length; i++) {
    const x = la[i] as RelLine;
    const y = lb[i] as RelLine;
    const z = lc[i] as RelLine;
    if (x.offsetMs !== z.offsetMs || y.offsetMs !== z.offsetMs || x.stream !== z.stream || y.stream !== z.stream) return false;
    if (x.partial !== z.partial || y.partial !== z.partial) return false;
    const tx = tokenize(x.text);
    const ty = tokenize(y.text);
    const tz = tokenize(z.text);
    if (tx.skeleton.join('\u0000') !== tz.skeleton.join('\u0000') || ty.skeleton.join('\u0000') !== tz.skeleton.join('\u0000')) return false;
    const parts: TemplatePart[] = [];
    for (let k = 0; k < tz.skeleton.length; k++) {
      parts.push(...textParts(m, tz.skeleton[k] ?? ''));
      if (k >= tz.numbers.length) continue;
      const n0 = tx.numbers[k] ?? '';
      const n1 = ty.numbers[k] ?? '';
      const n2 = tz.numbers[k] ?? '';
      if (n0 === n1 && n1 === n2) {
        parts.push(n2);
        continue;
      }
      if (noCounters) return false;
      const [v0, v1, v2] = [Number(n0), Number(n1), Number(n2)];
      if (v1 - v0 !== v2 - v1 || String(v0) !== n0 || String(v1) !== n1 || String(v2) !== n2) return false;
      parts.push({ counter: { start: v2 + (v2 - v1), step: v2 - v1 } });
    }
    const merged: TemplatePart[] = [];
    for (const p of parts) {
      const prev = merged[merged.length - 1];
      if (typeof p === 'string' && typeof prev === 'string') merged[merged.length - 1] = prev + p;
      else if (p !== '') merged.push(p);
    }
    const line: TemplateLine = { offsetMs: z.offsetMs, stream: z.stream, parts: merged };
    if (z.partial) line.partial = true;
    lines.push(line);
  }
  const everyMs = Math.max(1, period);
  m.periodic = { startMs: c.tEnd, everyMs, lines };
  const counts = new Map<string, number>();
  for (const url of c.requests) counts.set(url, (counts.get(url) ?? 0) + 1);
  m.outbound = [...counts].map(([url, n]) => ({ url, perSecond: Math.round((n * 1000 * 100) / everyMs) / 100 }));
  m.forever();
  return true;
}
