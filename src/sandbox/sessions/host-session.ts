/**
 * A bash login on a machine: the student's own shell on the control plane, or one opened with
 * `ssh NODE`. The machine's files and history are shared; variables, aliases, functions and the
 * working directory belong to this shell and end with it, as in real bash.
 */
// The modules, not the shell's index: the index also brings its programs (coreutils, awk...), which
// the worker loads only when the learner is about to type (src/sandbox/command-source.ts).
import type { CommandRegistry, OutputChunk, Shell, ShellClock, ShellHost } from '../../shell';
import { buildHost } from '../../shell/host-base';
import { Variables } from '../../shell/interpreter/variables';
import { loadedCommands } from '../command-source';
import { promptFor } from '../../shell/prompt';
import type { Machine } from '../machine';
import type { HostSessionJSON } from '../types';
import type { Session, SessionRun } from './session';

export interface HostSessionOptions {
  clock: ShellClock;
  commands: CommandRegistry;
  /** Reached by ssh: `exit` says `logout`, then ssh says the connection closed. */
  ssh: boolean;
  columns: number;
  interrupted?: () => boolean;
}

export class HostSession implements Session {
  readonly host: ShellHost;
  /** The interpreter comes with the commands (command-source.ts): made when first needed. */
  private interpreter: Shell | undefined;
  private columnCount: number;

  constructor(
    readonly machine: Machine,
    private readonly options: HostSessionOptions,
    saved?: HostSessionJSON,
  ) {
    const host = buildHost({ clock: options.clock, hostName: machine.name, fs: machine.fs, commands: options.commands });
    host.history = machine.history;
    if (options.interrupted) host.interrupted = options.interrupted;
    if (saved) {
      host.cwd = saved.cwd;
      host.env = Variables.fromJSON(saved.env);
      host.aliases = new Map(saved.aliases);
      host.functions = new Map(saved.functions);
    }
    this.host = host;
    this.columnCount = options.columns;
  }

  /** Its bash. In the browser's worker, only once the commands are loaded (no line runs before). */
  get shell(): Shell {
    if (!this.interpreter) {
      const commands = loadedCommands();
      if (!commands) throw new Error('the shell is not loaded yet');
      this.interpreter = new commands.Shell(this.host, { columns: this.columnCount });
    }
    return this.interpreter;
  }

  /** Terminal width, for `ls` columns. */
  set columns(value: number) {
    this.columnCount = value;
    if (this.interpreter) this.interpreter.columns = value;
  }

  prompt(): string {
    return promptFor(this.host);
  }

  run(input: string, live?: (chunk: OutputChunk) => void, options: { history?: boolean } = {}): SessionRun {
    // A login shell says "logout" where an interactive one says "exit" (the exit builtin writes it alone).
    const rename = (c: OutputChunk): OutputChunk => (this.options.ssh && c.fd === 2 && c.text === 'exit\n' ? { fd: 2, text: 'logout\n' } : c);
    const result = this.shell.run(input, { ...options, ...(live ? { onOutput: (c: OutputChunk) => live(rename(c)) } : {}) });
    const chunks = result.chunks.map((c) => ({ ...c }));
    if (result.exit && this.options.ssh) {
      // A login shell says "logout" where an interactive one says "exit".
      const last = chunks[chunks.length - 1];
      if (last?.fd === 2 && last.text.endsWith('exit\n')) last.text = `${last.text.slice(0, -'exit\n'.length)}logout\n`;
    }
    return { chunks: chunks.filter((c) => c.text !== ''), exitCode: result.exitCode, ...(result.exit ? { exit: result.exit } : {}) };
  }

  /** Sets `$?` (after a nested session ended, its status is the status of the ssh or kubectl command). */
  setStatus(code: number): void {
    if (this.shell.lastExitCode !== code) this.shell.run(`(exit ${code})`, { history: false });
  }

  farewell(): { fd: 1 | 2; text: string }[] {
    return this.options.ssh ? [{ fd: 2, text: `Connection to ${this.machine.name} closed.\n` }] : [];
  }

  toJSON(): HostSessionJSON {
    return {
      kind: 'host',
      machine: this.machine.name,
      ssh: this.options.ssh,
      cwd: this.host.cwd,
      env: this.host.env.toJSON(),
      aliases: [...this.host.aliases],
      functions: [...this.host.functions],
    };
  }
}
