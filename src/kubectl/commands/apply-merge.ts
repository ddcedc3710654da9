// The three-way strategic merge `kubectl apply` computes: fields of the new manifest (modified)
// are set on the live object (current), fields the previous apply set (original, from the
// last-applied-configuration annotation) and the new manifest dropped are removed. How each field
// merges comes from the same schema table `kubectl patch` uses (patch/patch-meta.ts): lists tagged
// `merge` are merged item by item on their merge key (containers by name, a Container's ports by
// containerPort, a Service's by port…) or, for lists of scalars (finalizers), value by value;
// maps tagged `replace` are taken whole from the manifest; other lists are replaced whole.

import { fieldMeta, type FieldMeta, type SchemaAt } from './patch/patch-meta';

type Json = unknown;
type Obj = Record<string, Json>;

const isObj = (v: Json): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

function mergeList(meta: FieldMeta, current: Json[], original: Json[] | undefined, modified: Json[]): Json[] {
  const key = meta.mergeKey;
  // Without a merge key (a list of scalars) an item is its own key.
  const keyOf = (v: Json): string => (key !== undefined && isObj(v) ? JSON.stringify(v[key] ?? null) : JSON.stringify(v));
  const modifiedKeys = new Set(modified.map(keyOf));
  const removed = new Set((original ?? []).map(keyOf).filter((k) => !modifiedKeys.has(k)));
  const result: Json[] = [];
  const used = new Set<string>();
  // Items of the new manifest come first, in its order, each merged with its live counterpart;
  // live items the user never applied stay after them.
  for (const m of modified) {
    const k = keyOf(m);
    used.add(k);
    const cur = current.find((c) => keyOf(c) === k);
    const orig = original?.find((o) => keyOf(o) === k);
    result.push(cur === undefined ? clone(m) : mergeValue(meta.typeId, cur, orig, m));
  }
  for (const c of current) {
    const k = keyOf(c);
    if (!used.has(k) && !removed.has(k)) result.push(clone(c));
  }
  return result;
}

function mergeMaps(at: SchemaAt, current: Obj, original: Json, modified: Obj): Obj {
  const result: Obj = clone(current);
  for (const [k, m] of Object.entries(modified)) {
    if (m === null) {
      delete result[k];
      continue;
    }
    result[k] = mergeField(at, k, current[k], isObj(original) ? original[k] : undefined, m);
  }
  if (isObj(original)) {
    for (const k of Object.keys(original)) if (!(k in modified)) delete result[k];
  }
  return result;
}

/** The field `field` of the struct `at` after the merge. */
function mergeField(at: SchemaAt, field: string, current: Json, original: Json, modified: Json): Json {
  if (isObj(modified) && isObj(current)) {
    const meta = fieldMeta(at, field);
    return meta.strategy === 'replace' ? clone(modified) : mergeMaps(meta.typeId, current, original, modified);
  }
  if (Array.isArray(modified) && Array.isArray(current)) {
    const meta = fieldMeta(at, field, [...modified, ...current]);
    if (meta.strategy !== 'merge') return clone(modified);
    return mergeList(meta, current, Array.isArray(original) ? original : undefined, modified);
  }
  return clone(modified);
}

/** A value of the struct `at` (a list item) after the merge. */
function mergeValue(at: SchemaAt, current: Json, original: Json, modified: Json): Json {
  return isObj(modified) && isObj(current) ? mergeMaps(at, current, original, modified) : clone(modified);
}

/**
 * The live object after applying `modified` over `current`, given what was applied before;
 * `at` is the object's kind in the schema (patch-meta's schemaRoot).
 */
export function merge3(at: SchemaAt, current: Json, original: Json, modified: Json): Json {
  return mergeValue(at, current, original, modified);
}

/** Deep equality of JSON values, ignoring key order. */
export function jsonEqual(a: Json, b: Json): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  if (isObj(a) && isObj(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => k in b && jsonEqual(a[k], b[k]));
  }
  return a === b;
}
