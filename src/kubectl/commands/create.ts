// `kubectl create -f`: send every object of the given files to the API server (POST), printing
// `<kind>/<name> created` for each as it goes and collecting the failures, as upstream's
// RunCreate does with a ContinueOnError builder. The generator subcommands live in create-*.ts.

import type { CommandSpec, Invocation } from '../cli/command';
import { aggregate, messageError, statusError, usageError, type KubectlError } from '../cli/errors';
import type { FlagSpec } from '../cli/flags';
import { readFileObjects, withLastApplied, withSource } from './create-files';
import { CREATE_SUBCOMMANDS } from './create-generators';
import { RECORD_FLAG, recorded } from './record';
import { DRY_RUN_FLAG, FIELD_MANAGER_FLAG, PRINT_FLAGS, VALIDATE_FLAG, isError, printWarnings, printWritten, writeSettings } from './create-shared';

const CREATE_FLAGS: readonly FlagSpec[] = [
  ...PRINT_FLAGS,
  DRY_RUN_FLAG,
  { name: 'edit', type: 'bool', usage: 'Open the objects in an editor before creating them.' },
  FIELD_MANAGER_FLAG('kubectl-create'),
  { name: 'filename', shorthand: 'f', type: 'stringSlice', usage: 'Files, directories or - (stdin) with the objects to create.' },
  { name: 'kustomize', shorthand: 'k', type: 'string', usage: 'A kustomization directory with the objects to create.' },
  { name: 'raw', type: 'string', usage: 'Send the file as a raw POST to this API path.' },
  RECORD_FLAG,
  { name: 'recursive', shorthand: 'R', type: 'bool', usage: 'With -f, also read the directories inside the given ones.' },
  { name: 'save-config', type: 'bool', usage: 'Record the object in its last-applied-configuration annotation, for later kubectl apply.' },
  { name: 'selector', shorthand: 'l', type: 'string', usage: 'Create only the objects whose labels match.' },
  VALIDATE_FLAG,
  { name: 'windows-line-endings', type: 'bool', usage: 'With --edit, use Windows line endings.' },
];

function runCreate(inv: Invocation): KubectlError | undefined {
  const f = inv.flags;
  if (f.strings('filename').length === 0 && f.string('kustomize') === '') {
    if (inv.args.length > 0) return usageError(inv.commandPath, `Unexpected args: [${inv.args.join(' ')}]`);
    return messageError('must specify one of -f and -k');
  }
  if (f.string('kustomize') !== '') return messageError('-k (kustomize) is not available in this simulator yet');
  if (f.bool('edit')) return messageError('create --edit is not available in this simulator yet');
  if (f.string('raw') !== '') return messageError('--raw is not supported in this simulator');
  if (inv.args.length > 0) return usageError(inv.commandPath, `Unexpected args: [${inv.args.join(' ')}]`);
  const settings = writeSettings(inv);
  if (isError(settings)) return settings;
  const { printer, dryRun, validation } = settings;

  const items = readFileObjects(inv, { validate: validation !== 'Ignore' });
  if (isError(items)) return items;
  const errors: KubectlError[] = [];
  let count = 0;
  for (const entry of items) {
    if (!entry.ok) {
      errors.push(entry.error);
      continue;
    }
    const { item } = entry;
    // The change cause is added after last-applied is computed, as kubectl does.
    let obj = recorded(inv, f.bool('save-config') ? withLastApplied(item.object) : item.object);
    if (dryRun !== 'client') {
      const res = inv.cluster.api.create(obj, { dryRun: dryRun === 'server', fieldValidation: validation, ...(item.namespace !== undefined ? { namespace: item.namespace } : {}) });
      if (!res.ok) {
        errors.push(withSource(statusError(res.status), 'creating', item.source));
        continue;
      }
      printWarnings(inv.out, res.warnings);
      obj = res.object;
    }
    count++;
    const printed = printWritten(inv.out, printer, obj, 'created', dryRun);
    if (printed) errors.push(printed);
  }
  if (errors.length > 0) return aggregate(errors);
  if (count === 0) return messageError('no objects passed to create');
  return undefined;
}

export const createCommand: CommandSpec = {
  name: 'create',
  short: 'Make a resource from a file, stdin or a generator',
  long: 'Create resources from files or stdin (JSON or YAML), or with one of the generators below.',
  example: '  # Create the objects of a file\n  kubectl create -f ./pod.yaml\n  \n  # Create from stdin\n  cat pod.json | kubectl create -f -',
  use: '-f FILENAME [options]',
  flags: CREATE_FLAGS,
  subcommands: CREATE_SUBCOMMANDS,
  run: runCreate,
};
