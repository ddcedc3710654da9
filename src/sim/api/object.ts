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
  return obj.metadata.ownerReferences?.find((r) => r.controller === true);
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

/** A deep copy through JSON: objects are plain data, so this is exact and drops `undefined`. */
export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
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
