// The editing loop of `kubectl edit` (editoptions.go, normal mode): show the objects in the editor
// under kubectl's header; a save equal to what was shown cancels; a save that does not validate or
// parse reopens the editor with the failure at the top; otherwise each object is sent as a two-way
// strategic merge patch. Objects the server refuses as Invalid reopen the editor with the server's
// reasons; saving the same text again gives up.
// Differences, because kubectl here has no writable filesystem: kubectl keeps a copy of a failed
// edit in /tmp and says so ("A copy of your changes has been stored to …", "You can run `kubectl
// replace -f …`", "The edits you made on deleted resources have been saved to …"); nothing is kept
// here and those lines are not printed — only the error itself (and the exit code) remain.

import type { FieldValidation } from '../../../sim/api/apiserver';
import type { KubeObject } from '../../../sim/api/object';
import { qualifiedPlural } from '../../../sim/api/registry';
import type { ApiStatus } from '../../../sim/api/status';
import type { Invocation } from '../../cli/command';
import { messageError, type KubectlError } from '../../cli/errors';
import { parseManifests } from '../../input/manifests';
import { goQuote, toCompactJson, toJson, toYaml } from '../../printers';
import { withLastApplied } from '../create-files';
import { recorded } from '../record';
import { printWarnings } from '../create-shared';
import { schemaRoot } from '../patch/patch-meta';
import { serverPatch } from '../patch/server-patch';
import { changesIdentity, createTwoWayPatch, TwoWayPatchError } from '../patch/two-way-patch';
import type { Target } from '../targets';
import type { WrittenPrinter } from '../written-printer';
import { headerText, hasLines, manualStrip, stripComments, validateEdited, type EditReason } from './edit-text';

export interface EditSession {
  readonly inv: Invocation;
  readonly targets: readonly Target[];
  readonly format: 'yaml' | 'json';
  readonly validation: FieldValidation;
  readonly printer: WrittenPrinter;
  readonly subresource: string;
  readonly saveConfig: boolean;
  readonly outputPatch: boolean;
  readonly windowsLineEndings: boolean;
}

type Obj = Record<string, unknown>;

/** `deployments.apps "web"`: how edit names an object in its messages. */
function resourceString(target: Pick<Target, 'type'>, name: string): string {
  return `${qualifiedPlural(target.type)} ${goQuote(name)}`;
}

/** The objects as shown in the editor: one object, or a v1 List of them. */
function render(session: EditSession): string {
  const objects = session.targets.map((t) => withoutManagedFields(t.object));
  const shown: unknown = objects.length === 1 ? objects[0] : { apiVersion: 'v1', items: objects, kind: 'List', metadata: {} };
  return session.format === 'json' ? toJson(shown) : toYaml(shown);
}

function withoutManagedFields(obj: KubeObject): KubeObject {
  if (!obj.metadata.managedFields) return obj;
  const metadata = { ...obj.metadata };
  delete metadata.managedFields;
  return { ...obj, metadata };
}

/** A temp file name like kubectl's (`/tmp/kubectl-edit-<digits>.yaml`), stable for a given moment. */
function tempFileName(session: EditSession, round: number): string {
  let h = 2166136261;
  for (const ch of `${session.inv.cluster.now()}:${round}:${session.targets.map((t) => t.object.metadata.uid ?? '').join(',')}`) {
    h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  }
  return `/tmp/kubectl-edit-${String(h).padStart(10, '0')}.${session.format}`;
}

/** What a round of patching produced (editResults). */
interface Results {
  reasons: EditReason[];
  invalid: number;
  retryable: number;
  notFound: number;
}

/** editResults.addError: the stderr line, and the header reason for Invalid errors. */
function addError(results: Results, status: ApiStatus, target: Pick<Target, 'type'>, name: string): string {
  const what = resourceString(target, name);
  if (status.reason === 'Invalid') {
    results.invalid++;
    results.reasons.push({ head: `${what} was not valid`, other: (status.details?.causes ?? []).map((c) => `${c.field ?? ''}: ${c.message ?? ''}`) });
    return `error: ${what} is invalid\n`;
  }
  if (status.reason === 'NotFound') {
    results.notFound++;
    return `error: ${what} could not be found on the server\n`;
  }
  results.retryable++;
  return `error: ${what} could not be patched: ${status.message}\n`;
}

