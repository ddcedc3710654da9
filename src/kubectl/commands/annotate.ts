// `kubectl annotate`: set (`key=value`, --overwrite to change a value) or remove (`key-`)
// annotations, or list them (--list). Unlike label, the patch is always sent and the printed object
// is the server's answer; the line always says "annotated".

import type { KubeObject } from '../../sim/api/object';
import type { CommandSpec, Invocation } from '../cli/command';
import { aggregate, messageError, statusError, type KubectlError } from '../cli/errors';
import { dryRunOf, isError, printWarnings, writePrinter, type DryRun } from './create-shared';
import {
  beforeChange, changedPairs, checkMetadataFlags, findMetadataTargets, listPairs, metadataFlags, sendMetadataPatch, splitResourcesAndPairs, type PairChanges,
} from './metadata-pairs';
import { recorded } from './record';
import type { Target } from './targets';
import { WrittenPrinter } from './written-printer';

/** Deployments record the command that caused a change here; --overwrite never guards it. */
const CHANGE_CAUSE = 'kubernetes.io/change-cause';

/** cmdutil.ParsePairs(…, "annotation", true) and validateAnnotations. */
function parseAnnotations(pairs: readonly string[]): PairChanges | KubectlError {
  const set = new Map<string, string>();
  const remove: string[] = [];
  const invalid: string[] = [];
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq > 0) set.set(pair.slice(0, eq), pair.slice(eq + 1));
    else if (pair.endsWith('-') && pair !== '-') remove.push(pair.slice(0, -1));
    else invalid.push(pair);
  }
  if (invalid.length > 0) return messageError(`invalid annotation format: ${invalid.join(', ')}`);
  return { set, remove };
}

function conflictsError(changes: PairChanges): KubectlError | undefined {
  const both = changes.remove.filter((k) => changes.set.has(k));
  return both.length > 0 ? messageError(`can not both modify and remove the following annotation(s) in the same command: ${both.join(', ')}`) : undefined;
}

/** updateAnnotations: the object with the changes, or the --overwrite error. */
function annotate(obj: KubeObject, changes: PairChanges, overwrite: boolean, resourceVersion: string): KubeObject | KubectlError {
  const current = obj.metadata.annotations ?? {};
  if (!overwrite) {
    const clashes = [...changes.set.keys()]
      .sort()
      .filter((k) => k !== CHANGE_CAUSE && k in current && current[k] !== changes.set.get(k))
      .map((k) => `'${k}' already has a value (${current[k]})`);
    if (clashes.length > 0) return messageError(`--overwrite is false but found the following declared annotation(s): ${clashes.join('; ')}`);
  }
  const updated: KubeObject = { ...obj, metadata: { ...obj.metadata, annotations: changedPairs(current, changes) } };
  if (resourceVersion !== '') updated.metadata.resourceVersion = resourceVersion;
  return updated;
}

interface AnnotateRun {
  readonly inv: Invocation;
  readonly changes: PairChanges;
  readonly dryRun: DryRun;
  readonly offline: boolean;
  readonly list: boolean;
  readonly resourceVersion: string;
  readonly single: boolean;
  readonly printer: WrittenPrinter;
}

function annotateOne(run: AnnotateRun, target: Target): KubectlError | undefined {
  const { inv } = run;
  const before = run.offline ? target.object : beforeChange(target.object, run.resourceVersion);
  // --record (server changes only) goes in first, so an explicit change-cause pair wins over it.
  const updated = annotate(run.offline ? before : recorded(inv, before), run.changes, inv.flags.bool('overwrite'), run.resourceVersion);
  if (isError(updated)) return updated;
  let shown = updated;
  if (!run.offline) {
    const res = sendMetadataPatch(inv, target, before, updated, run.dryRun === 'server');
    if (!res.ok) return statusError(res.status);
    printWarnings(inv.out, res.warnings);
    shown = res.object;
  }
  if (run.list) {
    inv.out.out(listPairs(shown, shown.metadata.annotations, run.single ? undefined : 'annotations'));
    return undefined;
  }
  return run.printer.print(shown, 'annotated');
}

function runAnnotate(inv: Invocation): KubectlError | undefined {
  const dryRun = dryRunOf(inv);
  if (isError(dryRun)) return dryRun;
  const printer = writePrinter(inv);
  if (isError(printer)) return printer;
  const split = splitResourcesAndPairs(inv.args, 'annotation');
  if (isError(split)) return split;
  const changes = parseAnnotations(split.pairs);
  if (isError(changes)) return changes;
  const checked = checkMetadataFlags(inv, split.resources, dryRun, 'rsrc');
  if (isError(checked)) return checked;
  const { list, local } = checked;
  if (changes.set.size === 0 && changes.remove.length === 0 && !list) return messageError('at least one annotation update is required');
  const conflict = conflictsError(changes);
  if (conflict) return conflict;
  const found = findMetadataTargets(inv, split.resources, local);
  if (isError(found)) return found;
  const { targets, resourceVersion } = found;
  const run: AnnotateRun = {
    inv, changes, dryRun, list, resourceVersion,
    offline: dryRun === 'client' || local || list,
    single: targets.singleItemImplied,
    printer: new WrittenPrinter(inv.out, printer, dryRun, true),
  };
  const errors: KubectlError[] = [];
  for (const entry of targets.entries) {
    const err = entry.ok ? annotateOne(run, entry.target) : entry.error;
    if (err) errors.push(err);
  }
  return aggregate(errors);
}

export const annotateCommand: CommandSpec = {
  name: 'annotate',
  short: 'Add, change or remove annotations',
  long:
    'Set, change or remove the annotations of one or more objects.\n\n' +
    'Annotations are free-form key/value notes on any object. Unlike labels they are not used to select\n' +
    'objects, so their values may be long and hold any text, JSON included; tools and controllers keep\n' +
    'their own records in them.\n\n' +
    'Setting an annotation that already has another value fails unless --overwrite is given. With\n' +
    '--resource-version the change fails if the object has changed on the server since that version.\n\n' +
    'Use "kubectl api-resources" to see the resource types you can annotate.',
  example:
    "  # Describe the pod web in an annotation\n  kubectl annotate pods web description='front end'\n  \n" +
    "  # Replace the value of an existing annotation\n  kubectl annotate --overwrite pods web description='front end, v2'\n  \n" +
    '  # Annotate the objects of a manifest\n  kubectl annotate -f web.yaml owner=team-a\n  \n' +
    "  # Annotate every pod of the namespace\n  kubectl annotate pods --all reviewed=yes\n  \n" +
    '  # Remove the annotation description\n  kubectl annotate pods web description-',
  use: '[--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [--resource-version=version] [options]',
  flags: metadataFlags('kubectl-annotate', 'annotations'),
  run: runAnnotate,
};
