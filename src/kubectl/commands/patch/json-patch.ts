// JSON Patch (RFC 6902) as gopkg.in/evanphx/json-patch.v4 applies it — the library both kubectl
// (--local, --dry-run=client) and the API server use: add/remove/replace/move/copy/test on JSON
// pointers (`~1` for `/`, `~0` for `~`, `-` appends, negative indices count from the end), with
// its error texts. Its quirks are kept: `replace` of a missing object key adds it, a pointer
// without a leading `/` addresses the root's last segment.

import { jsonEqual } from '../apply-merge';
import { goJsonKind } from './go-json';

type Json = unknown;
type Obj = Record<string, Json>;

const isObj = (v: Json): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

export type JsonPatchResult = { ok: true; value: Json } | { ok: false; message: string };

class PatchError {
  constructor(readonly message: string) {}
}
const fail = (message: string): never => {
  throw new PatchError(message);
};

const MISSING = 'missing value';
const BAD_INDEX = 'invalid index referenced';

/** strconv.Atoi: an optional sign and decimal digits. */
function atoi(key: string): number {
  if (!/^[+-]?\d+$/.test(key)) fail(`strconv.Atoi: parsing "${key}": invalid syntax`);
  return Number(key);
}

/** A place values live in: an object or an array, with the library's get/set/add/remove. */
interface Container {
  get(key: string): Json;
  set(key: string, v: Json): void;
  add(key: string, v: Json): void;
  remove(key: string): void;
}

function objectContainer(o: Obj): Container {
  return {
    get: (k) => o[k],
    set: (k, v) => {
      o[k] = v;
    },
    add: (k, v) => {
      o[k] = v;
    },
    remove: (k) => {
      if (!Object.hasOwn(o, k)) fail(`Unable to remove nonexistent key: ${k}: ${MISSING}`);
      delete o[k];
    },
  };
}

function arrayContainer(a: Json[]): Container {
  const resolve = (key: string, size: number): number => {
    let idx = atoi(key);
    if (idx < 0) {
      if (idx < -size) fail(`Unable to access invalid index: ${idx}: ${BAD_INDEX}`);
      idx += size;
    }
    return idx;
  };
  return {
    get: (k) => {
      const idx = resolve(k, a.length);
      if (idx >= a.length) fail(`Unable to access invalid index: ${atoi(k)}: ${BAD_INDEX}`);
      return a[idx];
    },
    set: (k, v) => {
      a[resolve(k, a.length)] = v;
    },
    add: (k, v) => {
      if (k === '-') {
        a.push(v);
        return;
      }
      if (!/^[+-]?\d+$/.test(k)) fail(`value was not a proper array index: '${k}': strconv.Atoi: parsing "${k}": invalid syntax`);
      const raw = Number(k);
      if (raw >= a.length + 1) fail(`Unable to access invalid index: ${raw}: ${BAD_INDEX}`);
      a.splice(resolve(k, a.length + 1), 0, v);
    },
    remove: (k) => {
      const raw = atoi(k);
      if (raw >= a.length) fail(`Unable to access invalid index: ${raw}: ${BAD_INDEX}`);
      a.splice(resolve(k, a.length), 1);
    },
  };
}

const containerOf = (v: Json): Container | undefined => (Array.isArray(v) ? arrayContainer(v) : isObj(v) ? objectContainer(v) : undefined);
const decodeKey = (k: string): string => k.replace(/~1/g, '/').replace(/~0/g, '~');

/** findObject: the container holding the pointer's last segment, and that segment. */
function findObject(doc: Json, path: string): { con: Container; key: string } | undefined {
  const split = path.split('/');
  if (split.length < 2) return undefined;
  let con = containerOf(doc);
  for (const part of split.slice(1, -1)) {
    if (!con) return undefined;
    let next: Json;
    try {
      next = con.get(decodeKey(part));
    } catch {
      return undefined;
    }
    if (next === undefined || next === null) return undefined;
    con = containerOf(next);
  }
  return con ? { con, key: decodeKey(split[split.length - 1] as string) } : undefined;
}

type Op = Record<string, Json>;

/** Operation.Path / From: the string, or the library's error. */
function pointer(op: Op, field: 'path' | 'from'): string {
  const v = op[field];
  if (v === undefined || v === null) fail(field === 'path' ? `operation missing path field: ${MISSING}` : `operation, missing from field: ${MISSING}`);
  if (typeof v !== 'string') fail(`json: cannot unmarshal ${goJsonKind(v)} into Go value of type string`);
  return v as string;
}

/** Runs `f`, rewording its failure with `wrap` (Go's fmt.Errorf("…: %w", err)). */
function wrapped<T>(f: () => T, wrap: (why: string) => string): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof PatchError) fail(wrap(e.message));
    throw e;
  }
}

const value = (op: Op): Json => (op['value'] === undefined ? null : clone(op['value']));

