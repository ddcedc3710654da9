// The structural-schema rules apiextensions enforces on a v1 CRD's openAPIV3Schema: every node
// names its type (unless it preserves unknown fields or is int-or-string), the root is an object,
// and only the JSON types OpenAPI knows are used. Paths read `properties[spec].type` as the real ones.

import { invalid, required, unsupported, type FieldError } from '../field-errors';
import type { JSONSchemaProps } from './shapes';

const TYPES = ['array', 'boolean', 'integer', 'number', 'object', 'string'];

const isSchema = (v: unknown): v is JSONSchemaProps => typeof v === 'object' && v !== null && !Array.isArray(v);

function untypedAllowed(s: JSONSchemaProps): boolean {
  return s['x-kubernetes-preserve-unknown-fields'] === true || s['x-kubernetes-int-or-string'] === true;
}

function walk(s: JSONSchemaProps, path: string, where: 'root' | 'field' | 'items', errs: FieldError[]): void {
  if (!s.type) {
    if (where === 'root') errs.push(required(`${path}.type`, 'must not be empty at the root'));
    else if (!untypedAllowed(s)) errs.push(required(`${path}.type`, `must not be empty for specified ${where === 'items' ? 'array items' : 'object fields'}`));
  } else if (!TYPES.includes(s.type)) {
    errs.push(unsupported(`${path}.type`, s.type, TYPES));
  } else if (where === 'root' && s.type !== 'object') {
    errs.push(invalid(`${path}.type`, s.type, 'must be object at the root'));
  }
  if (s.type === 'array' && s.items === undefined) errs.push(required(`${path}.items`, 'must be specified'));
  for (const [name, sub] of Object.entries(s.properties ?? {})) {
    if (isSchema(sub)) walk(sub, `${path}.properties[${name}]`, 'field', errs);
  }
  if (isSchema(s.items)) walk(s.items, `${path}.items`, 'items', errs);
  if (isSchema(s.additionalProperties)) walk(s.additionalProperties, `${path}.additionalProperties`, 'field', errs);
  if (s.properties && s.additionalProperties !== undefined && s.additionalProperties !== false) {
    errs.push(forbiddenBoth(path));
  }
}

function forbiddenBoth(path: string): FieldError {
  return { type: 'Forbidden', field: `${path}.additionalProperties`, detail: 'additionalProperties and properties are mutual exclusive' };
}

/** Field errors of a version's openAPIV3Schema at `path` (`spec.versions[0].schema.openAPIV3Schema`). */
export function validateStructural(schema: JSONSchemaProps, path: string): FieldError[] {
  const errs: FieldError[] = [];
  walk(schema, path, 'root', errs);
  return errs;
}
