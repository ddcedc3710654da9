// Verbs of the "node-debug" group, registered in ../index.ts (one file per group so that work on
// different verbs never edits the same file).

import type { CommandSpec } from '../../cli/command';
import { cordonCommand, uncordonCommand } from '../drain/cordon';
import { drainCommand } from '../drain';
import { execCommand } from '../exec';
import { logsCommand } from '../logs';
import { portForwardCommand } from '../port-forward';
import { taintCommand } from '../taint';
import { topCommand } from '../top';

export const nodeDebugCommands: readonly CommandSpec[] = [
  topCommand,
  cordonCommand,
  uncordonCommand,
  drainCommand,
  taintCommand,
  logsCommand,
  execCommand,
  portForwardCommand,
];
