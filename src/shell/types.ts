/**
 * The contracts between the shell, its commands and whoever hosts it (the browser terminal, the
 * `kubedojo run/shell` CLI, an `ssh` session into a node). Commands are plain functions from
 * arguments and an IO context to strings and an exit code: nothing throws into the terminal.
 */
import type { VirtualFs } from './fs/vfs';
import type { FunctionDefinition } from './parser/ast';
import type { Variables } from './interpreter/variables';
import type { CommandRegistry } from './registry';

/** What one command produced. `interleaved` keeps the order stdout and stderr were written in. */
export interface CommandResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  /**
   * The same text as stdout + stderr, in the order it was written (`cat a missing b` shows the error
   * between the two files on a terminal). Optional: without it stdout is taken to come first.
   */
  interleaved?: OutputChunk[];
  /** Set by `exit`: the host should end this shell (leave an ssh/exec session, close the tab). */
  exit?: { code: number };
}

/** A piece of output on file descriptor 1 (stdout) or 2 (stderr). */
export interface OutputChunk {
  fd: 1 | 2;
  text: string;
}

/** The clock a shell reads and waits on. Headless: `sleep` advances virtual time. */
export interface ShellClock {
  /** Milliseconds since the Unix epoch, virtual. */
  now(): number;
  /** Block until `ms` of (virtual) time passed. The CLI advances its clock; the browser wraps it. */
  sleep(ms: number): void;
}

/** One machine the student has a shell on: the control plane, a worker reached by `ssh`, a pod. */
export interface ShellHost {
  clock: ShellClock;
  fs: VirtualFs;
  /** Shell variables; the exported ones form the environment of commands. */
  env: Variables;
  commands: CommandRegistry;
  hostName: string;
  user: string;
  /** Absolute, normalised working directory. */
  cwd: string;
  /** Lines entered, oldest first (shared by a shell and its subshells). */
  history: string[];
  /** `alias name=value` definitions, in definition order. */
  aliases: Map<string, string>;
  /** Shell functions defined with `name() { ...; }`. */
  functions: Map<string, FunctionDefinition>;
  /**
   * Optional: the browser's Ctrl-C (true from the key press until the next input line). Waits
   * return early, and the shell then ends the whole input line with `$?` 130, as bash does.
   */
  interrupted?(): boolean;
}

/** What a running command may ask of the shell that started it. */
export interface ShellServices {
  /** Runs a command line (`bash -c`, `source`, a script file) with the given stdin; output is returned. */
  runScript(source: string, stdin: string, options?: RunScriptOptions): CommandResult;
  /**
   * Runs one already-split command (xargs, env CMD) as a new process: `env` is its whole
   * environment (default: the caller's). Unknown commands fail with status 127.
   */
  runArgv(argv: string[], stdin: string, env?: Record<string, string>): CommandResult;
  /** The exit status of the last command (`$?`). */
  lastExitCode(): number;
}

export interface RunScriptOptions {
  /**
   * Run as a new bash process (`bash -c`, scripts, awk's system()): it sees only the environment,
   * and its variables, cd and `exit` stay inside. Default: the current shell (`source`).
   */
  subshell?: boolean;
  /** The new process's environment (default: the caller's exported variables). */
  env?: Record<string, string>;
  /** Positional parameters `$1`... */
  args?: string[];
  /** `$0`, and the name in error messages. */
  name?: string;
}

/** Everything a command sees besides its arguments. */
export interface CommandIO {
  stdin: string;
  /** The environment: exported variables plus `FOO=bar cmd` assignments. */
  env: Record<string, string>;
  cwd: string;
  fs: VirtualFs;
  host: ShellHost;
  shell: ShellServices;
  /** True when stdout goes straight to the terminal (ls lays out columns then). */
  stdoutIsTerminal: boolean;
  /** True when stdin was redirected from a regular file (`wc < f` pads like for a file). */
  stdinIsFile: boolean;
  /** Terminal width in columns, for column layouts. */
  columns: number;
  /**
   * Writes output now, to wherever the command's stdout (1) or stderr (2) goes, for commands that
   * print over time (`kubectl get -w`). What is written here must not be returned again.
   */
  stream(fd: 1 | 2, text: string): void;
}

export interface Command {
  /** `args` excludes the command name. */
  execute(args: string[], io: CommandIO): CommandResult;
}

/** Whether `type` says "is a shell builtin" or "is /usr/bin/name". */
export type CommandKind = 'builtin' | 'file';
