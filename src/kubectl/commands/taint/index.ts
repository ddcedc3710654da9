// `kubectl taint nodes NAME… KEY[=VALUE]:EFFECT[-]…`: adds, changes or removes taints on the named
// nodes (or those of -l, or --all) and reports "node/x tainted|untainted|modified". A node that
// fails (taint already there without --overwrite, removal of a taint it lacks, not found) does not
// stop the others; the failures are printed together at the end, as the builder's
// ContinueOnError does.

import type { Node, Taint } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../../sim/api/object';
import { typeForKey, type ResourceType } from '../../../sim/api/registry';
import type { CommandSpec, Invocation } from '../../cli/command';
import { aggregate, messageError, statusError, usageError, type KubectlError } from '../../cli/errors';
import type { FlagSpec } from '../../cli/flags';
import { resolveResource } from '../../resources/resolve';
import { DRY_RUN_FLAG, dryRunOf, FIELD_MANAGER_FLAG, fieldValidationOf, PRINT_FLAGS, printWritten, VALIDATE_FLAG, writePrinter } from '../create-shared';
import { isError } from '../pod-target';
import { alreadyThere, conflicts, isTaintArg, parseTaints, reorganize, type TaintChanges } from './parse';
import { patching } from '../../auth/authorizing-cluster';

const FLAGS: readonly FlagSpec[] = [
  { name: 'all', type: 'bool', usage: 'Change every node of the cluster.' },
  DRY_RUN_FLAG,
  FIELD_MANAGER_FLAG('kubectl-taint'),
  { name: 'overwrite', type: 'bool', usage: 'Allow replacing a taint that has the same key and effect.' },
  ...PRINT_FLAGS,
  { name: 'selector', shorthand: 'l', type: 'string', usage: "Change the nodes with these labels, e.g. -l disk=ssd ('=', '==', '!=', 'in', 'notin')." },
  VALIDATE_FLAG,
];

type NodeObject = Node & KubeObject;

interface Parsed {
  readonly resources: string[];
  readonly changes: TaintChanges;
}

/** TaintOptions.Complete up to the builder. */
function complete(inv: Invocation): Parsed | KubectlError {
  const dryRun = dryRunOf(inv);
  if (typeof dryRun !== 'string') return dryRun;
  const validation = fieldValidationOf(inv);
  if (typeof validation !== 'string') return validation;
  const resources: string[] = [];
  const taintArgs: string[] = [];
  for (const arg of inv.args) {
    if (isTaintArg(arg)) taintArgs.push(arg);
    else if (taintArgs.length === 0) resources.push(arg);
    else return messageError(`all resources must be specified before taint changes: ${arg}`);
  }
  if (resources.length < 1) return messageError('one or more resources must be specified as <resource> <name>');
  if (taintArgs.length < 1) return messageError('at least one taint update is required');
  const changes = parseTaints(taintArgs);
  if (typeof changes === 'string') return usageError(inv.commandPath, changes);
  return { resources, changes };
}

/** TaintOptions.Validate. */
function validate(inv: Invocation, p: Parsed): KubectlError | undefined {
  const typeArg = (p.resources[0] as string).toLowerCase();
  const resolved = resolveResource(typeArg, inv.cluster.api.types.all());
  if (!resolved.ok) return resolved.error;
  if (resolved.type.kind !== 'Node' || resolved.type.group !== '') return messageError(`invalid resource type ${typeArg}, only node types are supported`);
  const conflict = conflicts(p.changes);
  if (conflict) return messageError(conflict);
  const all = inv.flags.bool('all');
  const selector = inv.flags.string('selector');
  if (all && selector !== '') return messageError("setting 'all' parameter with a non empty selector is prohibited");
  if (!all && selector === '' && p.resources.length < 2) return messageError("at least one resource name must be specified since 'all' parameter is not set");
  return undefined;
}

