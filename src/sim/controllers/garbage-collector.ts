import type { OwnerReference } from 'kubernetes-types/meta/v1';
import type { KubeObject } from '../api/object';
import { keyOf, splitKey } from '../api/object';
import type { SimContext } from '../context';
import type { WatchEvent } from '../store/store';
import type { Controller } from './controller';

export const GARBAGE_COLLECTOR = 'garbage-collector';

interface Node {
  resource: string;
  key: string;
}

/**
 * The garbage collector: a graph from owner uid to dependents, rebuilt from the store and kept
 * current from watch events. Owners going away take their dependents (background); owners marked
 * with the `foregroundDeletion` finalizer wait for their blocking dependents; `orphan` releases them.
 * Queue keys are uids.
 */
export function garbageCollector(ctx: SimContext): Controller {
  const byUid = new Map<string, Node>();
  const dependents = new Map<string, Set<string>>();
  const ownersOf = new Map<string, string[]>();

  const track = (resource: string, obj: KubeObject): string[] => {
    const uid = obj.metadata.uid ?? '';
    byUid.set(uid, { resource, key: keyOf(obj) });
    const owners = (obj.metadata.ownerReferences ?? []).map((r) => r.uid);
    for (const o of ownersOf.get(uid) ?? []) if (!owners.includes(o)) dependents.get(o)?.delete(uid);
    for (const o of owners) {
      let set = dependents.get(o);
      if (!set) dependents.set(o, (set = new Set()));
      set.add(uid);
    }
    ownersOf.set(uid, owners);
    return owners;
  };
  const untrack = (obj: KubeObject): void => {
    const uid = obj.metadata.uid ?? '';
    byUid.delete(uid);
    for (const o of ownersOf.get(uid) ?? []) dependents.get(o)?.delete(uid);
    ownersOf.delete(uid);
  };
  for (const resource of ctx.store.resourceKeys()) for (const obj of ctx.store.list(resource)) track(resource, obj);

  const onEvent = (e: WatchEvent): string[] | undefined => {
    if (e.resource === 'events') return undefined;
    const uid = e.object.metadata.uid ?? '';
    if (e.type === 'DELETED') {
      untrack(e.object);
      // The owner is gone: its dependents need a look; and a parent waiting in the foreground may be done.
      return [...(dependents.get(uid) ?? []), ...(ownersOf.get(uid) ?? []), uid, ...(e.object.metadata.ownerReferences ?? []).map((r) => r.uid)];
    }
    // A write that kept the owner references (the same stored array: status writes) changes no edge.
    const sameOwners = e.type === 'MODIFIED' && e.old !== undefined && e.old.metadata.ownerReferences === e.object.metadata.ownerReferences && e.old.metadata.uid === uid && byUid.has(uid);
    if (sameOwners && !e.object.metadata.deletionTimestamp) return undefined;
    const owners = sameOwners ? (ownersOf.get(uid) ?? []) : track(e.resource, e.object);
    const keys: string[] = [];
    if (e.object.metadata.deletionTimestamp) keys.push(uid);
    // A dependent created pointing at an owner that does not exist is collected too.
    if (e.type === 'ADDED' && owners.some((o) => !byUid.has(o))) keys.push(uid);
    return keys.length ? keys : undefined;
  };

  const getObj = (uid: string): { node: Node; obj: KubeObject } | undefined => {
    const node = byUid.get(uid);
    if (!node) return undefined;
    const { namespace, name } = splitKey(node.key);
    const obj = ctx.api.peek<KubeObject>(node.resource, namespace, name);
    return obj ? { node, obj } : undefined;
  };

  const deleteNode = (node: Node, obj: KubeObject, policy: 'Background' | 'Foreground'): void => {
    const type = ctx.api.resourceOf(node.resource);
    if (type) ctx.api.delete(type, obj.metadata.namespace, obj.metadata.name ?? '', { propagationPolicy: policy, preconditions: { uid: obj.metadata.uid ?? '' } });
  };

  const removeFinalizer = (obj: KubeObject, finalizer: string): void => {
    ctx.api.update({ ...obj, metadata: { ...obj.metadata, finalizers: (obj.metadata.finalizers ?? []).filter((f) => f !== finalizer) } });
  };

  const reconcile = (uid: string): void => {
    const found = getObj(uid);
    if (!found) return;
    const { node, obj } = found;
    const finalizers = obj.metadata.finalizers ?? [];
    if (obj.metadata.deletionTimestamp && finalizers.includes('orphan')) {
      for (const dep of [...(dependents.get(uid) ?? [])]) {
        const d = getObj(dep);
        if (!d) continue;
        const refs = (d.obj.metadata.ownerReferences ?? []).filter((r) => r.uid !== uid);
        const metadata = { ...d.obj.metadata, ownerReferences: refs };
        if (refs.length === 0) delete (metadata as { ownerReferences?: OwnerReference[] }).ownerReferences;
        ctx.api.update({ ...d.obj, metadata });
      }
      removeFinalizer(obj, 'orphan');
      return;
    }
    if (obj.metadata.deletionTimestamp && finalizers.includes('foregroundDeletion')) {
      let blocking = 0;
      for (const dep of [...(dependents.get(uid) ?? [])]) {
        const d = getObj(dep);
        if (!d) continue;
        const ref = d.obj.metadata.ownerReferences?.find((r) => r.uid === uid);
        if (ref?.blockOwnerDeletion) blocking++;
        if (!d.obj.metadata.deletionTimestamp) deleteNode(d.node, d.obj, 'Foreground');
      }
      if (blocking === 0) removeFinalizer(obj, 'foregroundDeletion');
      return;
    }
    // An ordinary object: is any of its owners gone for good?
    const refs = obj.metadata.ownerReferences ?? [];
    if (refs.length === 0) return;
    const alive = refs.filter((r) => getObj(r.uid) !== undefined);
    if (alive.length === refs.length) return;
    if (alive.length > 0) {
      ctx.api.update({ ...obj, metadata: { ...obj.metadata, ownerReferences: alive } });
      return;
    }
    if (!obj.metadata.deletionTimestamp) deleteNode(node, obj, 'Background');
  };

  return { name: GARBAGE_COLLECTOR, watches: { '*': onEvent }, reconcile };
}
