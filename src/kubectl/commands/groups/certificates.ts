// Verbs of the "certificates" group, registered in ../index.ts (one file per group so that work on
// different verbs never edits the same file).

import type { CommandSpec } from '../../cli/command';
import { certificateCommand } from '../certificate';

export const certificateCommands: readonly CommandSpec[] = [certificateCommand];
