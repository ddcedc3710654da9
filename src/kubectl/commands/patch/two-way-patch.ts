// The strategic merge patch from one version of an object to another (strategicpatch's
// CreateTwoWayMergePatch with SetElementOrder), as `kubectl edit` sends it: changed and added
// fields, `null` for removed ones, merged lists as their changed items plus `$patch: delete`
// items, `$deleteFromPrimitiveList/…` and `$setElementOrder/…` lists, and `$retainKeys` where the
// type asks for it. Applying the result with strategic-merge.ts gives back the edited object.

import { goSprint } from '../../printers';
import { jsonEqual } from '../apply-merge';
import { fieldMeta, type SchemaAt } from './patch-meta';

type Json = unknown;
type Obj = Record<string, Json>;

const isObj = (v: Json): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export class TwoWayPatchError {
  constructor(readonly message: string) {}
}
const fail = (message: string): never => {
  throw new TwoWayPatchError(message);
};

function goType(v: Json): string {
  if (v === null || v === undefined) return 'nil';
  if (Array.isArray(v)) return 'slice';
  return isObj(v) ? 'map' : typeof v;
}

/** Go's sort of scalars by their %v text (sort.StringsAreSorted on two strings). */
function sortScalars(list: readonly Json[]): Json[] {
  return [...list].sort((a, b) => {
    const x = goSprint(a);
    const y = goSprint(b);
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

function diffMaps(original: Obj, modified: Obj, at: SchemaAt, retainKeys: boolean): Obj {
  const patch: Obj = {};
  const retained: string[] = [];
  for (const [key, m] of Object.entries(modified)) {
    if (retainKeys && m !== null) retained.push(key);
    if (!(key in original)) {
      patch[key] = m;
      continue;
    }
    const o = original[key];
    if (key === '$patch') {
      if (typeof o !== 'string' || typeof m !== 'string') fail('invalid value for special key: $patch');
      if (o !== m) patch[key] = m;
      continue;
    }
    if (goType(o) !== goType(m)) {
      patch[key] = m;
      continue;
    }
    if (isObj(o) && isObj(m)) {
      const meta = fieldMeta(at, key);
      if (meta.strategy === 'replace') patch[key] = m;
      else {
        const sub = diffMaps(o, m, meta.typeId, meta.retainKeys === true);
        if (Object.keys(sub).length > 0) patch[key] = sub;
      }
    } else if (Array.isArray(o) && Array.isArray(m)) {
      diffSlice(key, o, m, at, patch);
    } else if (!jsonEqual(o, m)) patch[key] = m;
  }
  for (const key of Object.keys(original)) if (!(key in modified)) patch[key] = null;
  const hasRemovedField = Object.keys(original).some((k) => original[k] !== null && !(k in modified));
  if (retained.length > 0 && (Object.keys(patch).length > 0 || hasRemovedField)) patch['$retainKeys'] = sortScalars(retained);
  return patch;
}

function diffSlice(key: string, original: Json[], modified: Json[], at: SchemaAt, patch: Obj): void {
  const meta = fieldMeta(at, key, [...original, ...modified]);
  if (meta.strategy !== 'merge') {
    if (!jsonEqual(original, modified)) patch[key] = modified;
    return;
  }
  if (original.length === 0) {
    if (modified.length > 0) patch[key] = modified;
    return;
  }
  const types = new Set([...original, ...modified].map(goType));
  if (types.size > 1) fail(`list element types are not identical: ${goSprint([original, modified])}`);
  if (types.has('slice')) fail('lists of lists are not supported');
  if (types.has('map')) diffListOfMaps(key, original, modified, meta.typeId, meta.mergeKey ?? '', meta.retainKeys === true, patch);
  else diffListOfScalars(key, original, modified, patch);
}

function keyValue(item: Json, mergeKey: string): Json {
  if (!isObj(item) || !(mergeKey in item)) fail(`map: ${goSprint(item)} does not contain declared merge key: ${mergeKey}`);
  return (item as Obj)[mergeKey];
}

function diffListOfMaps(key: string, original: Json[], modified: Json[], at: SchemaAt, mergeKey: string, retainKeys: boolean, patch: Obj): void {
  const byKey = (list: Json[]) => [...list].sort((a, b) => {
    const x = goSprint(keyValue(a, mergeKey));
    const y = goSprint(keyValue(b, mergeKey));
    return x < y ? -1 : x > y ? 1 : 0;
  });
  const o = byKey(original);
  const m = byKey(modified);
  const changed: Json[] = [];
  const deleted: Json[] = [];
  let i = 0;
  let j = 0;
  while (i < o.length || j < m.length) {
    const ov = i < o.length ? goSprint(keyValue(o[i], mergeKey)) : undefined;
    const mv = j < m.length ? goSprint(keyValue(m[j], mergeKey)) : undefined;
    if (ov !== undefined && mv !== undefined && ov === mv) {
      const sub = diffMaps(o[i] as Obj, m[j] as Obj, at, retainKeys);
      if (Object.keys(sub).length > 0) changed.push({ ...sub, [mergeKey]: (m[j] as Obj)[mergeKey] });
      i++;
      j++;
    } else if (ov === undefined || (mv !== undefined && ov > mv)) {
      changed.push(m[j++]);
    } else {
      deleted.push({ $patch: 'delete', [mergeKey]: (o[i++] as Obj)[mergeKey] });
    }
  }
  // Changed items in the edited order, then the deletions.
  const position = (v: Json) => modified.findIndex((x) => (x as Obj)[mergeKey] === (v as Obj)[mergeKey]);
  const list = [...changed.sort((a, b) => position(a) - position(b)), ...deleted];
  const orderSame = original.length === modified.length && modified.every((v, n) => (original[n] as Obj)[mergeKey] === (v as Obj)[mergeKey]);
  if (list.length > 0) patch[key] = list;
  if (list.length > 0 || !orderSame) patch[`$setElementOrder/${key}`] = modified.map((v) => ({ [mergeKey]: (v as Obj)[mergeKey] }));
}

function diffListOfScalars(key: string, original: Json[], modified: Json[], patch: Obj): void {
  const o = sortScalars(original);
  const m = sortScalars(modified);
  const added: Json[] = [];
  const deleted: Json[] = [];
  let i = 0;
  let j = 0;
  while (i < o.length || j < m.length) {
    const os = i < o.length ? goSprint(o[i]) : undefined;
    const ms = j < m.length ? goSprint(m[j]) : undefined;
    if (os !== undefined && ms !== undefined && os === ms) {
      i++;
      j++;
    } else if (os === undefined || (ms !== undefined && os > ms)) added.push(m[j++]);
    else deleted.push(o[i++]);
  }
  const position = (v: Json) => modified.indexOf(v);
  const addList = added.sort((a, b) => position(a) - position(b));
  const deletions = deleted.filter((v, n) => deleted.indexOf(v) === n);
  if (addList.length > 0) patch[key] = addList;
  if (deletions.length > 0) patch[`$deleteFromPrimitiveList/${key}`] = deletions;
  if (deletions.length > 0 || !jsonEqual(original, modified)) patch[`$setElementOrder/${key}`] = modified;
}

/** The two-way strategic merge patch from `original` to `modified` (both objects of one kind). */
export function createTwoWayPatch(original: Obj, modified: Obj, at: SchemaAt): Obj {
  return diffMaps(original, modified, at, false);
}

/** edit's preconditions: the patch may not change apiVersion, kind, metadata.name or managedFields. */
export function changesIdentity(patch: Obj): boolean {
  const metadata = patch['metadata'];
  return 'apiVersion' in patch || 'kind' in patch || 'managedFields' in patch || (isObj(metadata) && 'name' in metadata);
}
