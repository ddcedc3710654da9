/** One `kubedojo` subcommand; main.ts finds it by name in the table of commands/index.ts. */
import type { CliIO } from './io';

export interface Subcommand {
  name: string;
  /** One line for `kubedojo --help`. */
  summary: string;
  /** What follows `kubedojo NAME` in the usage line, e.g. `[--seed N] [FILE|-]`. */
  usage: string;
  /** The options part of `kubedojo NAME --help` (already formatted, may be empty). */
  options: string;
  /** Runs with the arguments after the subcommand's name; resolves to the process exit code. */
  run(args: readonly string[], io: CliIO): number | Promise<number>;
}

/** `kubedojo NAME --help`. */
export function subcommandHelp(cmd: Subcommand): string {
  return `${cmd.summary}\n\nUsage:\n  kubedojo ${cmd.name} ${cmd.usage}\n${cmd.options ? `\nOptions:\n${cmd.options}` : ''}`;
}

/** A usage mistake: the message, a pointer to help, exit code 2. */
export function usageFailure(io: CliIO, cmd: string, message: string): number {
  io.err(`kubedojo ${cmd}: ${message}\nRun 'kubedojo ${cmd} --help' for usage.\n`);
  return 2;
}
