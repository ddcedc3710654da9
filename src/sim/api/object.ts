import type { ObjectMeta, OwnerReference } from 'kubernetes-types/meta/v1';

/** kubernetes-types marks server-set fields readonly; the API server is the one place that sets them. */
export type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** Any API object as stored and served: the same JSON the real API server returns. */
export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: Writable<ObjectMeta>;
  [field: string]: unknown;
}

/** The store's address of an object inside one resource: `ns/name`, or `name` when cluster-scoped. */
export function objectKey(namespace: string | undefined, name: string): string {
  return namespace ? `${namespace}/${name}` : name;
}

export function keyOf(obj: { metadata: ObjectMeta }): string {
  return objectKey(obj.metadata.namespace, obj.metadata.name ?? '');
}

export function splitKey(key: string): { namespace: string | undefined; name: string } {
  const slash = key.indexOf('/');
  return slash < 0 ? { namespace: undefined, name: key } : { namespace: key.slice(0, slash), name: key.slice(slash + 1) };
}

export function controllerRef(obj: { metadata: ObjectMeta }): OwnerReference | undefined {
  // Asked by several pod indexes and watchers on every pod write: a loop, no closure.
  const refs = obj.metadata.ownerReferences;
  if (refs) for (const r of refs) if (r.controller === true) return r;
  return undefined;
}

export function ownerReferenceTo(owner: KubeObject, opts: { controller?: boolean; blockOwnerDeletion?: boolean } = {}): OwnerReference {
  return {
    apiVersion: owner.apiVersion,
    kind: owner.kind,
    name: owner.metadata.name ?? '',
    uid: owner.metadata.uid ?? '',
    controller: opts.controller ?? true,
    blockOwnerDeletion: opts.blockOwnerDeletion ?? true,
  };
}

/**
 * A deep copy with JSON's meaning (members that are `undefined` dropped, `-0` made `0`, and so on),
 * built directly instead of through a text: controllers copy templates for every pod they make.
 * Anything JSON treats specially (non-finite numbers, `toJSON`, class instances, holes, `__proto__`
 * keys, very deep values) goes through JSON itself, so the answer — or the error — is JSON's.
 */
export function clone<T>(value: T): T {
  const copy = copyJson(value, 0);
  return (copy === FALLBACK ? JSON.parse(JSON.stringify(value)) : copy) as T;
}

const FALLBACK = Symbol('fallback');

function copyJson(v: unknown, depth: number): unknown {
  switch (typeof v) {
    case 'string':
    case 'boolean':
      return v;
    case 'number':
      return Number.isFinite(v) ? (v === 0 ? 0 : v) : FALLBACK;
    case 'object':
      break;
    default:
      return FALLBACK;
  }
  if (v === null) return null;
  if (depth > 100) return FALLBACK;
  if (Array.isArray(v)) {
    if (typeof (v as { toJSON?: unknown }).toJSON === 'function') return FALLBACK;
    const out: unknown[] = [];
    for (let i = 0; i < v.length; i++) {
      if (!(i in v)) return FALLBACK;
      const x = copyJson(v[i], depth + 1);
      if (x === FALLBACK) return FALLBACK;
      out.push(x);
    }
    return out;
  }
  const proto = Object.getPrototypeOf(v) as unknown;
  if ((proto !== Object.prototype && proto !== null) || typeof (v as { toJSON?: unknown }).toJSON === 'function') return FALLBACK;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(v)) {
    const x = (v as Record<string, unknown>)[key];
    if (x === undefined) continue;
    if (key === '__proto__') return FALLBACK;
    const c = copyJson(x, depth + 1);
    if (c === FALLBACK) return FALLBACK;
    out[key] = c;
  }
  return out;
}

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}

export function isBeingDeleted(obj: { metadata: ObjectMeta }): boolean {
  return obj.metadata.deletionTimestamp !== undefined;
}
