// What explain shows of a schema field: its type as the template's typeGuess names it (`string`,
// `[]Container`, `map[string]Quantity`, `IntOrString`, `Object`), its enum values, and which named
// type's description follows the field's own (the struct it leads into, or Quantity, Time…).

import type { FieldType } from '../../sim/api/schema';
import { typeNameOf } from '../../sim/api/schema/registry';
import { ENUMS } from './enums';

/** The pseudo type ids of the non-struct named types whose descriptions explain appends. */
export const QUANTITY = 'resource.Quantity';
export const INT_OR_STRING = 'intstr.IntOrString';
export const TIME = 'meta/v1.Time';
export const MICRO_TIME = 'meta/v1.MicroTime';

/** The `<type>` explain prints for a field. */
export function typeGuess(t: FieldType): string {
  switch (t.type) {
    case 'array':
      return `[]${t.items ? typeGuess(t.items) : 'Object'}`;
    case 'map':
      return `map[string]${t.items ? typeGuess(t.items) : 'Object'}`;
    case 'object':
      return t.ref ? typeNameOf(t.ref) : 'Object';
    case 'quantity':
      return 'Quantity';
    case 'intOrString':
      return 'IntOrString';
    case 'time':
    case 'bytes':
      return 'string';
    case 'any': {
      // RawExtension, FieldsV1: objects in the OpenAPI document, named after their Go type.
      const dot = t.goType.lastIndexOf('.');
      return dot >= 0 ? t.goType.slice(dot + 1) : 'Object';
    }
    default:
      return t.type;
  }
}

/** The element type under arrays and maps. */
function elementOf(t: FieldType): FieldType {
  let cur = t;
  while ((cur.type === 'array' || cur.type === 'map') && cur.items) cur = cur.items;
  return cur;
}

/** The named type whose description the DESCRIPTION section adds after the field's own. */
export function describedTypeOf(t: FieldType): string | undefined {
  const e = elementOf(t);
  switch (e.type) {
    case 'object':
      return e.ref;
    case 'quantity':
      return QUANTITY;
    case 'intOrString':
      return INT_OR_STRING;
    case 'time':
      return e.format === 'micro-time' ? MICRO_TIME : TIME;
    default:
      return undefined;
  }
}

/** The enum values the OpenAPI schema lists for a field (only for enum-typed scalars). */
export function enumOf(t: FieldType): readonly string[] | undefined {
  if (t.type !== 'string') return undefined;
  return ENUMS[t.goType];
}
