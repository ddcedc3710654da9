// Verbs of the "delete-scale" group, registered in ../index.ts (one file per group so that work on
// different verbs never edits the same file).

import type { CommandSpec } from '../../cli/command';
import { autoscaleCommand } from '../autoscale';
import { deleteCommand } from '../delete';
import { scaleCommand } from '../scale';

export const deleteScaleCommands: readonly CommandSpec[] = [deleteCommand, scaleCommand, autoscaleCommand];
