/** Writing a program's output at given offsets from its start (moves the machine's clock forward). */
import { fnv1a32 } from '../hash';
import type { ToolCall } from '../machine';

export class Timeline {
  readonly t0: number;
  private lastMs = -1;
  private lastMicro = 0;
  constructor(readonly c: ToolCall) {
    this.t0 = c.m.t;
  }

  /** Move to `offsetMs` after the program started (never backwards). */
  at(offsetMs: number): this {
    const target = this.t0 + offsetMs;
    if (target > this.c.m.t) this.c.m.sleep(target - this.c.m.t);
    return this;
  }

  /** Move `ms` forward from now. */
  after(ms: number): this {
    this.c.m.sleep(ms);
    return this;
  }

  /** Absolute virtual time now (ms since epoch). */
  now(): number {
    return this.c.m.nowMs();
  }

  /** Microseconds within the current millisecond for log timestamps: stable, increasing within a ms. */
  micro(): number {
    const now = this.now();
    const base = fnv1a32(`${this.c.m.ctx.podName}/${this.c.m.ctx.restartCount}/${now}`);
    this.lastMicro = now === this.lastMs ? Math.min(999, this.lastMicro + 1 + (base % 37)) : base % 700;
    this.lastMs = now;
    return this.lastMicro;
  }

  out(line: string): this {
    this.c.out(`${line}\n`);
    return this;
  }

  err(line: string): this {
    this.c.err(`${line}\n`);
    return this;
  }
}

/** `--flag=value` or `--flag value` from argv. */
export function flagValue(argv: string[], ...names: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    for (const n of names) {
      if (a === n) return argv[i + 1];
      if (a.startsWith(`${n}=`)) return a.slice(n.length + 1);
    }
  }
  return undefined;
}

export const MiB = 1024 * 1024;
