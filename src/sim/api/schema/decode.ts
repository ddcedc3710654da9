/**
 * The API server's JSON decoding of a request body into its Go struct, replayed on the schema:
 * unknown fields (strict field validation) and type errors, with the paths and texts the real decoder
 * (sigs.k8s.io/json, a case-sensitive fork of encoding/json) produces.
 *
 * Rules mirrored from that decoder:
 * - kubectl sends JSON with object keys sorted (it re-marshals a Go map), so fields are visited in
 *   sorted order; that order decides which errors come first.
 * - unknown field paths use `.` between keys and `[i]` for list items, map keys included
 *   (`spec.containers[0].imagePullPolice`); the value under an unknown field is not looked at; each
 *   path is reported once, at most 100.
 * - a type error names the innermost struct and the JSON field names leading to the value, without
 *   list indices or map keys (`EnvVar.spec.containers.env.value`), plus the Go name of an embedded
 *   struct a field is promoted from (`Volume.spec.volumes.VolumeSource.configMap`). Only one is reported: the first
 *   one met, unless a custom decoder (Quantity, IntOrString, Time) fails later — that one stops the
 *   decoder and wins. Once any type error exists, unknown fields are not reported.
 * - null is accepted everywhere; field names are case-sensitive.
 */
import { goTimeParseError } from './goTime';
import { tryParseQuantity } from '../../../lib/quantity';
import { base64Error, numberLiteral } from './goScalars';
import { apiVersionOf, fieldsOf, typeIdOfKind, typeNameOf, type GroupVersionKind } from './registry';
import { goNameOfType, type FieldType } from './codes';

export interface DecodeResult {
  /** Paths of unknown fields, in the order the API server lists them. */
  unknownFields: string[];
  /** The type error the API server reports (the Go decoder keeps one), or empty. */
  typeErrors: string[];
}

const MAX_STRICT_ERRORS = 100;
const INT32 = { min: -2147483648, max: 2147483647 };
const INT64_LIMIT = 9223372036854775808; // 2^63, as a double

interface State {
  unknown: string[];
  seen: Set<string>;
  saved?: string;
  fatal?: string;
}

/** Where a type error is reported: the innermost struct and the JSON field names leading there. */
interface ErrorContext {
  struct: string;
  fields: readonly string[];
}

type JsonKind = 'null' | 'string' | 'number' | 'bool' | 'array' | 'object';

function kindOf(v: unknown): JsonKind {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number' || typeof v === 'bigint') return 'number';
  if (typeof v === 'boolean') return 'bool';
  if (Array.isArray(v)) return 'array';
  return 'object';
}

function typeError(value: string, goType: string, ctx: ErrorContext | undefined): string {
  return ctx
    ? `json: cannot unmarshal ${value} into Go struct field ${ctx.struct}.${ctx.fields.join('.')} of type ${goType}`
    : `json: cannot unmarshal ${value} into Go value of type ${goType}`;
}

