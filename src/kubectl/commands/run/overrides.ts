// --overrides / --override-type of `kubectl run` and `kubectl expose`: an inline JSON change
// applied to the generated object before it is sent. `merge` is an RFC 7386 merge patch, `json` an
// RFC 6902 patch, `strategic` a merge patch that merges lists of named items (containers, env,
// ports…) by their key instead of replacing them — the simulator's reading of Kubernetes'
// strategic merge patch for the objects these verbs build. Keys the patch adds come after the
// existing ones (kubectl re-decodes into Go structs; only -o json shows the difference).

import type { KubeObject } from '../../../sim/api/object';
import { clone } from '../../../sim/api/object';
import { messageError, type KubectlError } from '../../cli/errors';
import type { FlagSpec } from '../../cli/flags';

export const OVERRIDE_FLAGS: readonly FlagSpec[] = [
  { name: 'override-type', type: 'string', default: 'merge', usage: 'How --overrides is applied: json (a JSON patch), merge (a merge patch) or strategic.' },
  { name: 'overrides', type: 'string', usage: 'Inline JSON that is merged into the generated object before it is sent.' },
];

type Json = unknown;
const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

function mergePatch(target: Json, patch: Json): Json {
  if (!isObject(patch)) return patch;
  const out: Record<string, Json> = isObject(target) ? { ...target } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v);
  }
  return out;
}

/** The key strategic merge uses for lists of objects (containers by name, ports by number…). */
function mergeKeyOf(items: readonly Json[]): string | undefined {
  for (const key of ['name', 'containerPort', 'port', 'mountPath', 'devicePath', 'ip', 'topologyKey']) {
    if (items.length > 0 && items.every((i) => isObject(i) && i[key] !== undefined)) return key;
  }
  return undefined;
}

function strategicPatch(target: Json, patch: Json): Json {
  if (Array.isArray(patch) && Array.isArray(target)) {
    const key = mergeKeyOf(patch);
    if (!key || mergeKeyOf(target) !== key) return patch;
    const out = [...target];
    for (const item of patch as Record<string, Json>[]) {
      const at = out.findIndex((t) => isObject(t) && t[key] === item[key]);
      if (at >= 0) out[at] = strategicPatch(out[at], item);
      else out.push(item);
    }
    return out;
  }
  if (!isObject(patch)) return patch;
  const out: Record<string, Json> = isObject(target) ? { ...target } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = strategicPatch(out[k], v);
  }
  return out;
}

/** RFC 6901 pointer segments. */
function pointer(path: unknown): string[] | undefined {
  if (typeof path !== 'string' || (path !== '' && !path.startsWith('/'))) return undefined;
  return path === '' ? [] : path.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function jsonPatch(doc: Json, ops: Json): Json | string {
  if (!Array.isArray(ops)) return 'json: cannot unmarshal object into Go value of type jsonpatch.Patch';
  let root = clone(doc as KubeObject) as Json;
  for (const op of ops) {
    if (!isObject(op)) return 'Invalid JSON Patch';
    const path = pointer(op['path']);
    if (!path) return 'Invalid JSON Patch';
    const last = path[path.length - 1];
    let parent: Json = root;
    for (const seg of path.slice(0, -1)) {
      parent = Array.isArray(parent) ? parent[Number(seg)] : isObject(parent) ? parent[seg] : undefined;
      if (parent === undefined) return `add operation does not apply: doc is missing path: "${String(op['path'])}": missing value`;
    }
    const kind = op['op'];
    if (last === undefined) {
      if (kind === 'add' || kind === 'replace') root = op['value'];
      continue;
    }
    if (Array.isArray(parent)) {
      const i = last === '-' ? parent.length : Number(last);
      if (kind === 'add') parent.splice(i, 0, op['value']);
      else if (kind === 'replace') parent[i] = op['value'];
      else if (kind === 'remove') parent.splice(i, 1);
      else return `Unexpected kind: ${String(kind)}`;
    } else if (isObject(parent)) {
      if (kind === 'add' || kind === 'replace') parent[last] = op['value'];
      else if (kind === 'remove') delete parent[last];
      else return `Unexpected kind: ${String(kind)}`;
    }
  }
  return root;
}

/** The object with --overrides applied, or kubectl's error. */
export function applyOverrides(obj: KubeObject, overrides: string, overrideType: string): KubeObject | KubectlError {
  if (overrides === '') return obj;
  const type = overrideType === '' ? 'merge' : overrideType;
  if (type !== 'json' && type !== 'merge' && type !== 'strategic') return messageError(`invalid override type: ${type}`);
  let patch: Json;
  try {
    patch = JSON.parse(overrides);
  } catch {
    // The three libraries word a syntax error differently (Go's JSON decoder for a JSON patch).
    if (type === 'merge') return messageError('Invalid JSON Patch');
    if (type === 'strategic') return messageError('invalid JSON document');
    const first = overrides.trimStart()[0] ?? '';
    return messageError(first === '' ? 'unexpected end of JSON input' : `invalid character '${first}' looking for beginning of value`);
  }
  if (type === 'json') {
    const r = jsonPatch(obj, patch);
    return typeof r === 'string' ? messageError(r) : (r as KubeObject);
  }
  if (!isObject(patch)) {
    const what = Array.isArray(patch) ? 'array' : patch === null ? 'null' : typeof patch === 'string' ? 'string' : typeof patch === 'number' ? 'number' : 'bool';
    return messageError(
      `couldn't get version/kind; json parse error: json: cannot unmarshal ${what} into Go value of type struct { APIVersion string "json:\\"apiVersion,omitempty\\""; Kind string "json:\\"kind,omitempty\\"" }`,
    );
  }
  return (type === 'merge' ? mergePatch(obj, patch) : strategicPatch(obj, patch)) as KubeObject;
}
