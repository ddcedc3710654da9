import { describe, expect, it } from 'vitest';
import { containerLogsAt } from './logs';
import { planContainer } from './plan';
import { contextFor } from './testing';
import type { ProcessPlan } from './types';

describe('containerLogsAt', () => {
  const ctx = contextFor('busybox:1.36', { command: ['sh', '-c', 'echo one; sleep 1; echo two; sleep 1; echo three >&2; sleep 1; echo -n four'] });
  const plan = planContainer(ctx);

  it('shows only what was written by the given time', () => {
    expect(containerLogsAt(plan, ctx, 0).text).toBe('one\n');
    expect(containerLogsAt(plan, ctx, 1500).text).toBe('one\ntwo\n');
    expect(containerLogsAt(plan, ctx, 60_000).text).toBe('one\ntwo\nthree\nfour');
  });

  it('--tail and --since', () => {
    expect(containerLogsAt(plan, ctx, 60_000, { tail: 2 }).text).toBe('three\nfour');
    expect(containerLogsAt(plan, ctx, 60_000, { tail: 0 }).text).toBe('');
    expect(containerLogsAt(plan, ctx, 60_000, { sinceOffsetMs: 1000 }).text).toBe('two\nthree\nfour');
  });

  it('--timestamps: RFC 3339 with nanoseconds, increasing', () => {
    const lines = containerLogsAt(plan, ctx, 60_000, { timestamps: true }).text.split('\n');
    expect(lines[0]).toMatch(/^2025-01-15T10:20:30\.0\d*Z one$/);
    expect(lines[1]).toMatch(/^2025-01-15T10:20:31\.0\d*Z two$/);
  });

  it('joins fragments written without newlines into one line', () => {
    const c = contextFor('busybox:1.36', { command: ['sh', '-c', 'echo -n a; sleep 1; echo -n b; sleep 1; echo c'] });
    expect(containerLogsAt(planContainer(c), c, 10_000).text).toBe('abc\n');
  });

  it('keeps only the last 10,000 lines', () => {
    const c = contextFor('busybox:1.36', { command: ['sh', '-c', 'seq 1 12000'] });
    const p = planContainer(c);
    const r = containerLogsAt(p, c, 10_000);
    expect(r.lines.length).toBe(10_000);
    expect(r.lines[0]?.text).toBe('2001');
  });

  it('periodic templates are expanded from the end (fast for long-running loops)', () => {
    const p: ProcessPlan = {
      argv: ['sh'],
      logs: [{ atMs: 0, stream: 'stdout', text: 'start' }],
      periodic: { startMs: 1000, everyMs: 1000, lines: [{ offsetMs: 0, stream: 'stdout', parts: ['tick ', { counter: { start: 1, step: 2 } }] }] },
      listens: [],
      readyAtMs: 0,
      usage: { cpuMilli: 0, memoryBytes: 0, seed: 1 },
    };
    expect(containerLogsAt(p, ctx, 3500).text).toBe('start\ntick 1\ntick 3\ntick 5\n');
    const year = 365 * 24 * 3600 * 1000;
    expect(containerLogsAt(p, ctx, year, { tail: 1 }).text).toBe(`tick ${1 + 2 * (year / 1000 - 1)}\n`);
    p.periodic = { ...p.periodic, count: 2 } as ProcessPlan['periodic'];
    expect(containerLogsAt(p, ctx, 10_000).text).toBe('start\ntick 1\ntick 3\n');
  });

  it('a process that exits with unterminated output shows it; a running one waits for the newline', () => {
    const running = contextFor('busybox:1.36', { command: ['sh', '-c', 'while true; do echo -n .; sleep 1; done'] });
    expect(containerLogsAt(planContainer(running), running, 100_000).text).toBe('');
  });
});
