// Verbs of the "node-debug" group, registered in ../index.ts (one file per group so that work on
// different verbs never edits the same file).

import type { CommandSpec } from '../../cli/command';

export const nodeDebugCommands: readonly CommandSpec[] = [];
