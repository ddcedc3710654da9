// `kubectl delete`: the option checks of upstream's Complete and Validate (in that order), then
// one DELETE per target, printing `<kind> "<name>" deleted from <ns> namespace` as each succeeds,
// and finally — unless --wait=false — waiting in virtual time until every deleted object is gone
// (a pod's grace period, finalizers, the garbage collector's foreground work).

import type { KubeObject } from '../../sim/api/object';
import type { CommandSpec, Invocation } from '../cli/command';
import { aggregate, messageError, statusError, type KubectlError } from '../cli/errors';
import type { FlagSpec } from '../cli/flags';
import { serverWarnings } from '../resources/warnings';
import { parseGoBool } from '../util/go-strconv';
import { withSource } from './create-files';
import { DRY_RUN_FLAG, dryRunOf, isError, type DryRun } from './create-shared';
import { deleteTargets, type DeleteTarget, type TargetItem } from './delete-targets';
import { confirmDeletion, deletedLine, isNotFoundError, methodNotAllowed } from './delete-print';
import { pollUntil, watchInterval } from './virtual-poll';
import { requestRefused, serverSide } from '../auth/authorizing-cluster';

type Propagation = 'Background' | 'Foreground' | 'Orphan';

const DELETE_FLAGS: readonly FlagSpec[] = [
  { name: 'all', type: 'bool', usage: 'Delete every object of the given types in the namespace.' },
  { name: 'all-namespaces', shorthand: 'A', type: 'bool', usage: 'Look for the objects in every namespace, not only the current one.' },
  { name: 'cascade', type: 'string', default: 'background', noOptDefVal: 'background', usage: 'What happens to the objects this one owns: "background" (deleted afterwards), "foreground" (deleted first) or "orphan" (kept).' },
  DRY_RUN_FLAG,
  { name: 'field-selector', type: 'string', usage: "Delete only objects whose fields match, e.g. status.phase=Failed ('=', '==', '!=')." },
  { name: 'filename', shorthand: 'f', type: 'stringSlice', usage: 'Files, directories or - (stdin) naming the objects to delete.' },
  { name: 'force', type: 'bool', usage: 'Remove the objects from the API at once, without waiting for them to shut down (with --grace-period=0).' },
  { name: 'grace-period', type: 'int', default: -1, usage: 'Seconds a pod gets to shut down; negative keeps its own setting, 1 means right away, 0 needs --force.' },
  { name: 'ignore-not-found', type: 'bool', usage: 'Say nothing about objects that do not exist (the default with --all, -l and --field-selector).' },
  { name: 'interactive', shorthand: 'i', type: 'bool', usage: 'List what would be deleted and ask before deleting it.' },
  { name: 'kustomize', shorthand: 'k', type: 'string', usage: 'A kustomization directory naming the objects to delete.' },
  { name: 'now', type: 'bool', usage: 'Tell pods to stop right away (the same as --grace-period=1).' },
  { name: 'output', shorthand: 'o', type: 'string', usage: 'Use "name" to print only kind/name for each deleted object.' },
  { name: 'raw', type: 'string', usage: 'Send the DELETE to this raw API path instead.' },
  { name: 'recursive', shorthand: 'R', type: 'bool', usage: 'With -f, also read the directories inside the given ones.' },
  { name: 'selector', shorthand: 'l', type: 'string', usage: "Delete only objects whose labels match, e.g. app=web,tier!=db ('=', '==', '!=', 'in', 'notin')." },
  { name: 'timeout', type: 'duration', usage: 'How long to wait for the objects to be gone; 0 waits as long as it takes.' },
  { name: 'wait', type: 'bool', default: true, usage: 'Wait until the deleted objects are really gone (grace periods, finalizers) before returning.' },
];

/** With --timeout=0 kubectl waits "forever", which it spells as one week. */
const WAIT_FOREVER_MS = 168 * 3_600_000;

/** parseCascadingFlag: the strategy, with a notice for the old boolean spellings. */
function cascadeOf(inv: Invocation): Propagation | KubectlError {
  const v = inv.flags.string('cascade');
  const asBool = parseGoBool(v);
  if (asBool.ok) {
    const instead = asBool.value ? 'background' : 'orphan';
    inv.out.err(`warning: --cascade=${v} is deprecated (boolean value) and can be replaced with --cascade=${instead}.\n`);
    return asBool.value ? 'Background' : 'Orphan';
  }
  if (v === 'orphan') return 'Orphan';
  if (v === 'foreground') return 'Foreground';
  if (v === 'background') return 'Background';
  return messageError(`invalid cascade value (${v}). Must be "background", "foreground", or "orphan"`);
}

