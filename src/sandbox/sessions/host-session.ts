/**
 * A bash login on a machine: the student's own shell on the control plane, or one opened with
 * `ssh NODE`. The machine's files and history are shared; variables, aliases, functions and the
 * working directory belong to this shell and end with it, as in real bash.
 */
// The modules, not the shell's index: the index also brings its programs (coreutils, awk...), which
// the worker loads only when the learner is about to type (src/sandbox/command-source.ts).
import type { CommandRegistry, OutputChunk, ShellClock, ShellHost } from '../../shell';
import { buildHost } from '../../shell/host-base';
import { Shell } from '../../shell/interpreter/shell';
import { Variables } from '../../shell/interpreter/variables';
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
  readonly shell: Shell;

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
    this.shell = new Shell(host, { columns: options.columns });
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
