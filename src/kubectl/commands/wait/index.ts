// `kubectl wait`: waits in virtual time until every named object has a status condition, a JSONPath
// value, has been deleted, or (--for=create) exists; prints `<kind>/<name> condition met` for each.
// One --timeout (default 30s) covers the whole command; 0 checks once without waiting.

import type { KubeObject } from '../../../sim/api/object';
import type { CommandSpec, Invocation } from '../../cli/command';
import { INTERRUPTED, aggregate, messageError, statusError, type KubectlError } from '../../cli/errors';
import type { FlagSpec } from '../../cli/flags';
import { isError, PRINT_FLAGS, printWritten, writePrinter } from '../create-shared';
import { findTargets, isTargets, type Target, type Targets } from '../rollout/shared';
import { checkObject, isWaitFor, parseWaitFor, type WaitFor } from './conditions';
import { followObject, listByName, WaitClock } from './follow';

const WAIT_FLAGS: readonly FlagSpec[] = [
  ...PRINT_FLAGS,
  { name: 'all', type: 'bool', usage: 'Wait for every object of the given types in the namespace.' },
  { name: 'all-namespaces', shorthand: 'A', type: 'bool', usage: 'Look in every namespace instead of the current one.' },
  { name: 'field-selector', type: 'string', usage: "Wait only for objects whose fields match, e.g. status.phase=Pending ('=', '==', '!=')." },
  { name: 'filename', shorthand: 'f', type: 'stringSlice', usage: 'Files or directories naming the objects to wait for.' },
  {
    name: 'for',
    type: 'string',
    usage:
      "What to wait for: create, delete, condition=NAME[=VALUE] (VALUE defaults to true) or jsonpath='{EXPRESSION}'[=VALUE]. Values are compared ignoring case.",
  },
  { name: 'local', type: 'bool', usage: 'Work on the files only, without asking the API server.' },
  { name: 'recursive', shorthand: 'R', type: 'bool', default: true, usage: 'With -f, also read the directories inside the given ones.' },
  { name: 'selector', shorthand: 'l', type: 'string', usage: "Wait only for objects whose labels match, e.g. -l app=web ('=', '==', '!=')." },
  { name: 'timeout', type: 'duration', default: 30_000, usage: 'Give up after this long (e.g. 60s, 5m); 0 checks once, a negative value waits a week.' },
];

const TIMED_OUT = 'timed out waiting for the condition';

/** `pods/web`: how wait's messages name an object (the resource without its group). */
const objectPath = (t: Target): string => `${t.type.plural}/${t.object.metadata.name ?? ''}`;

type Waited = { met: KubeObject } | KubectlError;

/** getObjAndCheckCondition: a condition or JSONPath wait on one object. */
function waitForCondition(inv: Invocation, target: Target, w: WaitFor, clock: WaitClock, timeout: number): Waited {
  const { type, object } = target;
  const name = object.metadata.name ?? '';
  if (timeout === 0) {
    const got = listByName(inv.cluster, type, object.metadata.namespace, name);
    if (!got.ok) return statusError(got.status);
    const met = checkObject(w, got.object);
    if (typeof met !== 'boolean') return messageError(met.error);
    return met ? { met: got.object } : messageError(`condition not met for ${objectPath(target)}`);
  }
  let result: Waited | undefined;
  const outcome = followObject(inv.cluster, type, object.metadata.namespace, name, clock, (e) => {
    // A deleted object is looked for again; the wait goes on.
    if (e.type === 'DELETED') return false;
    const met = checkObject(w, e.object);
    if (typeof met !== 'boolean') result = messageError(met.error);
    else if (met) result = { met: e.object };
    return result !== undefined;
  });
  if (result) return result;
  if (outcome === 'interrupted') return INTERRUPTED;
  if (typeof outcome === 'object') return statusError(outcome.refused);
  if (outcome === 'missing') {
    // Gone before the watch began: the watch's precondition reports it as NotFound.
    const got = listByName(inv.cluster, type, object.metadata.namespace, name);
    if (!got.ok) return statusError(got.status);
  }
  return messageError(`${TIMED_OUT} on ${objectPath(target)}`);
}