interface DeleteRun {
  readonly inv: Invocation;
  readonly grace: number;
  readonly dryRun: DryRun;
  readonly propagation: Propagation;
  readonly output: string;
  readonly ignoreNotFound: boolean;
}

/** One DELETE request; the response object (for its uid) or the error. */
function deleteOne(run: DeleteRun, t: DeleteTarget): KubeObject | KubectlError {
  if (!t.type.verbs.includes('delete')) return methodNotAllowed();
  for (const w of serverWarnings(t.type)) run.inv.out.warning(w);
  const res = run.inv.cluster.api.delete(t.type, t.namespace, t.name, {
    ...(run.grace >= 0 ? { gracePeriodSeconds: run.grace } : {}),
    propagationPolicy: run.propagation,
    dryRun: run.dryRun === 'server',
  });
  if (!res.ok) return t.source === '' ? statusError(res.status) : withSource(statusError(res.status), 'deleting', t.source);
  return res.object;
}

/** DeleteResult: delete every target, then wait for them to go. */
function deleteAll(run: DeleteRun, items: readonly TargetItem[]): KubectlError | undefined {
  const { inv } = run;
  const errors: KubectlError[] = [];
  const deleted: { target: DeleteTarget; uid: string | undefined }[] = [];
  let warnClusterScope = inv.explicitNamespace && !inv.flags.bool('all-namespaces');
  let found = 0;
  for (const item of items) {
    if (!item.ok) {
      errors.push(item.error);
      continue;
    }
    const t = item.target;
    found++;
    if (warnClusterScope && !t.type.namespaced) {
      // Printed by kubectl's own warning printer, so --warnings-as-errors does not count it.
      inv.out.err('Warning: deleting cluster-scoped resources, not scoped to the provided namespace\n');
      warnClusterScope = false;
    }
    if (run.dryRun === 'client') {
      inv.out.out(deletedLine(t, run.grace, run.dryRun, run.output));
      continue;
    }
    const res = deleteOne(run, t);
    if (isError(res)) {
      errors.push(res);
      continue;
    }
    inv.out.out(deletedLine(t, run.grace, run.dryRun, run.output));
    deleted.push({ target: t, uid: res.metadata.uid });
  }
  const failed = errors.filter((e) => !(run.ignoreNotFound && isNotFoundError(e)));
  if (failed.length > 0) return aggregate(failed);
  if (found === 0) {
    inv.out.out('No resources found\n');
    return undefined;
  }
  if (!inv.flags.bool('wait') || run.dryRun !== 'none') return undefined;
  return waitUntilGone(inv, deleted);
}

/**
 * cmdwait.IsDeleted for each object in turn, under one overall timeout: a list of the name, then a
 * watch while it is still there. A user not allowed to list or watch it is not waited for (delete
 * ignores a Forbidden wait).
 */
function waitUntilGone(inv: Invocation, deleted: readonly { target: DeleteTarget; uid: string | undefined }[]): KubectlError | undefined {
  const timeoutMs = inv.flags.number('timeout') || WAIT_FOREVER_MS;
  const start = inv.cluster.now();
  const api = serverSide(inv.cluster).api;
  for (const { target: t, uid } of deleted) {
    const gone = (): boolean => {
      const res = api.get(t.type, t.namespace, t.name);
      if (!res.ok) return res.status.reason === 'NotFound';
      // Something of the same name came back (a StatefulSet pod, a static pod): the old one is gone.
      return uid !== undefined && res.object.metadata.uid !== uid;
    };
    if (requestRefused(inv.cluster, 'list', t.type, t.namespace, t.name)) return undefined;
    if (!gone() && requestRefused(inv.cluster, 'watch', t.type, t.namespace, t.name)) return undefined;
    const left = timeoutMs - (inv.cluster.now() - start);
    if (!pollUntil(inv, { timeoutMs: Math.max(0, left), intervalMs: watchInterval }, gone)) {
      return messageError(`timed out waiting for the condition on ${t.type.plural}/${t.name}`);
    }
  }
  return undefined;
}

