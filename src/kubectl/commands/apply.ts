// `kubectl apply -f`: create what does not exist yet, three-way merge what does (see
// apply-merge.ts), recording each manifest in the last-applied-configuration annotation, and
// print `created` / `configured` / `unchanged` (or `serverside-applied` with --server-side).

import type { KubeObject } from '../../sim/api/object';
import type { CommandSpec, Invocation } from '../cli/command';
import { aggregate, messageError, statusError, usageError, type KubectlError } from '../cli/errors';
import type { FlagSpec } from '../cli/flags';
import { merge3, jsonEqual } from './apply-merge';
import { schemaRoot } from './patch/patch-meta';
import { LAST_APPLIED, readFileObjects, withLastApplied, withSource, type FileObject } from './create-files';
import { DRY_RUN_FLAG, FIELD_MANAGER_FLAG, PRINT_FLAGS, VALIDATE_FLAG, isError, printWarnings, printWritten, writeSettings, type DryRun } from './create-shared';
import type { FieldValidation } from '../../sim/api/apiserver';
import type { OutputSpec } from '../output/printer-spec';
import { RECORD_FLAG, recorded } from './record';
import { patching, requestRefused, serverSide } from '../auth/authorizing-cluster';

const APPLY_FLAGS: readonly FlagSpec[] = [
  ...PRINT_FLAGS,
  { name: 'all', type: 'bool', usage: 'With --prune, consider every resource type.' },
  { name: 'cascade', type: 'string', default: 'background', noOptDefVal: 'background', usage: 'How pruned objects\' dependents are deleted.' },
  DRY_RUN_FLAG,
  FIELD_MANAGER_FLAG('kubectl-client-side-apply'),
  { name: 'filename', shorthand: 'f', type: 'stringSlice', usage: 'Files, directories or - (stdin) with the objects to apply.' },
  { name: 'force', type: 'bool', usage: 'Delete and re-create objects that cannot be patched.' },
  { name: 'force-conflicts', type: 'bool', usage: 'With --server-side, take over fields other managers own.' },
  { name: 'grace-period', type: 'int', default: -1, usage: 'Seconds given to deleted objects to stop.' },
  { name: 'kustomize', shorthand: 'k', type: 'string', usage: 'A kustomization directory with the objects to apply.' },
  { name: 'overwrite', type: 'bool', default: true, usage: 'Overwrite live changes with the manifest\'s values.' },
  { name: 'prune', type: 'bool', usage: 'Delete objects not in the manifests (needs -l or --all).' },
  RECORD_FLAG,
  { name: 'recursive', shorthand: 'R', type: 'bool', usage: 'With -f, also read the directories inside the given ones.' },
  { name: 'selector', shorthand: 'l', type: 'string', usage: 'Apply only the objects whose labels match.' },
  { name: 'server-side', type: 'bool', usage: 'Let the API server merge (server-side apply).' },
  { name: 'timeout', type: 'duration', usage: 'How long to wait for deletions with --force.' },
  VALIDATE_FLAG,
  { name: 'wait', type: 'bool', usage: 'With --force, wait until deleted objects are gone.' },
];

/** The warning for live objects that were not created by apply or create --save-config. */
const missingAnnotationWarning = (resource: string, name: string): string =>
  `Warning: resource ${resource}/${name} is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n`;

interface ApplyCtx {
  readonly inv: Invocation;
  readonly dryRun: DryRun;
  readonly validation: FieldValidation;
  readonly printer: OutputSpec | undefined;
  readonly serverSide: boolean;
}

