// Reading `-f` manifests for the write verbs (create, apply, replace, delete): the files as the
// builder visits them, each object mapped to its resource type and given its namespace, with the
// builder's errors ("resource mapping not found…", namespace mismatch, kind not set).

import type { KubeObject } from '../../sim/api/object';
import { clone } from '../../sim/api/object';
import type { ResourceType } from '../../sim/api/registry';
import { messageError, type KubectlError } from '../cli/errors';
import type { Invocation } from '../cli/command';
import { readManifests } from '../input/manifests';
import { toCompactJson } from '../printers';
import { urlInputError } from './create-shared';

export const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/** One object from a file, ready to send. */
export interface FileObject {
  readonly source: string;
  readonly type: ResourceType;
  /** The namespace the request goes to (undefined for cluster-scoped kinds). */
  readonly namespace: string | undefined;
  /** The manifest, with metadata.namespace filled in as the builder's DefaultNamespace does. */
  readonly object: KubeObject;
}

/** A visited item: an object, or the error the builder hit for it (the command goes on). */
export type FileItem = { ok: true; item: FileObject } | { ok: false; error: KubectlError };

export interface ReadOptions {
  /** --validate=false: a manifest without kind reads as a decode error instead of a validation one. */
  readonly validate: boolean;
}

/** All -f inputs, or the error that stops the command before anything is sent. */
export function readFileObjects(inv: Invocation, opts: ReadOptions): FileItem[] | KubectlError {
  const paths = inv.flags.strings('filename');
  const urlError = urlInputError(paths);
  if (urlError) return urlError;
  const read = readManifests(paths, inv.flags.bool('recursive'), inv.ctx);
  if (!read.ok) {
    const err = read.error;
    if (opts.validate && err.kind === 'message') {
      const m = /^unable to decode "(.*)": Object 'Kind' is missing in/.exec(err.message);
      if (m) return messageError(`error validating "${m[1]}": error validating data: kind not set; if you choose to ignore these errors, turn validation off with --validate=false`);
    }
    return err;
  }
  return read.manifests.map(({ source, object }) => mapObject(source, object, inv));
}

function mapObject(source: string, input: KubeObject, inv: Invocation): FileItem {
  const object = clone(input);
  const name = object.metadata.name ?? '';
  const type = inv.cluster.api.typeOf(object);
  if (!type) {
    return {
      ok: false,
      error: messageError(
        `resource mapping not found for name: "${name}" namespace: "${object.metadata.namespace ?? ''}" from "${source}": no matches for kind "${object.kind}" in version "${object.apiVersion}"\nensure CRDs are installed first`,
      ),
    };
  }
  let namespace: string | undefined;
  if (type.namespaced) {
    namespace = object.metadata.namespace || inv.namespace;
    if (inv.explicitNamespace && namespace !== inv.namespace) {
      return {
        ok: false,
        error: messageError(`the namespace from the provided object "${namespace}" does not match the namespace "${inv.namespace}". You must pass '--namespace=${namespace}' to perform this operation.`),
      };
    }
    object.metadata.namespace = namespace;
  }
  return { ok: true, item: { source, type, namespace, object } };
}

/**
 * The object as `kubectl apply` records it in the last-applied-configuration annotation: its JSON
 * (sorted keys, trailing newline) without that annotation itself.
 */
export function lastAppliedOf(obj: KubeObject, opts: { structOrder?: boolean } = {}): string {
  const copy = clone(obj);
  const annotations = { ...(copy.metadata.annotations ?? {}) };
  delete annotations[LAST_APPLIED];
  if (Object.keys(annotations).length === 0) delete copy.metadata.annotations;
  else copy.metadata.annotations = annotations;
  // A typed object (a generator's) is encoded in Go struct order; one read from a file, as a map: sorted.
  return `${toCompactJson(copy, { sortKeys: !opts.structOrder })}\n`;
}

/** The object with its last-applied-configuration annotation set (create --save-config, apply). */
export function withLastApplied(obj: KubeObject, opts: { structOrder?: boolean } = {}): KubeObject {
  const value = lastAppliedOf(obj, opts);
  const copy = clone(obj);
  copy.metadata.annotations = { ...(copy.metadata.annotations ?? {}), [LAST_APPLIED]: value };
  return copy;
}

/** cmdutil.AddSourceToErr: API errors name the file they came from. */
export function withSource(err: KubectlError, verb: string, source: string): KubectlError {
  if (err.kind !== 'status') return err;
  return { kind: 'status', status: { ...err.status, message: `error when ${verb} "${source}": ${err.status.message}` } };
}
