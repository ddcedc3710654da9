// What the API server does to a custom object before validating it (apiextensions' structural
// pruning and defaulting): fields the schema does not declare are dropped — and named, so strict
// field validation can refuse them — unless `x-kubernetes-preserve-unknown-fields` keeps them;
// absent fields with a `default` get it. apiVersion, kind and metadata are the server's own.

import type { JSONSchemaProps } from './shapes';

export interface PruneResult {
  /** The object as it will be validated and stored (a copy; the input is not changed). */
  object: Record<string, unknown>;
  /** Dropped fields' paths (`spec.foo`, `spec.items[0].bar`), in the order they were met. */
  unknownFields: string[];
}

const ROOT_OWN = new Set(['apiVersion', 'kind', 'metadata']);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function sortedKeys(o: object): string[] {
  return Object.keys(o).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

const join = (path: string, key: string): string => (path ? `${path}.${key}` : key);

function clone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

function walk(value: unknown, schema: JSONSchemaProps | undefined, path: string, unknown: string[]): unknown {
  if (!schema) return value;
  if (Array.isArray(value)) {
    const items = Array.isArray(schema.items) ? undefined : schema.items;
    return items ? value.map((v, i) => walk(v, items, `${path}[${i}]`, unknown)) : value;
  }
  if (!isObject(value)) return value;
  const props = schema.properties;
  const additional = isObject(schema.additionalProperties) ? (schema.additionalProperties as JSONSchemaProps) : undefined;
  const preserve = schema['x-kubernetes-preserve-unknown-fields'] === true || schema.additionalProperties === true;
  // An embedded object (metav1 types as fields) keeps its own apiVersion/kind/metadata.
  const embedded = schema['x-kubernetes-embedded-resource'] === true;
  const out: Record<string, unknown> = {};
  for (const key of sortedKeys(value)) {
    const sub = props?.[key] ?? additional;
    if (sub) out[key] = walk(value[key], sub, join(path, key), unknown);
    else if (preserve || (embedded && ROOT_OWN.has(key))) out[key] = value[key];
    else unknown.push(join(path, key));
  }
  for (const [key, sub] of Object.entries(props ?? {})) {
    if (out[key] === undefined && sub.default !== undefined) out[key] = walk(clone(sub.default), sub, join(path, key), []);
  }
  return out;
}

/** Prunes and defaults a whole custom object against its version's openAPIV3Schema. */
export function pruneCustomObject(obj: Record<string, unknown>, schema: JSONSchemaProps | undefined): PruneResult {
  const unknownFields: string[] = [];
  const object: Record<string, unknown> = {};
  for (const key of sortedKeys(obj)) {
    if (ROOT_OWN.has(key)) object[key] = clone(obj[key]);
    else if (!schema) object[key] = clone(obj[key]);
    else if (schema.properties?.[key]) object[key] = walk(clone(obj[key]), schema.properties[key], key, unknownFields);
    else if (schema['x-kubernetes-preserve-unknown-fields'] === true) object[key] = clone(obj[key]);
    else unknownFields.push(key);
  }
  for (const [key, sub] of Object.entries(schema?.properties ?? {})) {
    if (!ROOT_OWN.has(key) && object[key] === undefined && sub.default !== undefined) object[key] = walk(clone(sub.default), sub, key, []);
  }
  return { object, unknownFields };
}
