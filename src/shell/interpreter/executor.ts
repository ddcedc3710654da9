/**
 * Runs a parsed script: lists, `&&`/`||`, pipelines (each stage in a subshell, its stdout the next
 * stage's stdin), compound commands, and simple commands (see simple.ts). Synchronous: a command
 * that waits (`sleep`) asks the host clock, which the CLI advances and the browser wraps.
 */
import { type ExpandContext, expandWords } from '../expand/expand';
import { globPaths } from '../expand/glob';
import type { AndOrList, CommandNode, Pipeline, Script } from '../parser/ast';
import type { ShellHost } from '../types';
import { BufferDestination, FdTable } from './destinations';
import { Variables } from './variables';
import { applyRedirects } from './redirects';
import { redirectDeps, runSimple } from './simple';

/** What a running piece of script reads and writes. */
export interface ExecContext {
  fds: FdTable;
  stdin: string;
  /** stdin comes from `< file` (wc pads its counts as for a file then). */
  stdinIsFile?: boolean;
}

export interface ExecutorOptions {
  columns: number;
  /** What `$$` says. */
  pid: number;
}

/**
 * Loop iterations allowed in one input line, all loops and subshells together: a headless run has
 * no Ctrl-C, so `while true` must end somewhere.
 */
export const MAX_LOOP_ITERATIONS = 10_000;

/** Per input line, shared by the shell and every subshell and process it starts. */
export interface LineBudget {
  iterations: number;
  /** Ctrl-C was seen: the rest of the line does not run (as an interactive bash on SIGINT). */
  interrupted: boolean;
}

export const newLineBudget = (): LineBudget => ({ iterations: 0, interrupted: false });

/** `$?` of a command killed by SIGINT (128 + 2). */
export const INTERRUPTED_STATUS = 130;

export class Executor {
  /** `$?` */
  status = 0;
  /** Set by `exit`: stop running and leave this shell (or subshell) with this code. */
  exitCode: number | undefined;
  /** Pending `break N` / `continue N` levels. */
  breakLevels = 0;
  continueLevels = 0;
  loopDepth = 0;
  /** Exit status of the last `$(...)`, which an assignment-only command returns. */
  substitutionStatus: number | undefined;
  /** `$1`, `$2`... (a script run with arguments); `$0`. */
  positional: string[] = [];
  scriptName = 'bash';
  /** Functions being run (for `return` and `local`), each with the variables `local` saved. */
  readonly calls: Array<Map<string, { value: string; exported: boolean } | undefined>> = [];
  /** Set by `return`: stop the current function. */
  returning = false;
  /** The terminal's own shell, not a subshell or script: `exit` says "exit" here. */
  interactive = false;
  /** State of the current input line shared with subshells: loop iterations, and whether Ctrl-C ended it. */
  budget: LineBudget = newLineBudget();

  constructor(
    readonly host: ShellHost,
    readonly options: ExecutorOptions,
  ) {}

  /** A subshell (`( )`, `$( )`, a pipeline stage): a copy of variables, aliases, functions and cwd. */
  subshell(): Executor {
    const host = { ...this.host, env: this.host.env.clone(), aliases: new Map(this.host.aliases), functions: new Map(this.host.functions) };
    const child = new Executor(host, this.options);
    child.budget = this.budget;
    child.status = this.status;
    child.positional = this.positional;
    child.scriptName = this.scriptName;
    return child;
  }

  /** A new bash process (`bash -c`, a script): it inherits only the environment. */
  process(env: Record<string, string>): Executor {
    const host = { ...this.host, env: new Variables(env), aliases: new Map<string, string>(), functions: new Map() };
    const child = new Executor(host, this.options);
    child.budget = this.budget;
    return child;
  }

  stopped(): boolean {
    return this.exitCode !== undefined || this.breakLevels > 0 || this.continueLevels > 0 || this.returning || this.budget.interrupted;
  }

  /**
   * Whether Ctrl-C ended this input line. An interactive bash whose foreground command dies of
   * SIGINT acts as if it got the signal itself: the rest of the list, the loops around it and the
   * lists that started it all stop, and `$?` is 130. The host's flag is read after each command
   * (the command itself ended early: `sleep` returns from its wait, kubectl stops watching).
   */
  checkInterrupt(): boolean {
    if (!this.budget.interrupted && this.host.interrupted?.()) this.budget.interrupted = true;
    if (this.budget.interrupted) this.status = INTERRUPTED_STATUS;
    return this.budget.interrupted;
  }

  runScript(script: Script, ctx: ExecContext): number {
    for (const list of script.lists) {
      if (this.stopped()) break;
      this.runAndOr(list, ctx);
    }
    return this.status;
  }

  private runAndOr(list: AndOrList, ctx: ExecContext): void {
    this.status = this.runPipeline(list.first, ctx);
    if (this.checkInterrupt()) return;
    for (const { op, pipeline } of list.rest) {
      if (this.stopped()) return;
      if ((op === '&&') === (this.status === 0)) this.status = this.runPipeline(pipeline, ctx);
      if (this.checkInterrupt()) return;
    }
  }

