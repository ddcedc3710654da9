// Verbs of the "info-config" group, registered in ../index.ts (one file per group so that work on
// different verbs never edits the same file).

import type { CommandSpec } from '../../cli/command';
import { authCommand } from '../auth';
import { apiResourcesCommand, apiVersionsCommand } from '../api-resources';
import { clusterInfoCommand } from '../cluster-info';
import { completionCommand } from '../completion';
import { configCommand } from '../config';
import { explainCommand } from '../explain';
import { versionCommand } from '../version';

export const infoConfigCommands: readonly CommandSpec[] = [
  versionCommand,
  clusterInfoCommand,
  apiResourcesCommand,
  apiVersionsCommand,
  configCommand,
  authCommand,
  explainCommand,
  completionCommand,
];