function applyOp(doc: { root: Json }, op: Op): void {
  const kind = typeof op['op'] === 'string' ? op['op'] : 'unknown';
  switch (kind) {
    case 'add': {
      const path = wrapped(() => pointer(op, 'path'), () => `add operation failed to decode path: ${MISSING}`);
      const at = findObject(doc.root, path) ?? fail(`add operation does not apply: doc is missing path: "${path}": ${MISSING}`);
      wrapped(() => at.con.add(at.key, value(op)), (why) => `error in add for path: '${path}': ${why}`);
      return;
    }
    case 'remove': {
      const path = wrapped(() => pointer(op, 'path'), () => `remove operation failed to decode path: ${MISSING}`);
      const at = findObject(doc.root, path) ?? fail(`remove operation does not apply: doc is missing path: "${path}": ${MISSING}`);
      wrapped(() => at.con.remove(at.key), (why) => `error in remove for path: '${path}': ${why}`);
      return;
    }
    case 'replace': {
      const path = wrapped(() => pointer(op, 'path'), (why) => `replace operation failed to decode path: ${why}`);
      if (path === '') {
        const v = value(op);
        if (!isObj(v) && !Array.isArray(v)) fail('replace operation value must be object or array: %!w(<nil>)');
        doc.root = v;
        return;
      }
      const at = findObject(doc.root, path) ?? fail(`replace operation does not apply: doc is missing path: ${path}: ${MISSING}`);
      wrapped(() => at.con.get(at.key), () => `replace operation does not apply: doc is missing key: ${path}: ${MISSING}`);
      wrapped(() => at.con.set(at.key, value(op)), (why) => `error in remove for path: '${path}': ${why}`);
      return;
    }
    case 'move': {
      const from = wrapped(() => pointer(op, 'from'), (why) => `move operation failed to decode from: ${why}`);
      const src = findObject(doc.root, from) ?? fail(`move operation does not apply: doc is missing from path: ${from}: ${MISSING}`);
      const moved = wrapped(() => src.con.get(src.key), (why) => `error in move for path: '${src.key}': ${why}`);
      wrapped(() => src.con.remove(src.key), (why) => `error in move for path: '${src.key}': ${why}`);
      const path = wrapped(() => pointer(op, 'path'), (why) => `move operation failed to decode path: ${why}`);
      const dst = findObject(doc.root, path) ?? fail(`move operation does not apply: doc is missing destination path: ${path}: ${MISSING}`);
      wrapped(() => dst.con.add(dst.key, moved === undefined ? null : moved), (why) => `error in move for path: '${path}': ${why}`);
      return;
    }
    case 'copy': {
      const from = wrapped(() => pointer(op, 'from'), (why) => `copy operation failed to decode from: ${why}`);
      const src = findObject(doc.root, from) ?? fail(`copy operation does not apply: doc is missing from path: ${from}: ${MISSING}`);
      const copied = wrapped(() => src.con.get(src.key), (why) => `error in copy for from: '${from}': ${why}`);
      const path = wrapped(() => pointer(op, 'path'), () => `copy operation failed to decode path: ${MISSING}`);
      const dst = findObject(doc.root, path) ?? fail(`copy operation does not apply: doc is missing destination path: ${path}: ${MISSING}`);
      wrapped(() => dst.con.add(dst.key, copied === undefined ? null : clone(copied)), (why) => `error while adding value during copy: ${why}`);
      return;
    }
    case 'test': {
      const path = wrapped(() => pointer(op, 'path'), (why) => `test operation failed to decode path: ${why}`);
      const expected = op['value'] ?? null;
      if (path === '') {
        if (!jsonEqual(doc.root, expected)) fail(`testing value ${path} failed: test failed`);
        return;
      }
      const at = findObject(doc.root, path) ?? fail(`test operation does not apply: is missing path: ${path}: ${MISSING}`);
      const actual = wrapped(() => at.con.get(at.key), (why) => `error in test for path: '${path}': ${why}`) ?? null;
      if (!jsonEqual(actual, expected)) fail(`testing value ${path} failed: test failed`);
      return;
    }
    default:
      fail(`Unexpected kind: ${kind}`);
  }
}

/** jsonpatch.DecodePatch: the operations, or json.Unmarshal's type error. */
export function decodeJsonPatch(patch: Json): { ok: true; ops: Op[] } | { ok: false; message: string } {
  if (patch === null) return { ok: true, ops: [] };
  if (!Array.isArray(patch)) return { ok: false, message: `json: cannot unmarshal ${goJsonKind(patch)} into Go value of type jsonpatch.Patch` };
  const bad = patch.find((op) => op !== null && !isObj(op));
  if (bad !== undefined) return { ok: false, message: `json: cannot unmarshal ${goJsonKind(bad)} into Go value of type jsonpatch.Operation` };
  return { ok: true, ops: patch.map((op) => (op === null ? {} : (op as Op))) };
}

/** Applies decoded operations to a copy of `doc`. */
export function applyJsonPatch(doc: Json, ops: readonly Op[]): JsonPatchResult {
  const state = { root: clone(doc) };
  try {
    for (const op of ops) applyOp(state, op);
  } catch (e) {
    if (e instanceof PatchError) return { ok: false, message: e.message };
    throw e;
  }
  return { ok: true, value: state.root };
}
