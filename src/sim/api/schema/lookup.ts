/**
 * Field lookup for `kubectl explain`: from a kind and a field path to the field's type and the fields
 * one level below it.
 */
import type { FieldType } from './codes';
import { apiVersionOf, fieldsOf, typeIdOfKind, typeNameOf, type GroupVersionKind } from './registry';

export interface FieldEntry {
  name: string;
  type: FieldType;
}

export type FieldLookup =
  | {
      ok: true;
      /** The field at the end of the path; absent for the kind itself (empty path). */
      field?: FieldType;
      /** The struct the path leads into (through lists and maps), when there is one. */
      typeId?: string;
      /** Its bare Go name (`PodSpec`), as explain prints it. */
      typeName?: string;
      /** That struct's fields, sorted by name; empty for a scalar. */
      fields: FieldEntry[];
    }
  | { ok: false; reason: 'unknown-kind' }
  | { ok: false; reason: 'unknown-field'; /** The first segment that does not exist. */ field: string; /** The path before it. */ parent: string[] };

/** The struct a field type leads to, looking through lists and maps (`[]Container` → Container). */
function structOf(t: FieldType | undefined): string | undefined {
  let cur = t;
  while (cur && (cur.type === 'array' || cur.type === 'map')) cur = cur.items;
  return cur?.type === 'object' ? cur.ref : undefined;
}

function describe(typeId: string | undefined, field: FieldType | undefined): FieldLookup {
  const fields = typeId ? [...fieldsOf(typeId)].map(([name, type]) => ({ name, type })) : [];
  const out: FieldLookup = { ok: true, fields };
  if (field) out.field = field;
  if (typeId) {
    out.typeId = typeId;
    out.typeName = typeNameOf(typeId);
  }
  return out;
}

/** Looks up `path` (`['spec', 'containers', 'image']`) under a served kind. */
export function lookupField(gvk: GroupVersionKind, path: readonly string[]): FieldLookup {
  const root = typeIdOfKind(apiVersionOf(gvk), gvk.kind);
  if (!root) return { ok: false, reason: 'unknown-kind' };
  let typeId: string | undefined = root;
  let field: FieldType | undefined;
  for (let i = 0; i < path.length; i++) {
    const name = path[i]!;
    const next = typeId ? fieldsOf(typeId).get(name) : undefined;
    if (!next) return { ok: false, reason: 'unknown-field', field: name, parent: path.slice(0, i) };
    field = next;
    typeId = structOf(next);
  }
  return describe(typeId, field);
}
