/**
 * The `kubedojo` subcommands, in the order `kubedojo --help` lists them. To add one (verify,
 * grade, bench...), write a module exporting a `Subcommand` and put it in this table in place of
 * its placeholder; main.ts needs no change.
 */
import type { Subcommand } from '../subcommand';
import { benchCommand } from './bench';
import { gradeCommand } from './grade';
import { runCommand } from './run';
import { shellCommand } from './shell';
import { verifyCommand } from './verify';

/** A subcommand the design names that has not been built yet: it says so plainly. */
function planned(name: string, summary: string, usage: string): Subcommand {
  return {
    name,
    summary: `${summary} (not available yet)`,
    usage,
    options: '',
    run(_args, io) {
      io.err(`kubedojo ${name}: not available yet in this version\n`);
      return 1;
    },
  };
}

export const SUBCOMMANDS: readonly Subcommand[] = [
  shellCommand,
  runCommand,
  verifyCommand,
  gradeCommand,
  benchCommand,
];
