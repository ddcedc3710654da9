// JSON Merge Patch (RFC 7386) as evanphx/json-patch's MergePatch applies it: objects merge key by
// key, `null` removes a key, anything else (lists included) replaces the value; nulls inside newly
// added values are dropped. Also the reverse, CreateMergePatch, for label/annotate's requests.

import { jsonEqual } from '../apply-merge';

type Json = unknown;
type Obj = Record<string, Json>;

const isObj = (v: Json): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

/** pruneNulls: a value as it lands in the document, without null object members. */
function pruned(v: Json): Json {
  if (Array.isArray(v)) return v.map((x) => (isObj(x) || Array.isArray(x) ? pruned(x) : x));
  if (!isObj(v)) return v;
  const out: Obj = {};
  for (const [k, x] of Object.entries(v)) if (x !== null) out[k] = pruned(x);
  return out;
}

function mergeDocs(doc: Obj, patch: Obj): void {
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) {
      delete doc[k];
      continue;
    }
    const cur = doc[k];
    if (cur === undefined || cur === null || !isObj(cur) || !isObj(v)) doc[k] = isObj(cur) && !isObj(v) ? v : pruned(v);
    else mergeDocs(cur, v);
  }
}

/** The document after the merge patch; `patch` must be an object (the server checks that first). */
export function applyMergePatch(doc: Json, patch: Obj): Json {
  const out = isObj(doc) ? clone(doc) : {};
  mergeDocs(out, clone(patch));
  return out;
}

/** CreateMergePatch: the merge patch that turns `original` into `modified` (both objects). */
export function createMergePatch(original: Obj, modified: Obj): Obj {
  const patch: Obj = {};
  for (const [k, m] of Object.entries(modified)) {
    const o = original[k];
    if (isObj(o) && isObj(m)) {
      const sub = createMergePatch(o, m);
      if (Object.keys(sub).length > 0) patch[k] = sub;
    } else if (!jsonEqual(o, m)) patch[k] = clone(m);
  }
  for (const k of Object.keys(original)) if (!(k in modified)) patch[k] = null;
  return patch;
}
