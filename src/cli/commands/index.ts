/**
 * The `kubedojo` subcommands, in the order `kubedojo --help` lists them. To add one, write a
 * module exporting a `Subcommand` and put it in this table; main.ts needs no change.
 */
import type { Subcommand } from '../subcommand';
import { benchCommand } from './bench';
import { gradeCommand } from './grade';
import { runCommand } from './run';
import { shellCommand } from './shell';
import { verifyCommand } from './verify';

export const SUBCOMMANDS: readonly Subcommand[] = [
  shellCommand,
  runCommand,
  verifyCommand,
  gradeCommand,
  benchCommand,
];
