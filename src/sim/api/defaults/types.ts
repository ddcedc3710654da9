/**
 * Types shared by the defaulting code. `KubeObject` lives with the API server's object helpers;
 * it is re-exported here so callers of this folder need only one import.
 */
export type { KubeObject } from '../object';

/** A JSON object as decoded from a request: the shape of nested parts we default loosely. */
export type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The object under `key`, created empty when missing. Go structs that are not pointers always
 * serialise (`omitempty` has no effect on them), so many defaulters need this.
 */
export function childObject(parent: JsonObject, key: string): JsonObject {
  const existing = parent[key];
  if (isJsonObject(existing)) return existing;
  const created: JsonObject = {};
  parent[key] = created;
  return created;
}

/** Array elements that are JSON objects; anything malformed is left for validation to report. */
export function objectsIn(value: unknown): JsonObject[] {
  return Array.isArray(value) ? value.filter(isJsonObject) : [];
}

/** Go's "unset" for a pointer field decoded from JSON: absent or null. */
export function isUnset(value: unknown): value is undefined | null {
  return value === undefined || value === null;
}

/** Go's zero value for a string or number field (`""`, `0`), or absent. */
export function isZero(value: unknown): boolean {
  return isUnset(value) || value === '' || value === 0;
}

/** A typed API object seen as plain JSON, to reach fields its typings lack or mistype. */
export function asJson(value: object): JsonObject {
  return value as JsonObject;
}

/**
 * The object's status, created with `init()` when missing. The typings mark `status` read-only
 * (clients never write it); the API server does.
 */
export function statusOf<S>(obj: { readonly status?: S }, init: () => NoInfer<S>): S {
  const writable = obj as { status?: S };
  return (writable.status ??= init());
}

export function setStatus<S>(obj: { readonly status?: S }, status: S): void {
  (obj as { status?: S }).status = status;
}

/**
 * The metadata of an embedded template, created empty when missing (it always serialises).
 * A `creationTimestamp: null`, as older kubectl versions print in templates, decodes to the
 * zero time, which a v1.35 server leaves out.
 */
export function templateMetadata<M extends { creationTimestamp?: string }>(holder: { metadata?: M }): M {
  const meta = (holder.metadata ??= {} as M);
  if (meta.creationTimestamp === null) delete meta.creationTimestamp;
  return meta;
}
