/**
 * The container as the process model sees it while computing a plan (or an exec): a virtual clock
 * that only the process moves (sleep), the output written so far, the files it sees, and how it ended.
 * Nothing here waits: "sleep 3600" just moves `t`; a process that never ends marks itself `forever`.
 */
import { fnv1a32 } from './hash';
import type { Io } from './shell/io';
import type { OsInfo } from './os';
import { DEFAULT_DATE_FORMAT, strftime } from './time-format';
import type {
  ContainerContext, ExitReason, HttpAnswer, HttpRequest, ImageInfo, ImageVariant, LogStream, PeriodicLogs, PortSpec,
  UsageSpec,
} from './types';

/** One write of a process to its stdout/stderr, at offset `t` (text may hold date placeholders). */
export interface Chunk {
  t: number;
  stream: LogStream;
  text: string;
}

/** An executable's implementation. Returns the exit status; may move the clock or halt the machine. */
export type Tool = (call: ToolCall) => number;

export interface ToolCall {
  /** argv[0] as invoked. */
  argv: string[];
  /** Absolute path the name resolved to. */
  path: string;
  env: Map<string, string>;
  stdin: string | null;
  out(text: string): void;
  err(text: string): void;
  /** stdout goes straight to the container log (not a pipe or file). */
  toLog: boolean;
  /** stderr goes straight to the container log. */
  errToLog?: boolean;
  m: Machine;
  /** Run another program with the same stdin/stdout/stderr (env, timeout, xargs, busybox APPLET…). */
  exec(argv: string[], env: Map<string, string>): number;
  /** Working directory. */
  cwd: string;
  /** How programs start other programs (shells need it). */
  spawner: Spawner;
}

/** Starting programs: PATH lookup and running an executable with given stdio and environment. */
export interface Spawner {
  which(name: string, pathVar: string): string | null;
  run(path: string, argv: string[], io: Io, env: Map<string, string>, cwd?: string): number;
}

/** What an image adds to its base OS: programs, files, HTTP answers. */
export interface Family {
  /** Image-specific executables, absolute path → implementation (generic tools come from the OS). */
  bins(variant: ImageVariant): Record<string, Tool>;
  /** Generic tools the image adds to its base (absolute paths, e.g. /usr/bin/curl). */
  tools?(variant: ImageVariant): string[];
  files?(variant: ImageVariant, ctx: ContainerContext): Record<string, string>;
  dirs?(variant: ImageVariant): string[];
  /** The answer of the image's HTTP server on `req.port` (null: no HTTP server there). */
  http?(variant: ImageVariant, ctx: ContainerContext, req: HttpRequest): HttpAnswer | null;
  /** Extra process names `ps` shows besides PID 1 (nginx workers...). */
  children?(variant: ImageVariant, ctx: ContainerContext): string[];
}

export type Halt = { kind: 'forever' } | { kind: 'exit'; code: number; reason: ExitReason; message?: string };

export class Machine {
  /** Offset from the process start, ms. */
  t = 0;
  chunks: Chunk[] = [];
  halted: Halt | null = null;
  periodic: PeriodicLogs | undefined;
  listens: PortSpec[] = [];
  readyAtMs: number | undefined;
  usage: Omit<UsageSpec, 'seed'> | undefined;
  /** Files written by the process. */
  written = new Map<string, string>();
  outbound: { url: string; perSecond: number }[] = [];
  /** URLs the process fetched, in order (wget/curl), to tell a load generator's rate. */
  requests: string[] = [];
  /** The process asked the cluster network (DNS, HTTP): its plan holds for the answers it got. */
  usedNetwork = false;
  /** The next write starts a new chunk (loop iterations must not share one). */
  private noMerge = false;
  /** The exec has a terminal (`kubectl exec -t`): curl hides its meter, ls prints columns. */
  tty = false;
  /** Command lines of the container's processes (PID 1 first), for `ps` in an exec. */
  processes: string[] = [];
  /** Work counter: shell steps; a runaway script stops at the budget. */
  steps = 0;
  readonly stepBudget: number;
  /** Formats of `date` placeholders, indexed by the number inside the placeholder. */
  private dateFormats: string[] = [];
  private nextPid: number;
  /** Shell loops being run (their iterations are compared to find periodic output). */
  loopDepth = 0;
  /** Told whenever the process looks at the absolute time (plan memoisation: see plan-memo.ts). */
  onClockRead: (() => void) | undefined;

