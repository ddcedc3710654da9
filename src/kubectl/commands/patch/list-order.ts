// The list machinery of a strategic merge (apimachinery's strategicpatch): the errors it raises,
// the Go-type checks of list items, and the order merged items end up in — patched items in patch
// order, live-only items in live order, interleaved as normalizeElementOrder/mergeSortedSlice do.

import { goSprint } from '../../printers';

type Json = unknown;
type Obj = Record<string, Json>;

const isObj = (v: Json): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Why a patch could not be applied. `badRequest` errors are the mergepatch sentinel errors the server
 * answers with 400; `unknown` are plain errors it answers with 500 and no reason
 * (kubectl: `Error from server: …`); `invalid` is a 422 without details.
 */
export class StrategicPatchError {
  constructor(
    readonly message: string,
    readonly kind: 'badRequest' | 'unknown' | 'invalid',
  ) {}
}
export const fail = (message: string, kind: StrategicPatchError['kind'] = 'unknown'): never => {
  throw new StrategicPatchError(message, kind);
};

export const noMergeKey = (m: Json, key: string): never => fail(`map: ${goSprint(m)} does not contain declared merge key: ${key}`);
export const badPatchType = (t: Json, m: Json): never => fail(`unknown patch type: ${goSprint(t)} in map: ${goSprint(m)}`);

/** Go's reflect type of a decoded JSON value, as far as the merge compares them. */
export function goType(v: Json): string {
  if (v === null || v === undefined) return 'nil';
  if (Array.isArray(v)) return 'slice';
  if (isObj(v)) return 'map';
  return typeof v;
}

function mergeKeyValue(item: Json, key: string): Json {
  return isObj(item) ? item[key] : item;
}

/** index(): where `v` sits in `list`, by merge key for maps, by value for scalars. */
export function indexIn(list: readonly Json[], v: Json, key: string | undefined): number {
  const pick = (x: Json) => (key ? mergeKeyValue(x, key) : x);
  const wanted = pick(v);
  return list.findIndex((x) => pick(x) === wanted);
}

/** sliceElementType: every item of the lists has one Go type (not a list), or an error. */
export function elementType(...lists: readonly (readonly Json[] | undefined)[]): string {
  let type: string | undefined;
  for (const list of lists) {
    for (const v of list ?? []) {
      const t = goType(v);
      if (type === undefined) {
        if (t === 'slice') fail('lists of lists are not supported', 'invalid');
        type = t;
      } else if (t !== type) fail(`list element types are not identical: ${goSprint(lists.map((l) => l ?? null))}`);
    }
  }
  if (type === undefined) fail('no elements in any of the given slices');
  return type as string;
}

/** normalizeSliceOrder: a stable sort of `items` by where they appear in `order`. */
export function sortByOrder(items: Json[], order: readonly Json[], key: string | undefined): Json[] {
  if (key) for (const v of [...items, ...order]) if (!isObj(v) || !(key in v)) noMergeKey(v, key);
  return items
    .map((v, i) => ({ v, i, at: indexIn(order, v, key) }))
    .sort((a, b) => (a.at >= 0 && b.at >= 0 && a.at !== b.at ? a.at - b.at : a.i - b.i))
    .map((x) => x.v);
}

/** normalizeElementOrder + mergeSortedSlice: patched items in patch order, live ones slotted in by live order. */
export function normalizeOrder(patchItems: Json[], serverOnly: Json[], patchOrder: readonly Json[], serverOrder: readonly Json[], key: string | undefined): Json[] {
  const right = sortByOrder(patchItems, patchOrder, key);
  const left = sortByOrder(serverOnly, serverOrder, key);
  const out: Json[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length || j < right.length) {
    if (i >= left.length) out.push(right[j++]);
    else if (j >= right.length) out.push(left[i++]);
    else {
      const li = indexIn(serverOrder, left[i], key);
      const ri = indexIn(serverOrder, right[j], key);
      if (li >= 0 && ri >= 0 && li < ri) out.push(left[i++]);
      else out.push(right[j++]);
    }
  }
  return out;
}

/** Splits `merged` into the items named in `by` and the others, keeping their order. */
export function partition(merged: readonly Json[], by: readonly Json[], key: string | undefined): [Json[], Json[]] {
  const inPatch: Json[] = [];
  const serverOnly: Json[] = [];
  for (const v of merged) {
    if (key && (!isObj(v) || !(key in v))) noMergeKey(v, key);
    (indexIn(by, v, key) >= 0 ? inPatch : serverOnly).push(v);
  }
  return [inPatch, serverOnly];
}

export function deduplicate(list: readonly Json[]): Json[] {
  const out: Json[] = [];
  for (const v of list) if (!out.some((x) => x === v)) out.push(v);
  return out;
}

/** mergeSlice; `at` is the schema position of the list's items. */
