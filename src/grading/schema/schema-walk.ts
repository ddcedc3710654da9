/**
 * Finding the schema of one field inside a zod schema, and what its metadata says (description,
 * examples), so an error can say what to write there. Reads zod 4's public `_zod.def` shapes.
 */
import { z } from 'zod';

type Schema = z.core.$ZodType;

interface LooseDef {
  type: string;
  innerType?: Schema;
  in?: Schema;
  shape?: Record<string, Schema>;
  element?: Schema;
  valueType?: Schema;
  entries?: Record<string, string>;
  getter?: () => Schema;
  /** `safeint` for z.int(). */
  format?: string;
}

const defOf = (s: Schema): LooseDef => s._zod.def as unknown as LooseDef;

/** The wrappers between a field and its value schema (optional, default, ...), outermost first. */
export function layers(schema: Schema): Schema[] {
  const out: Schema[] = [schema];
  for (let s = schema; ; ) {
    const def = defOf(s);
    const next = def.innerType ?? (def.type === 'pipe' ? def.in : undefined) ?? (def.type === 'lazy' ? def.getter?.() : undefined);
    if (!next) return out;
    out.push(next);
    s = next;
  }
}

/** The value schema under the wrappers. */
export function unwrap(schema: Schema): Schema {
  const all = layers(schema);
  return all[all.length - 1] as Schema;
}

/** The schema of the field at `path` below `root`, if the path follows the schema. */
export function schemaAt(root: Schema, path: readonly PropertyKey[]): Schema | undefined {
  let s: Schema | undefined = root;
  for (const seg of path) {
    if (!s) return undefined;
    const def = defOf(unwrap(s));
    if (def.type === 'object') s = def.shape?.[String(seg)];
    else if (def.type === 'array') s = def.element;
    else if (def.type === 'record') s = def.valueType;
    else return undefined;
  }
  return s;
}

export interface FieldInfo {
  /** zod's type of the value: string, number, boolean, array, object, record, enum... */
  type: string;
  description?: string;
  examples: unknown[];
  /** The allowed values of an enum. */
  values?: string[];
  /** The field names of an object. */
  keys?: string[];
  /** Whether a number must be whole. */
  integer: boolean;
}

export function fieldInfo(schema: Schema): FieldInfo {
  let description: string | undefined;
  let examples: unknown[] | undefined;
  for (const s of layers(schema)) {
    const meta = z.globalRegistry.get(s) as { description?: string; examples?: unknown[] } | undefined;
    description ??= meta?.description;
    examples ??= meta?.examples;
  }
  const inner = unwrap(schema);
  const def = defOf(inner);
  const bag = (inner._zod as unknown as { bag?: { format?: string } }).bag;
  const info: FieldInfo = { type: def.type, examples: examples ?? [], integer: def.type === 'number' && /int/.test(def.format ?? bag?.format ?? '') };
  if (description !== undefined) info.description = description;
  if (def.type === 'enum' && def.entries) info.values = Object.values(def.entries);
  if (def.type === 'object' && def.shape) info.keys = Object.keys(def.shape);
  return info;
}

/** Paths of the object fields below `schema` that have no description (every field should have one). */
export function undescribedFields(schema: Schema, path = ''): string[] {
  const def = defOf(unwrap(schema));
  if (def.type === 'array' && def.element) return undescribedFields(def.element, `${path}[]`);
  if (def.type !== 'object' || !def.shape) return [];
  return Object.entries(def.shape).flatMap(([key, field]) => {
    const at = path ? `${path}.${key}` : key;
    return [...(fieldInfo(field).description ? [] : [at]), ...undescribedFields(field, at)];
  });
}
