/**
 * The checks library: every check a lab may name, by name. Each is a module with a zod params
 * schema, a description and `run(view, params) → {pass, message, found?}` (src/grading/types.ts).
 */
import type { CheckLibrary } from '../src/grading';
import { commandOutput } from './command-output';
import { configMapHas, secretHasKey } from './config-data';
import { deploymentAvailable } from './deployment-available';
import { fieldEquals, fieldMatches } from './field';
import { historyUsed } from './history-used';
import { imageIs } from './image-is';
import { labelEquals } from './label-equals';
import { nodeReady, scheduledOn } from './nodes';
import { podsRunning } from './pods-running';
import { replicasEquals } from './replicas-equals';
import { resourceAbsent } from './resource-absent';
import { resourceExists } from './resource-exists';
import { rolloutRevision } from './rollout-revision';
import { serviceRoutesTo } from './service-routes-to';
import { controlPlaneVersion, kubeletVersion } from './versions';

const ALL = [
  resourceExists,
  resourceAbsent,
  fieldEquals,
  fieldMatches,
  deploymentAvailable,
  podsRunning,
  replicasEquals,
  imageIs,
  serviceRoutesTo,
  rolloutRevision,
  nodeReady,
  scheduledOn,
  kubeletVersion,
  controlPlaneVersion,
  configMapHas,
  secretHasKey,
  labelEquals,
  commandOutput,
  historyUsed,
];

export const CHECKS: CheckLibrary = Object.fromEntries(ALL.map((c) => [c.name, c]));

export {
  commandOutput,
  configMapHas,
  deploymentAvailable,
  fieldEquals,
  fieldMatches,
  historyUsed,
  imageIs,
  labelEquals,
  nodeReady,
  podsRunning,
  replicasEquals,
  resourceAbsent,
  resourceExists,
  rolloutRevision,
  scheduledOn,
  secretHasKey,
  serviceRoutesTo,
};
