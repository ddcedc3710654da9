import type { KubeObject } from '../object';
import type { ResourceType } from '../registry';
import type { ApiStatus } from '../status';
import { forbidden, notFound } from '../status';
import { RESOURCE_TYPES } from '../registry';
import type { ObjectStore } from '../../store/store';

const namespaces = RESOURCE_TYPES.find((t) => t.plural === 'namespaces') as ResourceType;

/** Objects (other than events) may only be created in a namespace that exists and is not terminating. */
export function admitNamespaceLifecycle(obj: KubeObject, old: KubeObject | undefined, type: ResourceType, store: ObjectStore): ApiStatus | undefined {
  if (!type.namespaced || old) return undefined;
  const ns = obj.metadata.namespace ?? 'default';
  const nsObj = store.get('namespaces', ns);
  if (!nsObj) return notFound(namespaces, ns);
  if (nsObj.metadata.deletionTimestamp && type.plural !== 'events') {
    return forbidden(type, obj.metadata.name ?? '', `unable to create new content in namespace ${ns} because it is being terminated`);
  }
  return undefined;
}

/** The namespaces kube-apiserver refuses to delete. */
export const UNDELETABLE_NAMESPACES = new Set(['default', 'kube-system', 'kube-public']);