function sortedKeys(o: object): string[] {
  return Object.keys(o).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The JSON text of a value as kubectl would send it (only the first character matters to callers). */
function jsonText(v: unknown): string {
  return typeof v === 'number' ? numberLiteral(v) : JSON.stringify(v) ?? 'null';
}

/**
 * Walks `value` as type `t`. Returns the value with unknown fields removed (a copy where anything was
 * removed or rebuilt), recording errors in `st`. Stops early once `st.fatal` is set.
 */
function walk(value: unknown, t: FieldType, path: string, ctx: ErrorContext | undefined, st: State): unknown {
  const kind = kindOf(value);
  if (kind === 'null') return value;
  const save = (message: string): void => {
    st.saved ??= message;
  };
  const mismatch = (goType: string = t.goType): unknown => {
    save(typeError(kind, goType, ctx));
    return value;
  };
  switch (t.type) {
    case 'any':
      return value;
    case 'string':
      return kind === 'string' ? value : mismatch();
    case 'boolean':
      return kind === 'bool' ? value : mismatch();
    case 'integer': {
      if (kind !== 'number') return mismatch();
      const n = Number(value);
      const fits = Number.isInteger(n) &&
        (t.goType === 'int32' ? n >= INT32.min && n <= INT32.max : n >= -INT64_LIMIT && n < INT64_LIMIT);
      if (!fits) save(typeError(`number ${numberLiteral(n)}`, t.goType, ctx));
      return value;
    }
    case 'number':
      return kind === 'number' ? value : mismatch();
    case 'quantity': {
      // Quantity.UnmarshalJSON parses the string's content, or the raw JSON text of anything else.
      const text = kind === 'string' ? String(value) : jsonText(value);
      const parsed = tryParseQuantity(text.trim());
      if (!parsed.ok) st.fatal = parsed.message;
      return value;
    }
    case 'intOrString': {
      if (kind === 'string') return value;
      if (kind === 'number') {
        const n = Number(value);
        if (Number.isInteger(n) && n >= INT32.min && n <= INT32.max) return value;
        st.fatal = typeError(`number ${numberLiteral(n)}`, 'int32', ctx);
      } else {
        st.fatal = typeError(kind, 'int32', ctx);
      }
      return value;
    }
    case 'time': {
      if (kind !== 'string') {
        st.fatal = typeError(kind, 'string', ctx);
        return value;
      }
      const err = goTimeParseError(String(value), t.format === 'micro-time');
      if (err) st.fatal = err;
      return value;
    }
    case 'bytes': {
      if (kind === 'string') {
        const err = base64Error(String(value));
        if (err) save(err);
        return value;
      }
      if (kind !== 'array') return mismatch();
      // A JSON array fills a []byte element by element.
      for (const item of value as unknown[]) {
        const k = kindOf(item);
        if (k === 'null') continue;
        if (k !== 'number') save(typeError(k, 'uint8', ctx));
        else if (!Number.isInteger(item) || Number(item) < 0 || Number(item) > 255) {
          save(typeError(`number ${numberLiteral(Number(item))}`, 'uint8', ctx));
        }
      }
      return value;
    }
    case 'array': {
      if (kind !== 'array') return mismatch();
      const items = value as unknown[];
      const out: unknown[] = [];
      let changed = false;
      for (let i = 0; i < items.length; i++) {
        const child = walk(items[i], t.items!, `${path}[${i}]`, ctx, st);
        if (st.fatal !== undefined) return value;
        changed ||= child !== items[i];
        out.push(child);
      }
      return changed ? out : value;
    }
    case 'map': {
      if (kind !== 'object') return mismatch();
      const source = value as Record<string, unknown>;
      const done = new Map<string, unknown>();
      for (const key of sortedKeys(source)) {
        if (source[key] === undefined) continue;
        done.set(key, walk(source[key], t.items!, path ? `${path}.${key}` : key, ctx, st));
        if (st.fatal !== undefined) return value;
      }
      return rebuild(source, done);
    }
    case 'object': {
      if (kind !== 'object') return mismatch();
      const source = value as Record<string, unknown>;
      const fields = fieldsOf(t.ref!);
      const struct = typeNameOf(t.ref!);
      const done = new Map<string, unknown>();
      for (const key of sortedKeys(source)) {
        if (source[key] === undefined) continue;
        const fieldPath = path ? `${path}.${key}` : key;
        const field = fields.get(key);
        if (!field) {
          if (!st.seen.has(fieldPath) && st.unknown.length < MAX_STRICT_ERRORS) {
            st.seen.add(fieldPath);
            st.unknown.push(fieldPath);
          }
          continue;
        }
        // Go 1.24+ names the embedded struct a promoted field comes from (`VolumeSource.configMap`).
        const inner: ErrorContext = { struct, fields: [...(ctx?.fields ?? []), ...(field.embeddedIn ?? []), key] };
        done.set(key, walk(source[key], field, fieldPath, inner, st));
        if (st.fatal !== undefined) return value;
      }
      return rebuild(source, done);
    }
  }
}

/** The object with only the keys in `done` (original order kept); the same object when nothing changed. */
function rebuild(source: Record<string, unknown>, done: Map<string, unknown>): Record<string, unknown> {
  const keys = Object.keys(source).filter((k) => source[k] !== undefined);
  if (keys.length === done.size && keys.every((k) => done.get(k) === source[k])) return source;
  const out: Record<string, unknown> = {};
  for (const k of keys) if (done.has(k)) out[k] = done.get(k);
  return out;
}

function run(obj: unknown, gvk: GroupVersionKind): { result: DecodeResult; cleaned: unknown } {
  const typeId = typeIdOfKind(apiVersionOf(gvk), gvk.kind);
  // A kind without a schema decodes as is: nothing to compare it with.
  if (!typeId) return { result: { unknownFields: [], typeErrors: [] }, cleaned: obj };
  const st: State = { unknown: [], seen: new Set() };
  const root: FieldType = { type: 'object', ref: typeId, goType: goNameOfType(typeId) };
  const cleaned = walk(obj, root, '', undefined, st);
  const typeError = st.fatal ?? st.saved;
  const result: DecodeResult = typeError !== undefined
    ? { unknownFields: [], typeErrors: [typeError] }
    : { unknownFields: st.unknown, typeErrors: [] };
  return { result, cleaned };
}

/**
 * Decodes `obj` (a parsed manifest) as the API server would with strict field validation.
 * A kind the schema does not know (see knownKind) decodes cleanly.
 */
export function decodeStrict(obj: unknown, gvk: GroupVersionKind): DecodeResult {
  return run(obj, gvk).result;
}

/**
 * What the API server keeps of `obj` with field validation Warn or Ignore: the same object, unknown
 * fields dropped (a copy along changed paths; the input is not modified).
 */
export function dropUnknownFields(obj: unknown, gvk: GroupVersionKind): unknown {
  return run(obj, gvk).cleaned;
}
