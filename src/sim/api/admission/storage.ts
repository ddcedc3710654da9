import type { KubeObject } from '../object';
import type { ObjectStore } from '../../store/store';

const DEFAULT_CLASS_ANNOTATION = 'storageclass.kubernetes.io/is-default-class';

/**
 * DefaultStorageClass (a claim naming no class gets the default one) and the storage-object-in-use
 * protection finalizers on claims and volumes.
 */
export function admitStorage(obj: KubeObject, old: KubeObject | undefined, resource: string, store: ObjectStore): void {
  if (old) return;
  const finalizer = resource === 'persistentvolumeclaims' ? 'kubernetes.io/pvc-protection' : resource === 'persistentvolumes' ? 'kubernetes.io/pv-protection' : undefined;
  if (!finalizer) return;
  if (!(obj.metadata.finalizers ?? []).includes(finalizer)) obj.metadata.finalizers = [...(obj.metadata.finalizers ?? []), finalizer];
  if (resource !== 'persistentvolumeclaims') return;
  const spec = (obj['spec'] ?? {}) as { storageClassName?: string | null };
  if (spec.storageClassName === undefined || spec.storageClassName === null) {
    const def = defaultStorageClass(store);
    if (def) obj['spec'] = { ...spec, storageClassName: def };
  }
  if (!obj['status']) obj['status'] = { phase: 'Pending' };
}

export function defaultStorageClass(store: ObjectStore): string | undefined {
  const classes = store.list('storageclasses.storage.k8s.io').filter((c) => c.metadata.annotations?.[DEFAULT_CLASS_ANNOTATION] === 'true');
  // Several defaults: the newest wins, as in recent Kubernetes versions.
  classes.sort((a, b) => String(b.metadata.creationTimestamp).localeCompare(String(a.metadata.creationTimestamp)));
  return classes[0]?.metadata.name;
}
