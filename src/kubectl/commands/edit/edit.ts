// `kubectl edit`: open live objects in the user's editor (ctx.editor) as YAML (or JSON with -o json)
// and patch what was changed; the loop itself is in edit-loop.ts.

import type { CommandSpec, Invocation } from '../../cli/command';
import { aggregate, messageError, type KubectlError } from '../../cli/errors';
import type { FlagSpec } from '../../cli/flags';
import { FIELD_MANAGER_FLAG, PRINT_FLAGS, VALIDATE_FLAG, fieldValidationOf, isError, writePrinter } from '../create-shared';
import { findTargets, kustomizeError, type Target } from '../targets';
import { WrittenPrinter } from '../written-printer';
import { runEditLoop } from './edit-loop';
import { RECORD_FLAG } from '../record';

const EDIT_FLAGS: readonly FlagSpec[] = [
  ...PRINT_FLAGS.map((f) => (f.name === 'output' ? { ...f, usage: 'Edit in this format (yaml or json) and print the edited objects in it (also name, jsonpath=…).' } : f)),
  FIELD_MANAGER_FLAG('kubectl-edit'),
  { name: 'filename', shorthand: 'f', type: 'stringSlice', usage: 'Files or directories naming the objects to edit.' },
  { name: 'kustomize', shorthand: 'k', type: 'string', usage: 'A kustomization directory naming the objects (not with -f or -R).' },
  { name: 'output-patch', type: 'bool', usage: 'Print the patch sent for each edited object.' },
  RECORD_FLAG,
  { name: 'recursive', shorthand: 'R', type: 'bool', usage: 'With -f, also read the directories inside the given ones.' },
  { name: 'save-config', type: 'bool', usage: 'Record the edited object in its last-applied-configuration annotation, for later kubectl apply.' },
  { name: 'subresource', type: 'string', usage: 'Edit this subresource of the objects instead: status or scale. (Beta; may change.)' },
  VALIDATE_FLAG,
  { name: 'windows-line-endings', type: 'bool', usage: 'Give the editor CRLF line endings.' },
];

function runEdit(inv: Invocation): KubectlError | undefined {
  const f = inv.flags;
  const output = f.string('output');
  const kustomize = kustomizeError(inv);
  if (kustomize) return kustomize;
  const subresource = f.string('subresource');
  const targets = findTargets(inv, { args: inv.args, all: true, ...(subresource ? { subresource } : {}) });
  if (isError(targets)) return targets;
  const validation = fieldValidationOf(inv);
  if (isError(validation)) return validation;
  // Any object that could not be read stops the edit before the editor opens.
  const failures = targets.entries.filter((e) => !e.ok).map((e) => (e.ok ? undefined : e.error)).filter((e): e is KubectlError => e !== undefined);
  if (failures.length > 0) return aggregate(failures);
  const found: Target[] = targets.entries.flatMap((e) => (e.ok ? [e.target] : []));
  if (found.length === 0) return messageError('edit cancelled, no objects found');
  // The editor's own printer knows only JSON and YAML; it fails before the editor opens.
  if (output !== '' && output !== 'yaml' && output !== 'json') {
    return messageError(`unable to match a printer suitable for the output format "${output}", allowed formats are: json,kyaml,yaml`);
  }
  return runEditLoop({
    inv,
    targets: found,
    format: output === 'json' ? 'json' : 'yaml',
    validation,
    printer: new WrittenPrinter(inv.out, writePrinter(inv), 'none'),
    subresource,
    saveConfig: f.bool('save-config'),
    outputPatch: f.bool('output-patch'),
    windowsLineEndings: f.bool('windows-line-endings'),
  });
}

export const editCommand: CommandSpec = {
  name: 'edit',
  short: 'Change a resource in your editor',
  long:
    'Open objects from the cluster in your editor and save your changes back.\n\n' +
    'The objects are shown as YAML (or as JSON with -o json). When you save and close the editor, the\n' +
    'changes are sent to the server as a patch; closing without a change cancels the edit. Lines that\n' +
    'start with # are ignored, and saving an empty file cancels too.\n\n' +
    'When the saved text cannot be read or the server refuses the change, the editor opens again with\n' +
    'the reasons written at the top; fix the problem and save again, or save without changes to give up.\n\n' +
    'Several objects (a type alone, or several names) are edited together as one List, and each is\n' +
    'patched on its own.',
  example:
    '  # Edit the service web\n  kubectl edit svc/web\n  \n' +
    '  # Edit a deployment as JSON\n  kubectl edit deployment/web -o json\n  \n' +
    '  # Edit a deployment and keep the result as its last-applied configuration\n  kubectl edit deployment/web --save-config\n  \n' +
    "  # Edit only the status of a deployment\n  kubectl edit deployment web --subresource='status'",
  use: '(RESOURCE/NAME | -f FILENAME) [options]',
  flags: EDIT_FLAGS,
  run: runEdit,
};