  private runPipeline(pipeline: Pipeline, ctx: ExecContext): number {
    let status: number;
    if (pipeline.commands.length === 1 && pipeline.commands[0]) status = this.runCommand(pipeline.commands[0], ctx);
    else {
      status = 0;
      let input = ctx.stdin;
      // After a Ctrl-C the later stages still run on what reached them: they stand for filters
      // (`kubectl get -w | grep web`) that printed each line as it arrived before the signal.
      pipeline.commands.forEach((command, index) => {
        const last = index === pipeline.commands.length - 1;
        const pipe = last ? undefined : new BufferDestination();
        const fds = ctx.fds.copy();
        if (pipe) fds.set(1, pipe);
        status = this.subshell().runCommand(command, { fds, stdin: input });
        input = pipe?.text() ?? '';
      });
    }
    return pipeline.negated ? (status === 0 ? 1 : 0) : status;
  }

  runCommand(node: CommandNode, ctx: ExecContext): number {
    if (node.kind === 'simple') return runSimple(this, node, ctx);
    const redirected = applyRedirects(node.redirects, ctx.fds, ctx.stdin, redirectDeps(this, ctx));
    if (!redirected.ok) {
      ctx.fds.err.write(`bash: ${redirected.error}\n`);
      return 1;
    }
    const inner: ExecContext = { fds: redirected.fds, stdin: redirected.stdin, stdinIsFile: redirected.stdinIsFile ?? ctx.stdinIsFile };
    switch (node.kind) {
      case 'function':
        this.host.functions.set(node.name, node);
        return 0;
      case 'group': {
        if (!node.subshell) return this.runScript(node.body, inner);
        const sub = this.subshell();
        sub.runScript(node.body, inner);
        return sub.exitCode ?? sub.status;
      }
      case 'if':
        for (const branch of node.branches) {
          const condition = this.runScript(branch.condition, inner);
          if (this.stopped()) return condition;
          if (condition === 0) return this.runScript(branch.body, inner);
        }
        return node.otherwise ? this.runScript(node.otherwise, inner) : 0;
      case 'for': {
        const items = node.items ? expandWords(node.items, this.expandContext(inner)) : { ok: true as const, value: [] };
        if (!items.ok) {
          inner.fds.err.write(`bash: ${items.error}\n`);
          return 1;
        }
        let status = 0;
        this.loop(inner, (iteration) => {
          const item = items.value[iteration];
          if (item === undefined) return false;
          this.host.env.set(node.variable, item);
          status = this.runScript(node.body, inner);
          return true;
        });
        return status;
      }
      case 'while': {
        let status = 0;
        this.loop(inner, () => {
          const condition = this.runScript(node.condition, inner);
          if (this.stopped() || (condition === 0) === node.until) return false;
          status = this.runScript(node.body, inner);
          return true;
        });
        return status;
      }
    }
  }

  /** Runs loop iterations while `step` says so, honouring break/continue, exit and the guard. */
  private loop(ctx: ExecContext, step: (iteration: number) => boolean): void {
    this.loopDepth++;
    try {
      for (let i = 0; ; i++) {
        // Ctrl-C: nothing is written, the terminal echoes `^C` itself as a tty does.
        if (this.checkInterrupt()) return;
        const exhausted = ++this.budget.iterations > MAX_LOOP_ITERATIONS;
        if (exhausted) {
          // Stop every loop of this line, not just the innermost one.
          if (this.budget.iterations !== Infinity) {
            ctx.fds.err.write(`bash: loop stopped after ${MAX_LOOP_ITERATIONS} iterations (this shell cannot be interrupted)\n`);
          }
          this.budget.iterations = Infinity;
          this.status = INTERRUPTED_STATUS;
          return;
        }
        if (!step(i)) return;
        if (this.exitCode !== undefined || this.budget.interrupted) return;
        if (this.breakLevels > 0) {
          this.breakLevels--;
          return;
        }
        if (this.continueLevels > 1) {
          this.continueLevels--;
          return;
        }
        this.continueLevels = 0;
      }
    } finally {
      this.loopDepth--;
    }
  }

  /** The expansion context of this shell, with `$(...)` output captured and its stderr passed on. */
  expandContext(ctx: ExecContext): ExpandContext {
    const host = this.host;
    return {
      lookup: (name) => this.lookup(name),
      assign: (name, value) => host.env.set(name, value),
      substitute: (script) => {
        const sub = this.subshell();
        const capture = new BufferDestination();
        sub.runScript(script, { fds: FdTable.of(capture, ctx.fds.err), stdin: ctx.stdin });
        this.substitutionStatus = sub.exitCode ?? sub.status;
        return capture.text();
      },
      home: (user) => {
        if (user === '') return host.env.get('HOME') ?? '';
        if (user === 'root') return '/root';
        return host.fs.isDirectory(`/home/${user}`) ? `/home/${user}` : undefined;
      },
      glob: (pattern) => globPaths(pattern, host.cwd, host.fs),
    };
  }

  /** Variables and the special parameters. */
  lookup(name: string): string | undefined {
    switch (name) {
      case '?':
        return String(this.status);
      case '$':
        return String(this.options.pid);
      case '#':
        return String(this.positional.length);
      case '0':
        return this.scriptName;
      case '-':
        return 'himBHs';
      case '@':
      case '*':
        return this.positional.join(' ');
      case '!':
        return '';
      default:
        if (/^[1-9][0-9]*$/.test(name)) return this.positional[Number(name) - 1];
        return this.host.env.get(name);
    }
  }
}
