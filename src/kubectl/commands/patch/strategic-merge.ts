// Applying a strategic merge patch the way the API server does (apimachinery's strategicpatch
// StrategicMergeMapPatch, server mode): maps merge key by key and `null` deletes; lists follow the
// field's patchStrategy (patch-meta.ts) — merged item by item on their patchMergeKey, unioned for
// scalar lists, otherwise replaced whole — and the directives are honoured: `$patch: replace` /
// `$patch: delete` in a map or as a list element, `$deleteFromPrimitiveList/<field>`,
// `$setElementOrder/<field>` and `$retainKeys`. Item order follows upstream's rules (patch order for
// patched items, live order for the rest, interleaved as mergeSortedSlice does).

import { badPatchType, deduplicate, elementType, fail, goType, noMergeKey, normalizeOrder, partition } from './list-order';
import { fieldMeta, type SchemaAt } from './patch-meta';

export { StrategicPatchError } from './list-order';

type Json = unknown;
type Obj = Record<string, Json>;

const isObj = (v: Json): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

const DIRECTIVE = '$patch';
const DELETE_FROM_PRIMITIVE_LIST = '$deleteFromPrimitiveList';
const SET_ELEMENT_ORDER = '$setElementOrder';
const RETAIN_KEYS = '$retainKeys';

/** removeDirectives: the value without directive maps; `keep` false when it is one itself. */
function removeDirectives(v: Json): { value: Json; keep: boolean } {
  if (isObj(v)) {
    if (DIRECTIVE in v) return { value: null, keep: false };
    for (const k of Object.keys(v)) {
      const r = removeDirectives(v[k]);
      if (r.keep) v[k] = r.value;
      else delete v[k];
    }
    return { value: v, keep: true };
  }
  if (Array.isArray(v)) return { value: v.map(removeDirectives).filter((r) => r.keep).map((r) => r.value), keep: true };
  return { value: v, keep: true };
}

function discardNulls(v: Json): void {
  if (isObj(v)) {
    for (const k of Object.keys(v)) {
      if (v[k] === null) delete v[k];
      else discardNulls(v[k]);
    }
  } else if (Array.isArray(v)) v.forEach(discardNulls);
}

/** extractKey: `$prefix/field` → field. */
function extractKey(key: string, prefix: string): string {
  const slash = key.indexOf('/');
  if (slash < 0 || key.slice(0, slash) !== prefix) {
    if (prefix === DELETE_FROM_PRIMITIVE_LIST) fail('invalid patch format of primitive list', 'badRequest');
    fail('invalid patch format of setElementOrder list', 'badRequest');
  }
  return key.slice(slash + 1);
}

function mergeSlice(original: Json[], patch: Json[], at: SchemaAt, key: string | undefined, isDeleteList: boolean): Json[] {
  if (original.length === 0 && patch.length === 0) return original;
  const type = elementType(original, patch);
  let merged: Json[];
  let serverOrder = original;
  let patchOrder = patch;
  if (type !== 'map') {
    if (isDeleteList) return original.filter((v) => !patch.includes(v));
    merged = deduplicate([...original, ...patch]);
  } else {
    if (!key) fail(`cannot merge lists without merge key for ${at ?? ''}`);
    const mergeKey = key as string;
    // Special elements first: `$patch: delete` items remove their match, `$patch: replace` drops the live list.
    let rest: Json[] = [];
    let replace = false;
    let live = [...original];
    for (const v of patch) {
      const item = v as Obj;
      if (!(DIRECTIVE in item)) {
        rest.push(v);
        continue;
      }
      const directive = item[DIRECTIVE];
      if (directive === 'delete') {
        if (!(mergeKey in item)) noMergeKey(item, mergeKey);
        live = live.filter((x) => !(isObj(x) && x[mergeKey] === item[mergeKey]));
      } else if (directive === 'replace') replace = true;
      else if (directive === 'merge') fail('merging lists cannot yet be specified in the patch');
      else badPatchType(directive, item);
    }
    if (replace) {
      live = rest;
      rest = [];
    }
    serverOrder = live;
    patchOrder = rest;
    merged = [...live];
    for (const v of rest) {
      const item = v as Obj;
      if (!(mergeKey in item)) noMergeKey(item, mergeKey);
      const idx = merged.findIndex((x) => {
        if (!isObj(x)) fail(`value for key ${merged.indexOf(x)} is not a map`);
        return (x as Obj)[mergeKey] === item[mergeKey];
      });
      if (idx >= 0) merged[idx] = mergeMap(merged[idx] as Obj, item, at);
      else merged.push(v);
    }
  }
  const [patchItems, serverOnly] = partition(merged, patchOrder, type === 'map' ? key : undefined);
  return normalizeOrder(patchItems, serverOnly, patchOrder, serverOrder, type === 'map' ? key : undefined);
}