function runDelete(inv: Invocation): KubectlError | undefined {
  const f = inv.flags;
  const propagation = cascadeOf(inv);
  if (isError(propagation)) return propagation;

  // Complete
  const all = f.bool('all');
  const labelSelector = f.string('selector');
  const fieldSelector = f.string('field-selector');
  let ignoreNotFound = f.bool('ignore-not-found');
  if ((all || labelSelector !== '' || fieldSelector !== '') && !f.changed('ignore-not-found')) ignoreNotFound = true;
  let grace = f.number('grace-period');
  const force = f.bool('force');
  if (f.bool('now')) {
    if (grace !== -1) return messageError('--now and --grace-period cannot be specified together');
    grace = 1;
  }
  // --grace-period=0 without --force means "as soon as possible", not "skip graceful deletion".
  if (grace === 0 && !force) grace = 1;
  if (force && grace < 0) grace = 0;
  const dryRun = dryRunOf(inv);
  if (isError(dryRun)) return dryRun;
  const raw = f.string('raw') !== '';
  let items: TargetItem[] = [];
  if (!raw) {
    if (f.string('kustomize') !== '') return messageError('-k (kustomize) is not available in this simulator yet');
    const trimmedLabels = labelSelector.trim();
    const trimmedFields = fieldSelector.trim();
    // The builder's SelectAllParam refuses --all next to a (non-blank) selector, trailing space included.
    if (all && (trimmedLabels !== '' || trimmedFields !== '')) return messageError("setting 'all' parameter but found a non empty selector. ");
    const targets = deleteTargets(inv, {
      labelSelector: all ? '' : trimmedLabels !== '' ? trimmedLabels : undefined,
      fieldSelector: trimmedFields !== '' ? trimmedFields : undefined,
      allNamespaces: f.bool('all-namespaces'),
      ignoreNotFound,
    });
    if (isError(targets)) return targets;
    items = targets;
  }

  // Validate
  const output = f.string('output');
  if (output !== '' && output !== 'name') return messageError(`unexpected -o output mode: ${output}. We only support '-o name'`);
  // Reached with --raw or a blank selector: the builder refused the others already.
  if (all && labelSelector !== '') return messageError('cannot set --all and --selector at the same time');
  if (all && fieldSelector !== '') return messageError('cannot set --all and --field-selector at the same time');
  if (grace === 0 && force) {
    inv.out.err('Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n');
  } else if (grace > 0 && force) {
    return messageError('--force and --grace-period greater than 0 cannot be specified together');
  }
  if (raw) return messageError('--raw is not available in this simulator yet');

  // Run
  const run: DeleteRun = { inv, grace, dryRun, propagation, output, ignoreNotFound };
  if (f.bool('interactive')) {
    const answer = confirmDeletion(inv, items, ignoreNotFound);
    if (answer !== 'yes') return answer === 'no' ? undefined : answer;
  }
  return deleteAll(run, items);
}

export const deleteCommand: CommandSpec = {
  name: 'delete',
  short: 'Remove resources by name, file, label selector or type',
  long:
    'Delete resources named by files (or stdin), by type and name, or by type and label selector.\n\n' +
    ' Name the objects one way only: files, types with names, or types with a selector (or --all).\n\n' +
    ' Pods and a few other kinds shut down gracefully: they get a grace period (their own, or --grace-period;\n' +
    ' --now means one second) before they are stopped, and kubectl waits until they are really gone unless\n' +
    ' --wait=false. A pod on a node that is down or cut off can stay Terminating much longer than that.\n\n' +
    ' --force --grace-period=0 removes a pod from the API at once without waiting for its containers to stop:\n' +
    ' they may keep running on the node for a while, and a replacement with the same identity may start\n' +
    ' next to them. Use it only when you know the pod is gone, or when two copies cannot hurt.\n\n' +
    ' Deletion does not check resource versions: a change someone makes at the same moment is lost with the object.',
  example:
    '  # Delete the objects described in a manifest\n  kubectl delete -f ./web.yaml\n  \n' +
    '  # Delete what a manifest piped on stdin describes\n  cat web.yaml | kubectl delete -f -\n  \n' +
    '  # Delete a pod and a service by name\n  kubectl delete pod/web service/web\n  \n' +
    '  # Delete the pods and services labelled app=web\n  kubectl delete pods,services -l app=web\n  \n' +
    '  # Delete a pod without waiting out its grace period\n  kubectl delete pod web --now\n  \n' +
    '  # Remove a pod stuck on a dead node from the API at once\n  kubectl delete pod web --grace-period=0 --force\n  \n' +
    '  # Delete every pod of the namespace, after confirming\n  kubectl delete pods --all --interactive',
  use: '([-f FILENAME] | [-k DIRECTORY] | TYPE [(NAME | -l label | --all)]) [options]',
  flags: DELETE_FLAGS,
  suggestFor: ['rm'],
  run: runDelete,
};
