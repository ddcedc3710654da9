// `kubectl replace -f`: put each object of the files in place of the live one (PUT), keeping the
// live object's resourceVersion unless the file names one (then a stale version is a Conflict).
// With --force the objects are deleted, waited for, and created anew. --save-config records the
// object in the last-applied-configuration annotation (and an existing one is always refreshed).

import type { FieldValidation } from '../../sim/api/apiserver';
import type { KubeObject } from '../../sim/api/object';
import type { DeleteOptions } from '../../sim/api/deletion';
import type { CommandSpec, Invocation } from '../cli/command';
import { aggregate, messageError, statusError, type KubectlError } from '../cli/errors';
import type { FlagSpec } from '../cli/flags';
import type { OutputSpec } from '../output/printer-spec';
import { kindPrefix } from '../resources/resolve';
import { parseGoBool } from '../util/go-strconv';
import { LAST_APPLIED, readFileObjects, withLastApplied, withSource, type FileItem, type FileObject } from './create-files';
import { RECORD_FLAG, recorded } from './record';
import { DRY_RUN_FLAG, FIELD_MANAGER_FLAG, PRINT_FLAGS, VALIDATE_FLAG, dryRunOf, fieldValidationOf, isError, printWarnings, writePrinter, type DryRun } from './create-shared';
import { noSuchSubresource, servesSubresource, writeSubresource } from './patch/subresource';
import { WrittenPrinter } from './written-printer';

const REPLACE_FLAGS: readonly FlagSpec[] = [
  ...PRINT_FLAGS,
  { name: 'cascade', type: 'string', default: 'background', noOptDefVal: 'background', usage: 'With --force, how dependents of the deleted objects go: background, foreground or orphan.' },
  DRY_RUN_FLAG,
  FIELD_MANAGER_FLAG('kubectl-replace'),
  { name: 'filename', shorthand: 'f', type: 'stringSlice', usage: 'Files, directories or - (stdin) with the objects that replace the live ones.' },
  { name: 'force', type: 'bool', usage: 'Delete the objects and create them again instead of replacing them in place.' },
  { name: 'grace-period', type: 'int', default: -1, usage: 'With --force, seconds the deleted objects get to stop (-1: their own default; 0 is taken as 1).' },
  { name: 'kustomize', shorthand: 'k', type: 'string', usage: 'A kustomization directory with the objects (not with -f or -R).' },
  { name: 'raw', type: 'string', usage: 'A raw API path to PUT the file to, bypassing object handling.' },
  RECORD_FLAG,
  { name: 'recursive', shorthand: 'R', type: 'bool', usage: 'With -f, also read the directories inside the given ones.' },
  { name: 'save-config', type: 'bool', usage: 'Record the object in its last-applied-configuration annotation, for later kubectl apply.' },
  { name: 'subresource', type: 'string', usage: 'Replace this subresource of the objects instead: status or scale. (Beta; may change.)' },
  { name: 'timeout', type: 'duration', usage: 'With --force, how long to wait for the deletions (0: five minutes).' },
  VALIDATE_FLAG,
  { name: 'wait', type: 'bool', usage: 'With --force, wait until the deleted objects are really gone before going on.' },
];

const CASCADE: Record<string, DeleteOptions['propagationPolicy']> = { background: 'Background', foreground: 'Foreground', orphan: 'Orphan' };

/** parseCascadingFlag: the policy names, or the old boolean spellings (with their deprecation warning). */
function cascadeOf(inv: Invocation): DeleteOptions['propagationPolicy'] | KubectlError {
  const value = inv.flags.string('cascade');
  const asBool = parseGoBool(value);
  if (asBool.ok) {
    const policy = asBool.value ? 'background' : 'orphan';
    inv.out.err(`warning: --cascade=${value} is deprecated (boolean value) and can be replaced with --cascade=${policy}.\n`);
    return CASCADE[policy];
  }
  return CASCADE[value] ?? messageError(`invalid cascade value (${value}). Must be "background", "foreground", or "orphan"`);
}

/** util.CreateOrUpdateAnnotation: set the annotation with --save-config, refresh an existing one otherwise. */
function withAnnotation(obj: KubeObject, saveConfig: boolean): KubeObject {
  return saveConfig || obj.metadata.annotations?.[LAST_APPLIED] !== undefined ? withLastApplied(obj) : obj;
}

