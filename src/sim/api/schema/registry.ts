/**
 * The generated schema, as the rest of the simulator asks for it: which kinds exist, and the decoded
 * fields of each struct type (parsed from the compact codes once, on first use).
 */
import schemaJson from './types.gen.json';
import { parseCode, type FieldType } from './codes';

export interface GroupVersionKind {
  /** '' for the core group. */
  group: string;
  version: string;
  kind: string;
}

interface SchemaFile {
  source: string;
  kinds: Record<string, Record<string, string>>;
  types: Record<string, Record<string, string>>;
}

const schema = schemaJson as SchemaFile;
const parsedTypes = new Map<string, ReadonlyMap<string, FieldType>>();

export function apiVersionOf(gvk: Pick<GroupVersionKind, 'group' | 'version'>): string {
  return gvk.group ? `${gvk.group}/${gvk.version}` : gvk.version;
}

/** The struct type id (`core/v1.Pod`) of a served kind, or undefined. */
export function typeIdOfKind(apiVersion: string, kind: string): string | undefined {
  return Object.hasOwn(schema.kinds, apiVersion) && Object.hasOwn(schema.kinds[apiVersion]!, kind)
    ? schema.kinds[apiVersion]![kind]
    : undefined;
}

/** True when the simulated API server serves `kind` at `apiVersion` (`apps/v1`, `v1`). */
export function knownKind(apiVersion: string, kind: string): boolean {
  return typeIdOfKind(apiVersion, kind) !== undefined;
}

/** Every served apiVersion → its kinds. */
export function servedKinds(): ReadonlyArray<{ apiVersion: string; kind: string }> {
  return Object.entries(schema.kinds).flatMap(([apiVersion, kinds]) =>
    Object.keys(kinds).map((kind) => ({ apiVersion, kind })));
}

/** The fields of a struct type, by JSON name (sorted). Throws only for an id the schema never had. */
export function fieldsOf(typeId: string): ReadonlyMap<string, FieldType> {
  let fields = parsedTypes.get(typeId);
  if (fields) return fields;
  const codes = Object.hasOwn(schema.types, typeId) ? schema.types[typeId] : undefined;
  if (!codes) throw new Error(`schema has no type ${typeId}`);
  const module = typeId.slice(0, typeId.indexOf('.'));
  fields = new Map(Object.entries(codes).map(([name, code]) => [name, parseCode(code, module)]));
  parsedTypes.set(typeId, fields);
  return fields;
}

/** `core/v1.PodSpec` → `PodSpec` (the bare name Go's reflect gives a struct). */
export function typeNameOf(typeId: string): string {
  return typeId.slice(typeId.indexOf('.') + 1);
}
