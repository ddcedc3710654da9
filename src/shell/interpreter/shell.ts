/**
 * The shell a student types into. `run(input)` takes one complete input (possibly several lines,
 * e.g. a command with a here-document) and returns what the terminal shows. Synchronous: `sleep`
 * goes through the host clock.
 */
import { parse } from '../parser/parser';
import type { OutputChunk, ShellHost } from '../types';
import { FdTable, OutputSink } from './destinations';
import { Executor, newLineBudget } from './executor';

export interface ShellOptions {
  /** Terminal width for column layouts (`ls`). Default 80. */
  columns?: number;
  /** What `$$` prints. Default 1000. */
  pid?: number;
}

export interface RunOptions {
  /** Add the input to the history first, as bash does. Default true. */
  history?: boolean;
  /**
   * Sees the terminal's output as it is written, while the input runs (a long `kubectl get -w`
   * shows each row when it happens). The result still holds all of it.
   */
  onOutput?: (chunk: OutputChunk) => void;
}

export interface RunResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  /** Everything shown on the terminal, stdout and stderr in the order written. */
  output: string;
  chunks: OutputChunk[];
  /** Set when `exit` ran: the host should close this shell (leave the ssh session...). */
  exit?: { code: number };
}

export class Shell {
  private readonly executor: Executor;
  /** Lines read so far; bash numbers here-document warnings by it. */
  private linesRead = 0;

  constructor(
    readonly host: ShellHost,
    options: ShellOptions = {},
  ) {
    this.executor = new Executor(host, { columns: options.columns ?? 80, pid: options.pid ?? 1000 });
    this.executor.interactive = true;
  }

  /** Terminal width, e.g. after a resize. */
  set columns(value: number) {
    this.executor.options.columns = Math.max(1, Math.floor(value));
  }

  get lastExitCode(): number {
    return this.executor.status;
  }

  /** Whether `text` is unfinished (open quote or here-document, trailing `|` or `\`, `if` without `fi`). */
  needsMoreInput(text: string): boolean {
    const result = parse(text, { aliases: this.host.aliases });
    return result.ok ? result.needsMore : result.incomplete;
  }

  run(input: string, options: RunOptions = {}): RunResult {
    const text = input.replace(/\n$/, '');
    if ((options.history ?? true) && text.trim() !== '') this.host.history.push(text);
    const firstLine = this.linesRead + 1;
    this.linesRead += text.split('\n').length;
    const sink = new OutputSink(true, options.onOutput);
    const parsed = parse(text, { aliases: this.host.aliases, firstLine });
    if (!parsed.ok) {
      sink.err.write(`bash: ${parsed.error}\n`);
      this.executor.status = 2;
    } else {
      for (const warning of parsed.warnings) sink.err.write(`bash: ${warning}\n`);
      this.executor.exitCode = undefined;
      this.executor.budget = newLineBudget();
      this.executor.runScript(parsed.script, { fds: FdTable.of(sink.out, sink.err), stdin: '' });
    }
    const exitCode = this.executor.exitCode ?? this.executor.status;
    const result: RunResult = { stdout: sink.text(1), stderr: sink.text(2), exitCode, output: sink.text(), chunks: sink.chunks };
    if (this.executor.exitCode !== undefined) {
      result.exit = { code: this.executor.exitCode };
      this.executor.status = this.executor.exitCode;
      this.executor.exitCode = undefined;
    }
    return result;
  }
}
