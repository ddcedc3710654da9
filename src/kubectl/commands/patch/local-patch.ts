// Patching without the server (`--local`, `--dry-run=client`): kubectl applies the patch itself
// with the same libraries (getPatchedJSON), so the errors are the libraries' own texts rather than
// the server's (`invalid JSON document`, `Invalid JSON Patch`, the JSON patch library's messages).

import type { KubeObject } from '../../../sim/api/object';
import { messageError, type KubectlError } from '../../cli/errors';
import { parseGoJson } from './go-json';
import { applyJsonPatch, decodeJsonPatch } from './json-patch';
import { applyMergePatch } from './merge-patch';
import { schemaRoot } from './patch-meta';
import type { PatchType } from './server-patch';
import { applyStrategicPatch, StrategicPatchError } from './strategic-merge';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The object after the patch, computed on the client. */
export function patchLocally(obj: KubeObject, patchType: PatchType, body: string): { object: KubeObject } | KubectlError {
  const parsed = parseGoJson(body);
  switch (patchType) {
    case 'json': {
      if (!parsed.ok) return messageError(parsed.message);
      const decoded = decodeJsonPatch(parsed.value);
      if (!decoded.ok) return messageError(decoded.message);
      const result = applyJsonPatch(obj, decoded.ops);
      if (!result.ok) {
        // kubectl rewords the library's "doc is missing key" failures.
        const at = result.message.indexOf('key:');
        if (result.message.includes('doc is missing key') && at >= 0) return messageError(`Object to be patched is missing field (${result.message.slice(at + 5)})`);
        return messageError(result.message);
      }
      return asObject(result.value);
    }
    case 'merge':
      // A list replaces the whole document, which then does not decode as an object.
      if (parsed.ok && Array.isArray(parsed.value)) return messageError('json: cannot unmarshal array into Go value of type unstructured.detector');
      if (!parsed.ok || !isObj(parsed.value)) return messageError('Invalid JSON Patch');
      return asObject(applyMergePatch(obj, parsed.value));
    case 'strategic':
      if (!parsed.ok || !isObj(parsed.value)) return messageError('invalid JSON document');
      try {
        return asObject(applyStrategicPatch(obj, parsed.value, schemaRoot(obj.apiVersion, obj.kind)));
      } catch (e) {
        if (e instanceof StrategicPatchError) return messageError(e.message);
        throw e;
      }
  }
}

/** The patched document as an object (wrapped: a patched `kind` must never read as an error value). */
function asObject(v: unknown): { object: KubeObject } | KubectlError {
  if (!isObj(v)) return messageError('unable to decode the patched object: not a JSON object');
  const obj = v as KubeObject;
  if (!isObj(obj.metadata)) obj.metadata = {};
  return { object: obj };
}