interface ReplaceRun {
  readonly inv: Invocation;
  readonly dryRun: DryRun;
  readonly validation: FieldValidation;
  readonly saveConfig: boolean;
  /** '' or 'status': PUT to the status subresource writes only .status. */
  readonly subresource: string;
  readonly printer: WrittenPrinter;
}

function replaceOne(run: ReplaceRun, item: FileObject): KubectlError | undefined {
  const obj = recorded(run.inv, withAnnotation(item.object, run.saveConfig));
  if (run.dryRun === 'client') return run.printer.print(obj, 'replaced');
  // helper.Replace(overwrite=true): without a resourceVersion in the file, the live one is used.
  let toSend = obj;
  if (obj.metadata.resourceVersion === undefined) {
    const live = run.inv.cluster.api.get(item.type, item.namespace, obj.metadata.name ?? '');
    if (live.ok) toSend = { ...obj, metadata: { ...obj.metadata, resourceVersion: live.object.metadata.resourceVersion } };
  }
  if (run.subresource === 'status') return replaceStatus(run, item, toSend);
  const res = run.inv.cluster.api.update(toSend, {
    dryRun: run.dryRun === 'server',
    fieldValidation: run.validation,
    ...(item.namespace !== undefined ? { namespace: item.namespace } : {}),
  });
  if (!res.ok) return withSource(statusError(res.status), 'replacing', item.source);
  printWarnings(run.inv.out, res.warnings);
  return run.printer.print(res.object, 'replaced');
}

/** PUT …/status: the status of the file's object replaces the live status; nothing else changes. */
function replaceStatus(run: ReplaceRun, item: FileObject, obj: KubeObject): KubectlError | undefined {
  const name = obj.metadata.name ?? '';
  if (!servesSubresource(item.type, 'status')) return withSource(statusError(noSuchSubresource()), 'replacing', item.source);
  const live = run.inv.cluster.api.get(item.type, item.namespace, name);
  if (!live.ok) return withSource(statusError(live.status), 'replacing', item.source);
  const res = writeSubresource(run.inv.cluster, 'status', live.object, obj, run.dryRun === 'server');
  if (!res.ok) return withSource(statusError(res.status), 'replacing', item.source);
  return run.printer.print(res.object, 'replaced');
}

/** The delete line of --force (DeleteOptions.PrintObj). */
function deletedLine(item: FileObject, gracePeriod: number, output: string): string {
  const kind = kindPrefix(item.type);
  const name = item.object.metadata.name ?? '';
  if (output === 'name') return `${kind}/${name}\n`;
  const op = gracePeriod === 0 ? 'force deleted' : 'deleted';
  return `${kind} "${name}" ${op}${item.namespace !== undefined ? ` from ${item.namespace} namespace` : ''}\n`;
}

/** Polls every second (virtual time) until the object is gone or `timeoutMs` has passed. */
function waitGone(inv: Invocation, item: FileObject, timeoutMs: number): boolean {
  const gone = () => {
    const res = inv.cluster.api.get(item.type, item.namespace, item.object.metadata.name ?? '');
    return !res.ok && res.status.reason === 'NotFound';
  };
  if (gone()) return true;
  if (!inv.ctx.wait) return false;
  for (let waited = 0; waited < timeoutMs; waited += 1000) {
    inv.ctx.wait(Math.min(1000, timeoutMs - waited));
    if (gone()) return true;
  }
  return false;
}

