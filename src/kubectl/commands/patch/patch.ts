// `kubectl patch`: change fields of live objects with a strategic merge patch (the default), a JSON
// merge patch (--type merge) or a JSON patch (--type json), given with -p or --patch-file as JSON or
// YAML. The server applies it (server-patch.ts); with --local or --dry-run=client kubectl applies it
// itself. The line printed says "patched", or "patched (no change)" when the object came back as it was.

import type { CommandSpec, Invocation } from '../../cli/command';
import { aggregate, messageError, statusError, type KubectlError } from '../../cli/errors';
import type { FlagSpec } from '../../cli/flags';
import { jsonEqual } from '../apply-merge';
import { DRY_RUN_FLAG, FIELD_MANAGER_FLAG, PRINT_FLAGS, dryRunOf, isError, printWarnings, writePrinter, type DryRun } from '../create-shared';
import { findTargets, kustomizeError, type Target } from '../targets';
import { WrittenPrinter } from '../written-printer';
import { patchLocally } from './local-patch';
import { patchToJson, readPatchText } from './patch-input';
import { serverPatch, type PatchType } from './server-patch';
import { RECORD_FLAG, recordOnServer } from '../record';

const PATCH_TYPES: readonly PatchType[] = ['json', 'merge', 'strategic'];

const PATCH_FLAGS: readonly FlagSpec[] = [
  ...PRINT_FLAGS,
  DRY_RUN_FLAG,
  FIELD_MANAGER_FLAG('kubectl-patch'),
  { name: 'filename', shorthand: 'f', type: 'stringSlice', usage: 'Files or directories naming the objects to patch.' },
  { name: 'kustomize', shorthand: 'k', type: 'string', usage: 'A kustomization directory naming the objects (not with -f or -R).' },
  { name: 'local', type: 'bool', usage: 'Patch the objects of the -f files as written and print them; the server is not used.' },
  { name: 'patch', shorthand: 'p', type: 'string', usage: 'The patch, as JSON or YAML.' },
  { name: 'patch-file', type: 'string', usage: 'A file holding the patch.' },
  RECORD_FLAG,
  { name: 'recursive', shorthand: 'R', type: 'bool', usage: 'With -f, also read the directories inside the given ones.' },
  { name: 'subresource', type: 'string', usage: 'Patch this subresource of the objects instead: status or scale. (Beta; may change.)' },
  { name: 'type', type: 'string', default: 'strategic', usage: 'The kind of patch: strategic (merge keyed lists), merge (RFC 7386) or json (RFC 6902).' },
];

const operation = (changed: boolean): string => (changed ? 'patched' : 'patched (no change)');

interface PatchRun {
  readonly inv: Invocation;
  readonly patchType: PatchType;
  readonly body: string;
  readonly dryRun: DryRun;
  readonly local: boolean;
  readonly printer: WrittenPrinter;
}

function patchOne(run: PatchRun, target: Target): KubectlError | undefined {
  const { inv } = run;
  if (run.local || run.dryRun === 'client') {
    const patched = patchLocally(target.object, run.patchType, run.body);
    if (isError(patched)) return patched;
    return run.printer.print(patched.object, operation(!jsonEqual(target.object, patched.object)));
  }
  const res = serverPatch(inv.cluster, {
    type: target.type,
    namespace: target.namespace,
    name: target.object.metadata.name ?? '',
    patchType: run.patchType,
    body: run.body,
    dryRun: run.dryRun === 'server',
    subresource: inv.flags.string('subresource'),
  });
  if (!res.ok) return statusError(res.status);
  printWarnings(inv.out, res.warnings);
  const changed = !jsonEqual(target.object, res.object);
  // --record: a second merge patch with the change cause; "patched" still describes the first one.
  // (Not modelled: kubectl sends that patch with the same --dry-run=server / --subresource.)
  const shown = run.dryRun === 'none' && inv.flags.string('subresource') === '' ? recordOnServer(inv, target.type, target.namespace, target.object.metadata.name ?? '') : undefined;
  return run.printer.print(shown ?? res.object, operation(changed));
}

