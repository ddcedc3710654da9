// Validation of a custom object against its version's openAPIV3Schema, with the field errors
// kube-apiserver reports (kube-openapi's validator, converted by apiextensions: type errors as
// `Invalid value: "string": spec.replicas in body must be of type integer: "string"`, required
// fields as `Required value`, enums as `Unsupported value`, bounds with the validator's texts).

import { invalid, required, tooLong, tooMany, unsupported, type FieldError } from '../field-errors';
import type { JSONSchemaProps } from './shapes';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The JSON type kube-openapi sees a value as. */
function jsonType(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v === 'object' ? 'object' : typeof v;
}

function typeMatches(schema: JSONSchemaProps, v: unknown): boolean {
  const t = jsonType(v);
  if (schema['x-kubernetes-int-or-string'] === true) return t === 'integer' || t === 'string';
  if (!schema.type) return true;
  if (t === 'null') return schema.nullable === true;
  return schema.type === t || (schema.type === 'number' && t === 'integer');
}

/** encoding/json's text of an enum value that is not a string. */
const enumText = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

function checkScalar(schema: JSONSchemaProps, v: unknown, path: string, errs: FieldError[]): void {
  if (schema.enum && !schema.enum.some((e) => JSON.stringify(e) === JSON.stringify(v))) {
    errs.push(unsupported(path, v, schema.enum.map(enumText)));
  }
  if (typeof v === 'number') {
    if (schema.minimum !== undefined && (schema.exclusiveMinimum ? v <= schema.minimum : v < schema.minimum)) {
      errs.push(invalid(path, v, `${path} in body should be greater than ${schema.exclusiveMinimum ? '' : 'or equal to '}${schema.minimum}`));
    }
    if (schema.maximum !== undefined && (schema.exclusiveMaximum ? v >= schema.maximum : v > schema.maximum)) {
      errs.push(invalid(path, v, `${path} in body should be less than ${schema.exclusiveMaximum ? '' : 'or equal to '}${schema.maximum}`));
    }
  }
  if (typeof v === 'string') {
    const length = [...v].length;
    if (schema.maxLength !== undefined && length > schema.maxLength) errs.push(tooLong(path, v, schema.maxLength));
    if (schema.minLength !== undefined && length < schema.minLength) {
      errs.push(invalid(path, v, `${path} in body should be at least ${schema.minLength} chars long`));
    }
    if (schema.pattern !== undefined && !safeRegExp(schema.pattern)?.test(v)) {
      errs.push(invalid(path, v, `${path} in body should match '${schema.pattern}'`));
    }
  }
}

function safeRegExp(pattern: string): RegExp | undefined {
  try {
    return new RegExp(pattern, 'u');
  } catch {
    return undefined;
  }
}

function validateValue(schema: JSONSchemaProps, v: unknown, path: string, errs: FieldError[]): void {
  if (!typeMatches(schema, v)) {
    const seen = jsonType(v);
    const wanted = schema['x-kubernetes-int-or-string'] === true ? 'integer,string' : schema.type;
    errs.push(invalid(path, seen, `${path} in body must be of type ${wanted}: "${seen}"`));
    return;
  }
  if (v === null) return;
  checkScalar(schema, v, path, errs);
  if (Array.isArray(v)) {
    if (schema.maxItems !== undefined && v.length > schema.maxItems) errs.push(tooMany(path, v.length, schema.maxItems));
    if (schema.minItems !== undefined && v.length < schema.minItems) {
      errs.push(invalid(path, v.length, `${path} in body should have at least ${schema.minItems} items`));
    }
    const items = Array.isArray(schema.items) ? undefined : schema.items;
    if (items) v.forEach((item, i) => validateValue(items, item, `${path}[${i}]`, errs));
    return;
  }
  if (isObject(v)) validateProperties(schema, v, path, errs);
}

function validateProperties(schema: JSONSchemaProps, obj: Record<string, unknown>, path: string, errs: FieldError[]): void {
  for (const name of schema.required ?? []) {
    if (obj[name] === undefined) errs.push(required(path ? `${path}.${name}` : name, ''));
  }
  const additional = isObject(schema.additionalProperties) ? (schema.additionalProperties as JSONSchemaProps) : undefined;
  for (const key of Object.keys(obj).sort()) {
    const sub = schema.properties?.[key] ?? additional;
    if (sub) validateValue(sub, obj[key], path ? `${path}.${key}` : key, errs);
  }
}

/** Field errors of a (pruned) custom object; the root's apiVersion, kind and metadata are not the schema's. */
export function validateCustomObject(obj: Record<string, unknown>, schema: JSONSchemaProps | undefined): FieldError[] {
  if (!schema) return [];
  const errs: FieldError[] = [];
  const body: Record<string, unknown> = { ...obj };
  delete body['apiVersion'];
  delete body['kind'];
  delete body['metadata'];
  validateProperties({ ...schema, required: (schema.required ?? []).filter((r) => !['apiVersion', 'kind', 'metadata'].includes(r)) }, body, '', errs);
  return errs;
}
