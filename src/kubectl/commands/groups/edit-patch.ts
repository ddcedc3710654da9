// Verbs of the "edit-patch" group, registered in ../index.ts (one file per group so that work on
// different verbs never edits the same file).

import type { CommandSpec } from '../../cli/command';
import { annotateCommand } from '../annotate';
import { editCommand } from '../edit/edit';
import { labelCommand } from '../label';
import { patchCommand } from '../patch/patch';
import { replaceCommand } from '../replace';

export const editPatchCommands: readonly CommandSpec[] = [editCommand, patchCommand, replaceCommand, labelCommand, annotateCommand];
