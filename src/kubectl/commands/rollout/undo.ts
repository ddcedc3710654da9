// `kubectl rollout undo`: kubectl's Rollbackers. A Deployment gets the pod template (and the
// annotations) of one of its ReplicaSets back; a DaemonSet or StatefulSet the template stored in
// one of its ControllerRevisions. `--dry-run=client` prints the template it would restore.

import type { KubeObject } from '../../../sim/api/object';
import { clone } from '../../../sim/api/object';
import { equalIgnoreHash } from '../../../sim/controllers/deployment';
import { canonicalText, templatePatchText } from '../../../sim/controllers/revisions';
import type { CommandSpec, Invocation } from '../../cli/command';
import { aggregate, messageError, type KubectlError } from '../../cli/errors';
import type { FlagSpec } from '../../cli/flags';
import { DRY_RUN_FLAG, dryRunOf, isError, PRINT_FLAGS, printWritten, writePrinter, type DryRun } from '../create-shared';
import { applyRevision, controllerRevisions, deploymentReplicaSets, findControllerRevision, revisionOf, templateOf } from './revisions';
import { findTargets, groupKindString, groupKindStruct, isTargets, isVisitableKind, requireResource, TARGET_FLAGS, workloadKind, type Target } from './shared';
import { printTemplate } from './template-text';
import { patching } from '../../auth/authorizing-cluster';

const UNDO_FLAGS: readonly FlagSpec[] = [
  ...TARGET_FLAGS,
  ...PRINT_FLAGS,
  DRY_RUN_FLAG,
  { name: 'to-revision', type: 'int64', usage: 'The revision to go back to; 0 means the one before the current.' },
];

/** Deployment annotations a rollback keeps from the Deployment rather than taking from the ReplicaSet. */
const ANNOTATIONS_TO_SKIP = new Set([
  'kubectl.kubernetes.io/last-applied-configuration',
  'deployment.kubernetes.io/revision',
  'deployment.kubernetes.io/revision-history',
  'deployment.kubernetes.io/desired-replicas',
  'deployment.kubernetes.io/max-replicas',
  'deprecated.deployment.rollback.to',
]);

const ROLLED_BACK = 'rolled back';
const skipped = (revision: number): string => `skipped rollback (current template already matches revision ${revision})`;
const revisionNotFound = (revision: number): KubectlError => messageError(`unable to find specified revision ${revision} in history`);

type Outcome = string | KubectlError;

/** deploymentRevision: the ReplicaSet of `toRevision`, or the newest but one for 0. */
function deploymentRevision(inv: Invocation, deployment: KubeObject, toRevision: number): KubeObject | KubectlError {
  let latest: { v: number; rs?: KubeObject } = { v: -1 };
  let previous: { v: number; rs?: KubeObject } = { v: -1 };
  for (const rs of deploymentReplicaSets(inv.cluster, deployment)) {
    const v = revisionOf(rs);
    if (v === undefined) continue;
    if (toRevision === 0) {
      if (latest.v < v) {
        previous = latest;
        latest = { v, rs };
      } else if (previous.v < v) previous = { v, rs };
    } else if (v === toRevision) return rs;
  }
  if (toRevision > 0) return revisionNotFound(toRevision);
  if (!previous.rs) return messageError(`no rollout history found for deployment "${deployment.metadata.name ?? ''}"`);
  return previous.rs;
}

function rollbackDeployment(inv: Invocation, target: Target, toRevision: number, dryRun: DryRun): Outcome {
  if (toRevision < 0) return revisionNotFound(toRevision);
  const name = target.object.metadata.name ?? '';
  const got = inv.cluster.api.get(target.type, target.object.metadata.namespace, name);
  if (!got.ok) return messageError(`failed to retrieve Deployment ${name}: ${got.status.message}`);
  const deployment = got.object;
  const rs = deploymentRevision(inv, deployment, toRevision);
  if (isError(rs)) return rs;
  const rsTemplate = templateOf(rs);
  if (dryRun === 'client') return printTemplate(rsTemplate);
  if ((deployment['spec'] as { paused?: boolean } | undefined)?.paused) {
    return messageError("you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again");
  }
  if (equalIgnoreHash(rsTemplate, templateOf(deployment))) return skipped(toRevision);
  const template = clone(rsTemplate ?? {});
  if (template.metadata?.labels) delete template.metadata.labels['pod-template-hash'];
  const annotations: Record<string, string> = {};
  for (const [k, v] of Object.entries(deployment.metadata.annotations ?? {})) if (ANNOTATIONS_TO_SKIP.has(k)) annotations[k] = v;
  for (const [k, v] of Object.entries(rs.metadata.annotations ?? {})) if (!ANNOTATIONS_TO_SKIP.has(k)) annotations[k] = v;
  const restored: KubeObject = { ...deployment, metadata: { ...deployment.metadata, annotations }, spec: { ...(deployment['spec'] as object), template } };
  const res = patching(inv.cluster.api).update(restored, { dryRun: dryRun === 'server', fieldValidation: 'Warn' });
  if (!res.ok) return messageError(`failed restoring revision ${toRevision}: ${res.status.message}`);
  return ROLLED_BACK;
}