/** IsDeleted: done once the object is gone; what it printed is the object as last seen. */
function waitForDelete(inv: Invocation, target: Target, clock: WaitClock, timeout: number): Waited {
  const { type, object } = target;
  const name = object.metadata.name ?? '';
  const got = listByName(inv.cluster, type, object.metadata.namespace, name);
  if (!got.ok) return got.status.reason === 'NotFound' ? { met: object } : statusError(got.status);
  if (timeout === 0) return messageError(`condition not met for ${objectPath(target)}`);
  const outcome = followObject(inv.cluster, type, object.metadata.namespace, name, clock, (e) => e.type === 'DELETED');
  if (outcome === 'interrupted') return INTERRUPTED;
  if (typeof outcome === 'object') return statusError(outcome.refused);
  if (outcome === 'timeout') return messageError(`${TIMED_OUT} on ${objectPath(target)}`);
  return { met: got.object };
}

/** Only NotFound errors: the objects may still appear. */
const onlyNotFound = (errors: readonly KubectlError[]): boolean => errors.every((e) => e.kind === 'status' && e.status.reason === 'NotFound');

/** --for=create: looks again after every step until every named object exists (or some object matches). */
function waitForCreate(clock: WaitClock, find: () => Targets | KubectlError): Targets | KubectlError {
  for (;;) {
    const found = find();
    if (!isTargets(found)) return found;
    if (found.errors.length > 0 && !onlyNotFound(found.errors)) return aggregate(found.errors) as KubectlError;
    if (found.errors.length === 0 && found.items.length > 0) return found;
    if (!clock.step()) return messageError(TIMED_OUT);
  }
}

function runWait(inv: Invocation): KubectlError | undefined {
  const f = inv.flags;
  const printer = writePrinter(inv);
  if (isError(printer)) return printer;
  const w = parseWaitFor(f.string('for'));
  if (!isWaitFor(w)) return w;
  if (f.bool('local')) {
    if (inv.args.length > 0) return messageError('error: you must specify resources by --filename when --local is set.');
    return messageError('wait --local is not available in this simulator');
  }
  // A negative --timeout means a week to kubectl: as good as forever here.
  const timeout = f.number('timeout') < 0 ? Infinity : f.number('timeout');
  const clock = new WaitClock(inv.ctx, timeout);
  const find = () =>
    findTargets(inv, { allowEmptySelector: f.bool('all'), allNamespaces: f.bool('all-namespaces'), fieldSelector: f.string('field-selector') });

  const targets = w.kind === 'create' ? waitForCreate(clock, find) : find();
  if (!isTargets(targets)) return targets;
  const errors = w.kind === 'delete' ? targets.errors.filter((e) => !(e.kind === 'status' && e.status.reason === 'NotFound')) : [...targets.errors];
  for (const target of targets.items) {
    let waited: Waited;
    if (w.kind === 'create') waited = { met: target.object };
    else if (w.kind === 'delete') waited = waitForDelete(inv, target, clock, timeout);
    else waited = waitForCondition(inv, target, w, clock, timeout);
    if (!('met' in waited)) {
      errors.push(waited);
      continue;
    }
    const failed = printWritten(inv.out, printer, waited.met, 'condition met', 'none');
    if (failed) errors.push(failed);
  }
  if (errors.length > 0) return aggregate(errors);
  if (targets.items.length === 0 && w.kind !== 'delete') return messageError('no matching resources found');
  return undefined;
}

export const waitCommand: CommandSpec = {
  name: 'wait',
  short: 'Wait until resources reach a condition',
  long:
    'Wait until one or more resources reach a condition.\n\n' +
    ' The condition is a status condition (condition=Ready), a value found with a JSONPath expression\n' +
    ' (jsonpath=\'{.status.phase}\'=Running), the resource being deleted (delete) or created (create).\n' +
    ' A line "<kind>/<name> condition met" is printed for each resource as it gets there; the command\n' +
    ' fails when --timeout passes first.',
  example:
    '  # Wait until the pod web is Ready\n  kubectl wait --for=condition=Ready pod/web\n  \n' +
    '  # Wait until a deployment is no longer Available\n  kubectl wait --for=condition=Available=false deployment/web\n  \n' +
    "  # Wait until the pod's phase is Running\n  kubectl wait --for=jsonpath='{.status.phase}'=Running pod/web\n  \n" +
    '  # Wait until every pod labelled app=web is gone, for at most a minute\n  kubectl wait --for=delete pod -l app=web --timeout=60s\n  \n' +
    '  # Wait until a secret exists\n  kubectl wait --for=create secret/token --timeout=30s',
  use: "([-f FILENAME] | resource.group/resource.name | resource.group [(-l label | --all)]) [--for=create|--for=delete|--for condition=available|--for=jsonpath='{}'[=value]] [options]",
  flags: WAIT_FLAGS,
  run: runWait,
};