/** mergeSliceHandler: lists tagged `merge` (and deletion lists) merge; others are the patch's list. */
function mergeSliceAt(original: Json[], patch: Json[], parent: SchemaAt, field: string, isDeleteList: boolean): Json[] {
  const meta = fieldMeta(parent, field, [...original, ...patch]);
  if (meta.strategy !== 'merge' && !isDeleteList) return patch;
  return mergeSlice(original, patch, meta.typeId, meta.mergeKey, isDeleteList);
}

function applyRetainKeys(original: Obj, patch: Obj): void {
  if (!(RETAIN_KEYS in patch)) return;
  const list = patch[RETAIN_KEYS];
  delete patch[RETAIN_KEYS];
  if (!Array.isArray(list)) fail('invalid patch format of retainKeys', 'badRequest');
  const keep = new Set(list as Json[]);
  for (const [k, v] of Object.entries(patch)) {
    if (v === null || k.startsWith(DELETE_FROM_PRIMITIVE_LIST) || k.startsWith(SET_ELEMENT_ORDER)) continue;
    if (!keep.has(k)) fail('invalid patch format of retainKeys', 'badRequest');
  }
  for (const k of Object.keys(original)) if (!keep.has(k)) delete original[k];
}

/** mergePatchIntoOriginal: each `$setElementOrder/<field>` merges its list and fixes its order. */
function applySetElementOrder(original: Obj, patch: Obj, at: SchemaAt): void {
  for (const key of Object.keys(patch)) {
    if (!key.startsWith(SET_ELEMENT_ORDER)) continue;
    const order = patch[key];
    delete patch[key];
    if (!Array.isArray(order)) fail(`expected a []interface {}, but received a ${goType(order)}`);
    const field = extractKey(key, SET_ELEMENT_ORDER);
    const hasOriginal = field in original;
    const hasPatch = field in patch;
    const originalList = original[field];
    const patchList = patch[field];
    if (hasOriginal && !Array.isArray(originalList)) fail(`expected a []interface {}, but received a ${goType(originalList)}`);
    if (hasPatch && !Array.isArray(patchList)) fail(`expected a []interface {}, but received a ${goType(patchList)}`);
    if (!hasOriginal && !hasPatch) continue;
    const meta = fieldMeta(at, field, [...((originalList as Json[]) ?? []), ...((patchList as Json[]) ?? [])]);
    const key2 = meta.mergeKey;
    let merged: Json[];
    if (!hasPatch) merged = originalList as Json[];
    else if (!hasOriginal) merged = removeDirectives(patchList).value as Json[];
    else merged = mergeSliceAt(originalList as Json[], patchList as Json[], at, field, false);
    const type = elementType(hasOriginal ? (originalList as Json[]) : [], hasPatch ? (patchList as Json[]) : []);
    const k = type === 'map' ? key2 : undefined;
    const [patchItems, serverOnly] = partition(merged, order as Json[], k);
    original[field] = normalizeOrder(patchItems, serverOnly, order as Json[], hasOriginal ? (originalList as Json[]) : [], k);
    delete patch[field];
  }
}

/** mergeMap with MergeParallelList and IgnoreUnmatchedNulls, as the server runs it. */
export function mergeMap(originalIn: Obj | undefined, patch: Obj, at: SchemaAt): Obj {
  if (DIRECTIVE in patch) {
    const directive = patch[DIRECTIVE];
    if (directive === 'replace') {
      delete patch[DIRECTIVE];
      return patch;
    }
    if (directive === 'delete') return {};
    badPatchType(directive, patch);
  }
  const original = originalIn ?? {};
  applyRetainKeys(original, patch);
  applySetElementOrder(original, patch, at);
  for (const rawKey of Object.keys(patch)) {
    const patchV = patch[rawKey];
    let k = rawKey;
    let isDeleteList = false;
    if (rawKey.startsWith(DELETE_FROM_PRIMITIVE_LIST)) {
      k = extractKey(rawKey, DELETE_FROM_PRIMITIVE_LIST);
      isDeleteList = true;
    }
    if (patchV === null) {
      delete original[k];
      continue;
    }
    const replaceWithPatch = (): void => {
      if (isDeleteList) return;
      discardNulls(patchV);
      const r = removeDirectives(patchV);
      if (r.keep) original[k] = r.value;
      else delete original[k];
    };
    if (!(k in original) || goType(original[k]) !== goType(patchV)) {
      replaceWithPatch();
      continue;
    }
    const cur = original[k];
    if (isObj(cur) && isObj(patchV)) {
      const meta = fieldMeta(at, k);
      original[k] = meta.strategy === 'replace' ? patchV : mergeMap(cur, patchV, meta.typeId);
    } else if (Array.isArray(cur) && Array.isArray(patchV)) {
      original[k] = mergeSliceAt(cur, patchV, at, k, isDeleteList);
    } else {
      const r = removeDirectives(patchV);
      if (r.keep) original[k] = r.value;
      else delete original[k];
    }
  }
  return original;
}

/** The object after a strategic merge patch; throws StrategicPatchError. Inputs are not changed. */
export function applyStrategicPatch(original: Obj, patch: Obj, at: SchemaAt): Obj {
  return mergeMap(clone(original), clone(patch), at);
}