function applyOne(c: ApplyCtx, manifest: FileObject): KubectlError | undefined {
  const { inv, dryRun } = c;
  // --record annotates the manifest itself, so the change cause also lands in last-applied.
  const item: FileObject = { ...manifest, object: recorded(inv, manifest.object) };
  // Server-side apply is one PATCH, whose reads happen inside the API server.
  const refused = c.serverSide ? requestRefused(inv.cluster, 'patch', item.type, item.namespace, item.object.metadata.name ?? '') : undefined;
  if (refused) return statusError(refused.status);
  const api = c.serverSide ? serverSide(inv.cluster).api : inv.cluster.api;
  const live = api.get(item.type, item.namespace, item.object.metadata.name ?? '');
  const write = { dryRun: dryRun === 'server', fieldValidation: c.validation, ...(item.namespace !== undefined ? { namespace: item.namespace } : {}) };
  if (!live.ok) {
    if (live.status.reason !== 'NotFound') return withSource(statusError(live.status), 'retrieving current configuration of', item.source);
    const toCreate = c.serverSide ? item.object : withLastApplied(item.object);
    let obj: KubeObject = toCreate;
    if (dryRun !== 'client') {
      const res = api.create(toCreate, write);
      if (!res.ok) return withSource(statusError(res.status), 'creating', item.source);
      printWarnings(inv.out, res.warnings);
      obj = res.object;
    }
    return printWritten(inv.out, c.printer, obj, c.serverSide ? 'serverside-applied' : 'created', dryRun);
  }
  const current = live.object;
  const at = schemaRoot(current.apiVersion, current.kind);
  let target: KubeObject;
  if (c.serverSide) {
    target = merge3(at, current, undefined, item.object) as KubeObject;
  } else {
    const recorded = current.metadata.annotations?.[LAST_APPLIED];
    if (recorded === undefined) inv.out.err(missingAnnotationWarning(item.type.plural, current.metadata.name ?? ''));
    let original: unknown;
    try {
      original = recorded ? JSON.parse(recorded) : undefined;
    } catch {
      original = undefined;
    }
    target = merge3(at, current, original, withLastApplied(item.object)) as KubeObject;
  }
  const operation = c.serverSide ? 'serverside-applied' : 'configured';
  if (!c.serverSide && jsonEqual(target, current)) return printWritten(inv.out, c.printer, current, 'unchanged', dryRun);
  let obj = target;
  if (dryRun !== 'client') {
    const res = patching(api).update(target, write);
    if (!res.ok) return withSource(statusError(res.status), 'patching', item.source);
    printWarnings(inv.out, res.warnings);
    obj = res.object;
  }
  return printWritten(inv.out, c.printer, obj, operation, dryRun);
}

function runApply(inv: Invocation): KubectlError | undefined {
  const f = inv.flags;
  if (f.strings('filename').length === 0 && f.string('kustomize') === '') return messageError('must specify one of -f and -k');
  if (f.string('kustomize') !== '') return messageError('-k (kustomize) is not available in this simulator yet');
  if (inv.args.length > 0) return usageError(inv.commandPath, `Unexpected args: [${inv.args.join(' ')}]`);
  if (f.bool('prune')) return messageError('--prune is not available in this simulator yet');
  const settings = writeSettings(inv);
  if (isError(settings)) return settings;
  const { printer, dryRun, validation } = settings;
  const items = readFileObjects(inv, { validate: validation !== 'Ignore' });
  if (isError(items)) return items;
  const ctx: ApplyCtx = { inv, dryRun, validation, printer, serverSide: f.bool('server-side') };
  const errors: KubectlError[] = [];
  for (const entry of items) {
    const err = entry.ok ? applyOne(ctx, entry.item) : entry.error;
    if (err) errors.push(err);
  }
  if (errors.length > 0) return aggregate(errors);
  if (items.length === 0) return messageError('no objects passed to apply');
  return undefined;
}

export const applyCommand: CommandSpec = {
  name: 'apply',
  short: 'Create or update resources from files or stdin',
  long: 'Apply a configuration to resources from files or stdin: objects that do not exist are created, the others are changed to match.',
  example: '  # Apply a manifest\n  kubectl apply -f ./pod.yaml\n  \n  # Apply every manifest of a directory\n  kubectl apply -f ./manifests/',
  use: '(-f FILENAME | -k DIRECTORY) [options]',
  flags: APPLY_FLAGS,
  run: runApply,
};