function runPatch(inv: Invocation): KubectlError | undefined {
  const f = inv.flags;
  const dryRun = dryRunOf(inv);
  if (isError(dryRun)) return dryRun;
  const given = f.string('patch');
  const file = f.string('patch-file');
  const local = f.bool('local');
  if (given !== '' && file !== '') return messageError('cannot specify --patch and --patch-file together');
  if (given === '' && file === '') return messageError('must specify --patch or --patch-file containing the contents of the patch');
  if (local && inv.args.length > 0) return messageError('cannot specify --local and server resources');
  if (local && dryRun === 'server') return messageError('cannot specify --local and --dry-run=server - did you mean --dry-run=client?');
  const typeName = f.string('type');
  const patchType = PATCH_TYPES.find((t) => t === typeName.toLowerCase()) ?? (typeName === '' ? 'strategic' : undefined);
  if (!patchType) return messageError(`--type must be one of [${PATCH_TYPES.join(' ')}], not "${typeName}"`);

  const text = readPatchText(inv);
  if (isError(text)) return text;
  const body = patchToJson(text, given);
  if (isError(body)) return body;
  const kustomize = kustomizeError(inv);
  if (kustomize) return kustomize;
  const subresource = f.string('subresource');
  const targets = findTargets(inv, { args: inv.args, ...(local ? { local } : {}), ...(subresource ? { subresource } : {}) });
  if (isError(targets)) return targets;
  // kubectl patch sets the printer's operation after applying the dry-run suffix, which drops the
  // suffix: a dry-run patch prints plain "patched".
  const run: PatchRun = { inv, patchType, body, dryRun, local, printer: new WrittenPrinter(inv.out, writePrinter(inv), 'none') };
  const errors: KubectlError[] = [];
  let count = 0;
  for (const entry of targets.entries) {
    if (entry.ok) count++;
    const err = entry.ok ? patchOne(run, entry.target) : entry.error;
    if (err) errors.push(err);
  }
  if (errors.length > 0) return aggregate(errors);
  if (count === 0) return messageError('no objects passed to patch');
  return undefined;
}

export const patchCommand: CommandSpec = {
  name: 'patch',
  short: 'Change fields of a resource in place',
  long:
    'Change some fields of objects without sending the whole object: with a strategic merge patch (the\n' +
    'default, which merges lists such as containers by their key), a JSON merge patch or a JSON patch.\n\n' +
    'The patch may be written in JSON or YAML.\n\n' +
    'Custom resources have no strategic merge patch; use --type merge or --type json for them.',
  example:
    '  # Mark a node unschedulable (strategic merge patch written as JSON)\n  kubectl patch node node01 -p \'{"spec":{"unschedulable":true}}\'\n  \n' +
    "  # The same patch written as YAML\n  kubectl patch node node01 -p $'spec:\\n unschedulable: true'\n  \n" +
    '  # Patch the object a file names\n  kubectl patch -f web.yaml -p \'{"spec":{"replicas":3}}\'\n  \n' +
    '  # Change one container\'s image; containers are merged by name, so the name must be given\n  kubectl patch deployment web -p \'{"spec":{"template":{"spec":{"containers":[{"name":"nginx","image":"nginx:1.28"}]}}}}\'\n  \n' +
    '  # Change an image by position with a JSON patch\n  kubectl patch pod web --type=json -p=\'[{"op": "replace", "path": "/spec/containers/0/image", "value": "nginx:1.28"}]\'\n  \n' +
    '  # Set the replicas through the scale subresource with a merge patch\n  kubectl patch deployment web --subresource=scale --type=merge -p \'{"spec":{"replicas":2}}\'',
  use: '(-f FILENAME | TYPE NAME) [-p PATCH|--patch-file FILE] [options]',
  flags: PATCH_FLAGS,
  run: runPatch,
};