/** visitToPatch for one edited object; a returned error ends the command. */
function patchEdited(session: EditSession, edited: KubeObject, results: Results): KubectlError | undefined {
  const { inv } = session;
  const original = session.targets.find((t) => t.object.metadata.uid === edited.metadata.uid);
  if (!original) return messageError(`no original object found for ${edited.kind}/${edited.metadata.name ?? ''}`);
  const before = withoutManagedFields(original.object);
  if (toCompactJson(before) === toCompactJson(edited)) return session.printer.print(edited, 'skipped');
  let patch: Obj;
  try {
    patch = createTwoWayPatch(before as unknown as Obj, edited as unknown as Obj, schemaRoot(before.apiVersion, before.kind));
  } catch (e) {
    if (e instanceof TwoWayPatchError) return messageError(e.message);
    throw e;
  }
  if (changesIdentity(patch)) return messageError('At least one of apiVersion, kind and name was changed');
  if (session.outputPatch) inv.out.out(`Patch: ${toCompactJson(patch)}\n`);
  const res = serverPatch(inv.cluster, {
    type: original.type,
    namespace: original.namespace,
    name: original.object.metadata.name ?? '',
    patchType: 'strategic',
    body: toCompactJson(patch),
    fieldValidation: session.validation,
    subresource: session.subresource,
  });
  if (!res.ok) {
    inv.out.err(addError(results, res.status, original, original.object.metadata.name ?? ''));
    return undefined;
  }
  printWarnings(inv.out, res.warnings);
  return session.printer.print(res.object, 'edited');
}

/** The saved text as objects, or the reason it could not be read. */
function decodeEdited(session: EditSession, text: string): KubeObject[] | string {
  const parsed = parseManifests(text, 'edited-file');
  if (!parsed.ok) {
    const err = parsed.error;
    return err.kind === 'message' ? err.message : 'the edited file could not be read';
  }
  const objects: KubeObject[] = [];
  for (const { object } of parsed.manifests) {
    // A Scale (--subresource=scale) is not a kind of its own here; it belongs to the object it scales.
    const scaled = session.subresource === 'scale' && object.apiVersion === 'autoscaling/v1' && object.kind === 'Scale';
    const type = scaled ? session.targets.find((t) => t.object.metadata.uid === object.metadata.uid)?.type : session.inv.cluster.api.typeOf(object);
    if (!type) return `resource mapping not found for name: "${object.metadata.name ?? ''}" namespace: "${object.metadata.namespace ?? ''}" from "edited-file": no matches for kind "${object.kind}" in version "${object.apiVersion}"\nensure CRDs are installed first`;
    // RequireNamespace: a namespaced object without one gets the command's namespace.
    if (type.namespaced && !object.metadata.namespace) object.metadata.namespace = session.inv.namespace;
    // visitAnnotation: last-applied first (--save-config), then the --record change cause.
    objects.push(recorded(session.inv, session.saveConfig ? withLastApplied(object) : object));
  }
  return objects;
}

/** Runs the loop; returns an error for kubectl to print, or undefined when done. */
export function runEditLoop(session: EditSession): KubectlError | undefined {
  const { inv } = session;
  const editor = inv.ctx.editor;
  if (!editor) return messageError('no editor is available here to edit objects in; use kubectl patch, kubectl apply or kubectl replace instead');
  let reasons: EditReason[] = [];
  let containsError = false;
  let original = '';
  let edited = '';
  for (let round = 0; ; round++) {
    let text = session.format === 'yaml' ? headerText(reasons) : '';
    if (!containsError) {
      text += render(session);
      original = text;
    } else text += manualStrip(edited);
    const previous = edited;
    const shown = session.windowsLineEndings ? text.replace(/\n/g, '\r\n') : text;
    edited = editor.call(inv.ctx, shown, tempFileName(session, round)) ?? shown;
    if (containsError && stripComments(previous) === stripComments(edited)) return messageError('Edit cancelled, no valid changes were saved.');
    reasons = [];
    const first = session.targets[0] as Target;
    if (session.validation !== 'Ignore') {
      const why = validateEdited(edited);
      if (why !== undefined) {
        const what = resourceString(first, first.object.metadata.name ?? '');
        reasons.push({ head: `${what} was not valid`, other: [`<nil>: Invalid value: ${goQuote('The edited file failed validation')}: ${why}`] });
        inv.out.err(`error: ${what} is invalid\n`);
        containsError = true;
        continue;
      }
    }
    if (stripComments(original) === stripComments(edited)) {
      inv.out.err('Edit cancelled, no changes made.\n');
      return undefined;
    }
    if (!hasLines(edited)) {
      inv.out.err('Edit cancelled, saved file was empty.\n');
      return undefined;
    }
    const objects = decodeEdited(session, edited);
    if (typeof objects === 'string') {
      reasons.push({ head: `The edited file had a syntax error: ${objects}`, other: [] });
      containsError = true;
      continue;
    }
    containsError = false;
    for (const obj of objects) {
      if (obj.metadata.namespace && obj.metadata.namespace !== inv.namespace && inv.cluster.api.typeOf(obj)?.namespaced) {
        const ns = obj.metadata.namespace;
        return messageError(`the namespace from the provided object "${ns}" does not match the namespace "${inv.namespace}". You must pass '--namespace=${ns}' to perform this operation.`);
      }
    }
    const results: Results = { reasons, invalid: 0, retryable: 0, notFound: 0 };
    for (const obj of objects) {
      const err = patchEdited(session, obj, results);
      if (err) return err;
    }
    if (results.retryable > 0 || results.notFound > 0) return { kind: 'exit' };
    if (results.invalid === 0) return undefined;
    containsError = results.reasons.length > 0;
  }
}