/** DaemonSetRollbacker and StatefulSetRollbacker. */
function rollbackFromControllerRevision(inv: Invocation, target: Target, toRevision: number, dryRun: DryRun): Outcome {
  if (toRevision < 0) return revisionNotFound(toRevision);
  const name = target.object.metadata.name ?? '';
  const got = inv.cluster.api.get(target.type, target.object.metadata.namespace, name);
  if (!got.ok) {
    return messageError(target.type.kind === 'DaemonSet' ? `failed to retrieve DaemonSet ${name}: ${got.status.message}` : `failed to retrieve Statefulset ${name}: ${got.status.message}`);
  }
  const owner = got.object;
  const history = controllerRevisions(inv.cluster, owner);
  if (toRevision === 0 && history.length <= 1) return messageError('no last revision to roll back to');
  const to = findControllerRevision(toRevision, history);
  if (!to) return revisionNotFound(toRevision);
  const applied = applyRevision(owner, to);
  if (dryRun === 'client') return `will roll back to ${printTemplate(templateOf(applied))}`;
  if (templatePatchText(templateOf(owner)) === canonicalText(to.data)) return skipped(toRevision);
  const res = patching(inv.cluster.api).update(applied, { dryRun: dryRun === 'server', fieldValidation: 'Warn' });
  if (!res.ok) return messageError(`failed restoring revision ${toRevision}: ${res.status.message}`);
  return ROLLED_BACK;
}

/** RollbackerFor: the rollback of a target's kind, or kubectl's error for kinds without one. */
function rollback(inv: Invocation, target: Target, toRevision: number, dryRun: DryRun): Outcome {
  const kind = workloadKind(target.type);
  if (kind === 'Deployment') return rollbackDeployment(inv, target, toRevision, dryRun);
  if (kind) return rollbackFromControllerRevision(inv, target, toRevision, dryRun);
  const name = groupKindString(target.type);
  if (!isVisitableKind(target.type)) return messageError(`error retrieving rollbacker for "${name}", no visitor method exists for ${groupKindStruct(target.type)}`);
  return messageError(`no rollbacker has been implemented for "${name}"`);
}

function runUndo(inv: Invocation): KubectlError | undefined {
  const dryRun = dryRunOf(inv);
  if (isError(dryRun)) return dryRun;
  const missing = requireResource(inv);
  if (missing) return missing;
  const targets = findTargets(inv, { allowEmptySelector: true });
  if (!isTargets(targets)) return targets;
  const errors = [...targets.errors];
  for (const target of targets.items) {
    const outcome = rollback(inv, target, inv.flags.number('to-revision'), dryRun);
    if (typeof outcome !== 'string') {
      errors.push(outcome);
      continue;
    }
    const printer = writePrinter(inv);
    if (isError(printer)) {
      errors.push(printer);
      continue;
    }
    const failed = printWritten(inv.out, printer, target.object, outcome, dryRun);
    if (failed) errors.push(failed);
  }
  return aggregate(errors);
}

export const rolloutUndoCommand: CommandSpec = {
  name: 'undo',
  short: 'Go back to an earlier revision of a rollout',
  long:
    'Go back to an earlier revision of a deployment, daemon set or stateful set.\n\n' +
    ' The pod template of the chosen revision (by default the one before the current) becomes the\n' +
    ' workload\'s template again, which starts a new rollout. See the revisions with "kubectl rollout history".',
  example:
    '  # Go back to the revision before the current one\n  kubectl rollout undo deployment/web\n  \n' +
    '  # Go back to revision 3 of a daemon set\n  kubectl rollout undo daemonset/agent --to-revision=3\n  \n' +
    '  # Show the pod template it would restore, changing nothing\n  kubectl rollout undo deployment/web --dry-run=client',
  use: '(TYPE NAME | TYPE/NAME) [flags] [options]',
  flags: UNDO_FLAGS,
  run: runUndo,
};