  constructor(
    readonly image: ImageInfo,
    readonly variant: ImageVariant,
    readonly os: OsInfo,
    readonly family: Family,
    readonly ctx: ContainerContext,
    /** Absolute virtual time (ms since epoch) of offset 0. */
    private readonly base: number,
    readonly mode: 'main' | 'exec',
    files: Map<string, string> | undefined,
  ) {
    // A few µs a step: a runaway script costs a few tens of ms before it is treated as running on.
    this.stepBudget = 10000;
    this.nextPid = mode === 'main' ? 1 : 7 + (fnv1a32(`${ctx.podName}/${base}`) % 40);
    if (files) for (const [k, v] of files) this.written.set(k, v);
  }

  /** Absolute virtual time (ms since epoch) of offset 0. */
  get baseMs(): number {
    this.onClockRead?.();
    return this.base;
  }

  get hostname(): string {
    return this.ctx.hostname ?? this.ctx.podName;
  }

  /** Absolute virtual time now. */
  nowMs(): number {
    return this.baseMs + this.t;
  }

  pid(): number {
    return this.nextPid++;
  }

  sleep(ms: number): void {
    if (this.halted || !(ms > 0)) return;
    if (!Number.isFinite(ms)) {
      this.forever();
      return;
    }
    this.t += Math.round(ms);
  }

  forever(): void {
    if (!this.halted) this.halted = { kind: 'forever' };
  }

  /** The whole container ends (exit of PID 1, or the OOM killer). */
  end(code: number, reason: ExitReason, message?: string): void {
    if (this.halted) return;
    this.halted = message === undefined ? { kind: 'exit', code, reason } : { kind: 'exit', code, reason, message };
  }

  emit(stream: LogStream, text: string): void {
    if (this.halted || text === '') return;
    const last = this.chunks[this.chunks.length - 1];
    if (last && !this.noMerge && last.t === this.t && last.stream === stream) last.text += text;
    else this.chunks.push({ t: this.t, stream, text });
    this.noMerge = false;
  }

  /** Start the next write in a new chunk. */
  barrier(): void {
    this.noMerge = true;
  }

  listen(port: number, protocol: 'TCP' | 'UDP' = 'TCP', afterMs = 0): void {
    if (!this.listens.some((l) => l.port === port && l.protocol === protocol)) this.listens.push({ port, protocol });
    const at = this.t + afterMs;
    if (this.readyAtMs === undefined || at > this.readyAtMs) this.readyAtMs = at;
  }

  setUsage(cpuMilli: number, memoryBytes: number, growthBytesPerSecond?: number): void {
    this.usage = growthBytesPerSecond
      ? { cpuMilli, memoryBytes, growth: { bytesPerSecond: growthBytesPerSecond } }
      : { cpuMilli, memoryBytes };
  }

  /** A placeholder for `date +FORMAT` printed now; resolved when the text is shown. */
  datePlaceholder(format: string = DEFAULT_DATE_FORMAT): string {
    let index = this.dateFormats.indexOf(format);
    if (index < 0) index = this.dateFormats.push(format) - 1;
    return `\u0001D${index}@${this.t}\u0001`;
  }

  dateFormat(index: number): string {
    return this.dateFormats[index] ?? DEFAULT_DATE_FORMAT;
  }

  /** Replace date placeholders by the dates they stand for. */
  resolve(text: string): string {
    // Resolving during a run lets the process see the date: that is a clock read.
    if (text.includes('\u0001')) this.onClockRead?.();
    return resolveDates(text, this.base, this.dateFormats);
  }

  /** The formats date placeholders refer to, by index. */
  placeholderFormats(): readonly string[] {
    return this.dateFormats;
  }

  /** A step of work; false once the budget is spent (the script is then treated as running on). */
  tick(): boolean {
    this.steps++;
    if (this.steps > this.stepBudget) {
      this.forever();
      return false;
    }
    return !this.halted;
  }
}

/** Date placeholders in `text` as the dates they stand for, for a process started at `baseMs`. */
export function resolveDates(text: string, baseMs: number, formats: readonly string[]): string {
  let start = text.indexOf('\u0001D');
  if (start < 0) return text;
  // By hand rather than with PLACEHOLDER: every log line of thousands of plans passes here.
  let out = '';
  let done = 0;
  while (start >= 0) {
    const at = text.indexOf('@', start + 2);
    const end = at < 0 ? -1 : text.indexOf('\u0001', at + 1);
    const index = text.slice(start + 2, at);
    const offset = text.slice(at + 1, end);
    if (end < 0 || !/^\d+$/.test(index) || !/^-?\d+$/.test(offset)) {
      start = text.indexOf('\u0001D', start + 1);
      continue;
    }
    out += text.slice(done, start) + strftime(baseMs + Number(offset), formats[Number(index)] ?? DEFAULT_DATE_FORMAT);
    done = end + 1;
    start = text.indexOf('\u0001D', done);
  }
  return out + text.slice(done);
}
