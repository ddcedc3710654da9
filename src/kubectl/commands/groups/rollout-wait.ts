// Verbs of the "rollout-wait" group, registered in ../index.ts (one file per group so that work on
// different verbs never edits the same file).

import type { CommandSpec } from '../../cli/command';
import { rolloutCommand } from '../rollout';
import { waitCommand } from '../wait';

export const rolloutWaitCommands: readonly CommandSpec[] = [rolloutCommand, waitCommand];
