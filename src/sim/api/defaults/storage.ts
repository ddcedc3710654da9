import type { PersistentVolume, PersistentVolumeClaim } from 'kubernetes-types/core/v1';
import type { StorageClass } from 'kubernetes-types/storage/v1';
import { asJson, statusOf, templateMetadata } from './types';
import { defaultLegacyVolumeSource, defaultPersistentVolumeClaimSpec } from './volumes';

export function defaultPersistentVolume(pv: PersistentVolume): void {
  const spec = (pv.spec ??= {});
  spec.persistentVolumeReclaimPolicy ||= 'Retain';
  spec.volumeMode ??= 'Filesystem';
  if (spec.hostPath) spec.hostPath.type ??= '';
  defaultLegacyVolumeSource(asJson(spec));
  statusOf(pv, () => ({})).phase ||= 'Pending';
}

/** Also used for a StatefulSet's volumeClaimTemplates, which a real cluster defaults alike. */
export function defaultPersistentVolumeClaim(pvc: PersistentVolumeClaim): void {
  templateMetadata(pvc);
  defaultPersistentVolumeClaimSpec((pvc.spec ??= {}));
  statusOf(pvc, () => ({})).phase ||= 'Pending';
}

export function defaultStorageClass(sc: StorageClass): void {
  sc.reclaimPolicy ??= 'Delete';
  sc.volumeBindingMode ??= 'Immediate';
}