function forceReplace(run: ReplaceRun, items: readonly FileItem[], gracePeriod: number, cascade: DeleteOptions['propagationPolicy']): KubectlError | undefined {
  const { inv } = run;
  const objects = items.filter((i): i is { ok: true; item: FileObject } => i.ok).map((i) => i.item);
  const firstError = items.find((i) => !i.ok);
  if (firstError && !firstError.ok) return firstError.error;
  // Delete what exists (missing objects are skipped), then wait for each to be gone.
  let found = 0;
  for (const item of objects) {
    const res = inv.cluster.api.delete(item.type, item.namespace, item.object.metadata.name ?? '', {
      ...(gracePeriod >= 0 ? { gracePeriodSeconds: gracePeriod } : {}),
      ...(cascade ? { propagationPolicy: cascade } : {}),
    });
    if (!res.ok) {
      if (res.status.reason === 'NotFound') continue;
      return withSource(statusError(res.status), 'deleting', item.source);
    }
    found++;
    inv.out.out(deletedLine(item, gracePeriod, inv.flags.string('output')));
  }
  if (found === 0) inv.out.out('No resources found\n');
  const timeout = inv.flags.number('timeout') || 5 * 60_000;
  for (const item of objects) if (!waitGone(inv, item, timeout)) return messageError('context deadline exceeded');
  const errors: KubectlError[] = [];
  for (const item of objects) {
    const obj = recorded(inv, withAnnotation(item.object, run.saveConfig));
    const res = inv.cluster.api.create(obj, { fieldValidation: run.validation, ...(item.namespace !== undefined ? { namespace: item.namespace } : {}) });
    if (!res.ok) return aggregate([...errors, statusError(res.status)]);
    printWarnings(inv.out, res.warnings);
    const err = run.printer.print(res.object, 'replaced');
    if (err) errors.push(err);
  }
  if (objects.length === 0) return messageError('no objects passed to replace');
  return aggregate(errors);
}

function runReplace(inv: Invocation): KubectlError | undefined {
  const f = inv.flags;
  const validation = fieldValidationOf(inv);
  if (isError(validation)) return validation;
  const dryRun = dryRunOf(inv);
  if (isError(dryRun)) return dryRun;
  const printer: OutputSpec | undefined | KubectlError = writePrinter(inv);
  if (isError(printer)) return printer;
  const cascade = cascadeOf(inv);
  if (isError(cascade)) return cascade;
  let gracePeriod = f.number('grace-period');
  if (gracePeriod === 0) gracePeriod = 1;
  if (f.strings('filename').length === 0 && f.string('kustomize') === '') return messageError('must specify one of -f and -k');
  const force = f.bool('force');
  if (gracePeriod >= 0 && !force) return messageError('--grace-period must have --force specified');
  if (f.number('timeout') !== 0 && !force) return messageError('--timeout must have --force specified');
  if (force && dryRun !== 'none') return messageError('--dry-run can not be used when --force is set');
  if (f.string('raw') !== '') return messageError('--raw is not supported in this simulator');
  if (f.string('kustomize') !== '') return messageError('-k (kustomize) is not available in this simulator yet');
  const subresource = f.string('subresource');
  if (subresource !== '' && subresource !== 'status') return messageError(`--subresource=${subresource} is not available for replace in this simulator; only status is`);

  const items = readFileObjects(inv, { validate: validation !== 'Ignore' });
  if (isError(items)) return items;
  const run: ReplaceRun = { inv, dryRun, validation, subresource, saveConfig: f.bool('save-config'), printer: new WrittenPrinter(inv.out, printer, dryRun, true) };
  if (force) return forceReplace(run, items, gracePeriod, cascade);
  const errors: KubectlError[] = [];
  for (const entry of items) {
    const err = entry.ok ? replaceOne(run, entry.item) : entry.error;
    if (err) errors.push(err);
  }
  return aggregate(errors);
}

export const replaceCommand: CommandSpec = {
  name: 'replace',
  short: 'Replace a resource with the content of a file',
  long:
    'Replace live objects with the objects of a file or of stdin, whole: fields the file leaves out are\n' +
    'removed from the object (its status is kept).\n\n' +
    'The file must describe complete objects; unless it names a resourceVersion, the live version is\n' +
    'replaced whatever it is. A file written from "kubectl get -o yaml" names one, and then a change made\n' +
    'meanwhile makes the replace fail with a conflict.\n\n' +
    'Some fields cannot change once set; --force deletes the objects and creates them again instead.',
  example:
    '  # Replace a deployment with the one in web.yaml\n  kubectl replace -f web.yaml\n  \n' +
    '  # Replace from stdin, after editing the live object with sed\n  kubectl get pod web -o yaml | sed \'s/\\(image: nginx\\):.*$/\\1:1.28/\' | kubectl replace -f -\n  \n' +
    '  # Delete and re-create a pod from its manifest\n  kubectl replace --force -f pod.yaml',
  use: '-f FILENAME [options]',
  flags: REPLACE_FLAGS,
  run: runReplace,
};
