// Verbs of the "run-expose-set" group, registered in ../index.ts (one file per group so that work on
// different verbs never edits the same file).

import type { CommandSpec } from '../../cli/command';
import { exposeCommand } from '../expose/expose';
import { runCommand } from '../run/run';
import { setCommand } from '../set/set';

export const runExposeSetCommands: readonly CommandSpec[] = [exposeCommand, runCommand, setCommand];