/** The builder: the named nodes (each NotFound an error of its own), or those of -l / --all. */
function visitNodes(inv: Invocation, p: Parsed): { nodes: NodeObject[]; errors: KubectlError[] } {
  const type = typeForKey('nodes') as ResourceType;
  const selector = inv.flags.string('selector');
  if (inv.flags.bool('all') || selector !== '') {
    const res = inv.cluster.api.list(type, selector !== '' ? { labelSelector: selector } : {});
    return res.ok ? { nodes: res.object as NodeObject[], errors: [] } : { nodes: [], errors: [statusError(res.status)] };
  }
  const nodes: NodeObject[] = [];
  const errors: KubectlError[] = [];
  for (const name of p.resources.slice(1)) {
    const res = inv.cluster.api.get(type, undefined, name);
    if (res.ok) nodes.push(res.object as NodeObject);
    else errors.push(statusError(res.status));
  }
  return { nodes, errors };
}

function runTaint(inv: Invocation): KubectlError | undefined {
  const p = complete(inv);
  if (isError(p)) return p;
  const invalid = validate(inv, p);
  if (invalid) return invalid;
  const printer = writePrinter(inv);
  if (isError(printer)) return printer;
  const dryRun = dryRunOf(inv) as 'none' | 'client' | 'server';
  const validation = fieldValidationOf(inv) as 'Strict' | 'Warn' | 'Ignore';
  const overwrite = inv.flags.bool('overwrite');
  const { nodes, errors } = visitNodes(inv, p);
  for (const node of nodes) {
    const name = node.metadata.name ?? '';
    const existing: Taint[] = node.spec?.taints ?? [];
    const dup = overwrite ? '' : alreadyThere(existing, p.changes.add);
    if (dup !== '') {
      errors.push(messageError(`node ${name} already has ${dup} taint(s) with same effect(s) and --overwrite is false`));
      continue;
    }
    const { operation, taints, errors: removal } = reorganize(existing, overwrite, p.changes);
    if (removal.length > 0) {
      errors.push(...removal.map(messageError));
      continue;
    }
    const spec: Record<string, unknown> = { ...(node.spec ?? {}) };
    if (taints.length > 0) spec['taints'] = taints;
    else delete spec['taints'];
    const changed: NodeObject = { ...node, spec };
    let written: KubeObject = changed;
    if (dryRun !== 'client') {
      const res = patching(inv.cluster.api).update(changed, { fieldValidation: validation, ...(dryRun === 'server' ? { dryRun: true } : {}) });
      if (!res.ok) {
        errors.push(statusError(res.status));
        continue;
      }
      written = res.object;
    }
    const printed = printWritten(inv.out, printer, written, operation, dryRun);
    if (printed) errors.push(printed);
  }
  return aggregate(errors);
}

export const taintCommand: CommandSpec = {
  name: 'taint',
  short: 'Add or remove taints on nodes',
  long:
    'Add, change or remove the taints of one or more nodes.\n\n' +
    ' A taint keeps away the pods that do not tolerate it. Write it as key=value:effect (the value may be left\n' +
    ' out): the key is a name of letters, digits, dashes, dots and underscores (at most 253 characters, with an\n' +
    ' optional DNS prefix such as example.com/), the value follows the rules of a label value (at most 63\n' +
    ' characters), and the effect is NoSchedule, PreferNoSchedule or NoExecute. A trailing dash removes:\n' +
    ' key:effect- one taint, key- every taint with that key. Only nodes can be tainted.',
  example:
    '  # Keep pods that do not tolerate dedicated=gpu off node01\n  kubectl taint nodes node01 dedicated=gpu:NoSchedule\n  \n' +
    '  # Remove that taint again\n  kubectl taint nodes node01 dedicated=gpu:NoSchedule-\n  \n' +
    '  # Remove every taint with the key dedicated\n  kubectl taint nodes node01 dedicated-\n  \n' +
    '  # Let the control plane run ordinary pods\n  kubectl taint nodes controlplane node-role.kubernetes.io/control-plane:NoSchedule-\n  \n' +
    '  # Taint the nodes labelled disk=hdd, a taint without a value\n  kubectl taint nodes -l disk=hdd slow:PreferNoSchedule',
  use: 'NODE NAME KEY_1=VAL_1:TAINT_EFFECT_1 ... KEY_N=VAL_N:TAINT_EFFECT_N [options]',
  flags: FLAGS,
  run: runTaint,
};
