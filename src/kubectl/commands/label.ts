// `kubectl label`: add (`key=value`), change (with --overwrite) or remove (`key-`) labels, or list
// them (--list). The change goes to the server as a JSON merge patch of metadata.labels; the line
// printed is v1.35's: labeled, unlabeled (the object got shorter) or not labeled.

import type { KubeObject } from '../../sim/api/object';
import { labelValueErrors } from '../../sim/api/labels';
import type { CommandSpec, Invocation } from '../cli/command';
import { aggregate, messageError, statusError, type KubectlError } from '../cli/errors';
import { toCompactJson } from '../printers';
import { utf8Length } from '../util/utf8';
import { dryRunOf, isError, printWarnings, writePrinter, type DryRun } from './create-shared';
import {
  beforeChange, changedPairs, checkMetadataFlags, findMetadataTargets, listPairs, metadataFlags, sendMetadataPatch, splitResourcesAndPairs, type PairChanges,
} from './metadata-pairs';
import { recordInPlace } from './record';
import type { Target } from './targets';
import { WrittenPrinter } from './written-printer';

/** parseLabels. */
function parseLabels(specs: readonly string[]): PairChanges | KubectlError {
  const set = new Map<string, string>();
  const remove: string[] = [];
  for (const spec of specs) {
    if (spec.includes('=')) {
      const parts = spec.split('=');
      if (parts.length !== 2) return messageError(`invalid label spec: ${spec}`);
      const [key = '', value = ''] = parts;
      const errs = labelValueErrors(value);
      if (errs.length > 0) return messageError(`invalid label value: "${spec}": ${errs.join(';')}`);
      set.set(key, value);
    } else if (spec.endsWith('-')) remove.push(spec.slice(0, -1));
    else return messageError(`unknown label spec: ${spec}`);
  }
  if (remove.some((k) => set.has(k))) return messageError('can not both modify and remove a label in the same command');
  return { set, remove };
}

/** labelFunc: the labels after the changes (a map even when the object had none), or the --overwrite error. */
function relabel(obj: KubeObject, changes: PairChanges, overwrite: boolean): { labels: Record<string, string> } | KubectlError {
  const current = obj.metadata.labels ?? {};
  if (!overwrite) {
    // kubectl collects these from a Go map, in no fixed order; sorted here.
    const clashes = [...changes.set.keys()]
      .sort()
      .filter((k) => k in current && current[k] !== changes.set.get(k))
      .map((k) => messageError(`'${k}' already has a value (${current[k]}), and --overwrite is false`));
    if (clashes.length === 1) return clashes[0] as KubectlError;
    if (clashes.length > 1) return { kind: 'aggregate', errors: clashes };
  }
  // Wrapped, so that a label named "kind" is never taken for an error value.
  return { labels: changedPairs(current, changes) };
}

/**
 * updateDataChangeMsg as of v1.35: the object's JSON before and after decides — unchanged is "not
 * labeled", shorter (without --overwrite) "unlabeled", anything else "labeled".
 */
function changeMessage(before: KubeObject, after: KubeObject, overwrite: boolean): string {
  const a = toCompactJson(before);
  const b = toCompactJson(after);
  if (a === b) return 'not labeled';
  return !overwrite && utf8Length(b) < utf8Length(a) ? 'unlabeled' : 'labeled';
}

interface LabelRun {
  readonly inv: Invocation;
  readonly changes: PairChanges;
  readonly dryRun: DryRun;
  readonly local: boolean;
  readonly list: boolean;
  readonly resourceVersion: string;
  readonly single: boolean;
  readonly printer: WrittenPrinter;
}

function labelOne(run: LabelRun, target: Target): KubectlError | undefined {
  const { inv, changes } = run;
  const obj = beforeChange(target.object, run.resourceVersion);
  const offline = run.dryRun === 'client' || run.local || run.list;
  if (!offline) {
    for (const k of changes.remove) if (!(k in (obj.metadata.labels ?? {}))) inv.out.out(`label "${k}" not found.\n`);
  }
  const overwrite = inv.flags.bool('overwrite');
  const relabelled = relabel(obj, changes, overwrite);
  if (isError(relabelled)) return relabelled;
  const updated: KubeObject = { ...obj, metadata: { ...obj.metadata, labels: relabelled.labels } };
  if (run.resourceVersion !== '') updated.metadata.resourceVersion = run.resourceVersion;
  // --record only when the change goes to the server, after the labels (so it counts as a change).
  if (!offline) recordInPlace(inv, updated);
  if (!offline) {
    const res = sendMetadataPatch(inv, target, obj, updated, run.dryRun === 'server');
    if (!res.ok) return statusError(res.status);
    printWarnings(inv.out, res.warnings);
  }
  if (run.list) {
    inv.out.out(listPairs(updated, updated.metadata.labels, run.single ? undefined : 'labels'));
    return undefined;
  }
  // kubectl prints the object it changed locally, not the server's answer.
  return run.printer.print(updated, changeMessage(obj, updated, overwrite));
}

function runLabel(inv: Invocation): KubectlError | undefined {
  const dryRun = dryRunOf(inv);
  if (isError(dryRun)) return dryRun;
  const split = splitResourcesAndPairs(inv.args, 'label');
  if (isError(split)) return split;
  const changes = parseLabels(split.pairs);
  if (isError(changes)) return changes;
  const checked = checkMetadataFlags(inv, split.resources, dryRun, 'pod');
  if (isError(checked)) return checked;
  const { list, local } = checked;
  if (changes.set.size === 0 && changes.remove.length === 0 && !list) return messageError('at least one label update is required');
  const found = findMetadataTargets(inv, split.resources, local);
  if (isError(found)) return found;
  const { targets, resourceVersion } = found;
  const run: LabelRun = { inv, changes, dryRun, local, list, resourceVersion, single: targets.singleItemImplied, printer: new WrittenPrinter(inv.out, writePrinter(inv), dryRun) };
  const errors: KubectlError[] = [];
  for (const entry of targets.entries) {
    const err = entry.ok ? labelOne(run, entry.target) : entry.error;
    if (err) errors.push(err);
  }
  return aggregate(errors);
}

export const labelCommand: CommandSpec = {
  name: 'label',
  short: 'Add, change or remove labels',
  long:
    'Set, change or remove the labels of objects.\n\n' +
    '  *  Keys and values start and end with a letter or digit and may hold letters, digits, dashes, dots and underscores, 63 characters at most.\n' +
    '  *  A key may carry a DNS subdomain prefix and one slash, as in example.com/tier.\n' +
    '  *  Changing a label that already has another value needs --overwrite; removing one (key-) does not.\n' +
    '  *  With --resource-version the change only happens if the object is still at that version.',
  example:
    '  # Give the pod web the label tier=frontend\n  kubectl label pods web tier=frontend\n  \n' +
    '  # Change an existing label\n  kubectl label --overwrite pods web tier=backend\n  \n' +
    '  # Label every pod of the namespace\n  kubectl label pods --all reviewed=yes\n  \n' +
    '  # Label the pods whose app label is nginx\n  kubectl label pods -l app=nginx tier=frontend\n  \n' +
    '  # Label a node, so pods can select it with a nodeSelector\n  kubectl label node node01 disktype=ssd\n  \n' +
    '  # Remove the label tier (no --overwrite needed)\n  kubectl label pods web tier-\n  \n' +
    '  # Show the labels of a pod\n  kubectl label pods web --list',
  use: '[--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [--resource-version=version] [options]',
  flags: metadataFlags('kubectl-label', 'labels'),
  run: runLabel,
};
