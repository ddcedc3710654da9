// `kubectl rollout history`: the revisions of deployments, daemon sets and stateful sets as a
// REVISION / CHANGE-CAUSE table, one revision's pod template with --revision, or the revision
// objects themselves with -o.

import type { PodTemplateSpec } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../../sim/api/object';
import { clone } from '../../../sim/api/object';
import type { ControllerRevisionObject } from '../../../sim/controllers/revisions';
import type { CommandSpec, Invocation } from '../../cli/command';
import { aggregate, messageError, type KubectlError } from '../../cli/errors';
import type { FlagSpec } from '../../cli/flags';
import { newDescribeTabWriter } from '../../printers';
import { isError, PRINT_FLAGS, printWritten, writePrinter } from '../create-shared';
import { applyRevision, CHANGE_CAUSE_ANNOTATION, controllerRevisions, deploymentHistory, templateOf } from './revisions';
import { findTargets, groupKindString, groupKindStruct, isTargets, isVisitableKind, requireResource, TARGET_FLAGS, workloadKind, type Target } from './shared';
import { printTemplate } from './template-text';

const HISTORY_FLAGS: readonly FlagSpec[] = [
  ...TARGET_FLAGS,
  ...PRINT_FLAGS,
  { name: 'revision', type: 'int64', usage: "Show this revision's pod template instead of the list of revisions." },
];

const NO_HISTORY = 'No rollout history found.';
const NOT_FOUND = 'unable to find the specified revision';

/** One revision as the history shows it: its pod template and the change cause. */
interface Revision {
  readonly template: PodTemplateSpec | undefined;
  readonly changeCause: string;
  /** What -o prints for it: the ReplicaSet, or the owner as it was at that revision. */
  readonly object: KubeObject;
}

/** HistoryViewerFor and GetHistory: revision number → revision, or kubectl's error for other kinds. */
function revisionsOf(inv: Invocation, target: Target): Map<number, Revision> | KubectlError {
  const { type, object } = target;
  const kind = workloadKind(type);
  if (!kind) {
    const name = groupKindString(type);
    if (!isVisitableKind(type)) return messageError(`error retrieving history for "${name}", no visitor method exists for ${groupKindStruct(type)}`);
    return messageError(`no history viewer has been implemented for "${name}"`);
  }
  const out = new Map<number, Revision>();
  if (kind === 'Deployment') {
    for (const [v, rs] of deploymentHistory(inv.cluster, object)) {
      out.set(v, { template: templateOf(rs), changeCause: rs.metadata.annotations?.[CHANGE_CAUSE_ANNOTATION] ?? '', object: rs });
    }
    return out;
  }
  for (const cr of controllerRevisions(inv.cluster, object) as ControllerRevisionObject[]) {
    const applied = applyRevision(object, cr);
    out.set(cr.revision, { template: templateOf(applied), changeCause: cr.metadata.annotations?.[CHANGE_CAUSE_ANNOTATION] ?? '', object: applied });
  }
  return out;
}

/** The template a revision shows: a Deployment's carries the change cause among its annotations. */
function shownTemplate(r: Revision, isDeployment: boolean): PodTemplateSpec | undefined {
  if (!isDeployment || !r.changeCause) return r.template;
  const t = clone(r.template ?? {});
  t.metadata = { ...(t.metadata ?? {}), annotations: { ...(t.metadata?.annotations ?? {}), [CHANGE_CAUSE_ANNOTATION]: r.changeCause } };
  return t;
}

/** ViewHistory: the table, one revision's template, or "No rollout history found.". */
function viewHistory(revisions: Map<number, Revision>, revision: number, isDeployment: boolean): string | KubectlError {
  if (revisions.size === 0) return NO_HISTORY;
  if (revision > 0) {
    const r = revisions.get(revision);
    return r ? printTemplate(shownTemplate(r, isDeployment)) : messageError(NOT_FOUND);
  }
  const w = newDescribeTabWriter();
  w.write('REVISION\tCHANGE-CAUSE\n');
  for (const v of [...revisions.keys()].sort((a, b) => a - b)) w.write(`${v}\t${revisions.get(v)?.changeCause || '<none>'}\n`);
  return w.flush();
}

function runHistory(inv: Invocation): KubectlError | undefined {
  const missing = requireResource(inv);
  if (missing) return missing;
  const revision = inv.flags.number('revision');
  if (revision < 0) return messageError(`revision must be a positive integer: ${revision}`);
  const targets = findTargets(inv, { allowEmptySelector: true });
  if (!isTargets(targets)) return targets;
  const printer = writePrinter(inv);
  if (isError(printer)) return printer;
  const errors = [...targets.errors];
  for (const target of targets.items) {
    const revisions = revisionsOf(inv, target);
    if (!(revisions instanceof Map)) {
      errors.push(revisions);
      continue;
    }
    if (printer) {
      if (revision > 0) {
        const r = revisions.get(revision);
        const failed = r ? printWritten(inv.out, printer, r.object, '', 'none') : messageError(NOT_FOUND);
        if (failed) errors.push(failed);
        continue;
      }
      for (const v of [...revisions.keys()].sort((a, b) => a - b)) {
        const failed = printWritten(inv.out, printer, (revisions.get(v) as Revision).object, '', 'none');
        if (failed) errors.push(failed);
      }
      continue;
    }
    const text = viewHistory(revisions, revision, workloadKind(target.type) === 'Deployment');
    if (typeof text !== 'string') {
      errors.push(text);
      continue;
    }
    const operation = `${revision > 0 ? `with revision #${revision}` : ''}\n${text}`;
    printWritten(inv.out, undefined, target.object, operation, 'none');
  }
  return aggregate(errors);
}

export const rolloutHistoryCommand: CommandSpec = {
  name: 'history',
  short: 'List the revisions of a rollout',
  long:
    'List the revisions a deployment, daemon set or stateful set has gone through.\n\n' +
    ' Each revision is one pod template the workload has run; CHANGE-CAUSE is the kubernetes.io/change-cause\n' +
    ' annotation recorded with it. Name a revision with --revision to see its pod template.',
  example:
    '  # The revisions of the web deployment\n  kubectl rollout history deployment/web\n  \n' +
    '  # The pod template of revision 2 of a daemon set\n  kubectl rollout history daemonset/agent --revision=2\n  \n' +
    '  # Revision 2 as a YAML object\n  kubectl rollout history deployment/web --revision=2 -o yaml',
  use: '(TYPE NAME | TYPE/NAME) [flags] [options]',
  flags: HISTORY_FLAGS,
  run: runHistory,
};
