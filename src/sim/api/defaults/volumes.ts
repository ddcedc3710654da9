import type { DownwardAPIVolumeFile, PersistentVolumeClaimSpec, Volume } from 'kubernetes-types/core/v1';
import { defaultObjectFieldSelector, defaultResourceFieldSelector } from './container';
import { defaultPullPolicy } from './image';
import { asJson, isJsonObject, templateMetadata, type JsonObject } from './types';

/** File mode 0644 — the default of secret, configMap, downwardAPI and projected volumes. */
export const DEFAULT_VOLUME_MODE = 420;

/** An image volume source (KEP-4639); newer than the `kubernetes-types` typings. */
interface ImageVolumeSource {
  reference?: string;
  pullPolicy?: string;
}

/** Defaults of one pod volume. */
export function defaultVolume(volume: Volume): void {
  const hasSource = Object.entries(volume).some(([key, value]) => key !== 'name' && value !== undefined && value !== null);
  if (!hasSource) volume.emptyDir = {};

  if (volume.hostPath) volume.hostPath.type ??= '';
  if (volume.secret) volume.secret.defaultMode ??= DEFAULT_VOLUME_MODE;
  if (volume.configMap) volume.configMap.defaultMode ??= DEFAULT_VOLUME_MODE;
  if (volume.downwardAPI) {
    volume.downwardAPI.defaultMode ??= DEFAULT_VOLUME_MODE;
    for (const item of volume.downwardAPI.items ?? []) defaultDownwardAPIFile(item);
  }
  if (volume.projected) {
    volume.projected.defaultMode ??= DEFAULT_VOLUME_MODE;
    for (const source of volume.projected.sources ?? []) {
      for (const item of source.downwardAPI?.items ?? []) defaultDownwardAPIFile(item);
      // One hour; the ServiceAccount admission writes 3607 for the token volume it adds.
      if (source.serviceAccountToken) source.serviceAccountToken.expirationSeconds ??= 3600;
    }
  }
  const template = volume.ephemeral?.volumeClaimTemplate;
  if (template) {
    templateMetadata(template);
    defaultPersistentVolumeClaimSpec((template.spec ??= {}));
  }
  defaultLegacyVolumeSource(asJson(volume));

  // Feature gate ImageVolume (beta, on by default since v1.35).
  const image = (volume as { image?: ImageVolumeSource }).image;
  if (image) image.pullPolicy ||= defaultPullPolicy(image.reference ?? '');
}

function defaultDownwardAPIFile(item: DownwardAPIVolumeFile): void {
  if (item.fieldRef) defaultObjectFieldSelector(item.fieldRef);
  if (item.resourceFieldRef) defaultResourceFieldSelector(item.resourceFieldRef);
}

/** Claim specs, wherever they appear (claims, claim templates, ephemeral volumes). */
export function defaultPersistentVolumeClaimSpec(spec: PersistentVolumeClaimSpec): void {
  spec.volumeMode ??= 'Filesystem';
  // VolumeResourceRequirements is a Go struct, so `resources: {}` shows even when empty.
  spec.resources ??= {};
}

/**
 * Declared defaults of the in-tree volume plugins (their drivers are gone, their API fields
 * remain). The same fields exist in pod volumes and in persistent volume sources.
 */
export function defaultLegacyVolumeSource(source: JsonObject): void {
  const iscsi = source['iscsi'];
  if (isJsonObject(iscsi)) iscsi['iscsiInterface'] ||= 'default';
  const rbd = source['rbd'];
  if (isJsonObject(rbd)) {
    rbd['pool'] ||= 'rbd';
    rbd['user'] ||= 'admin';
    rbd['keyring'] ||= '/etc/ceph/keyring';
  }
  const azureDisk = source['azureDisk'];
  if (isJsonObject(azureDisk)) {
    azureDisk['cachingMode'] ??= 'ReadWrite';
    azureDisk['fsType'] ??= 'ext4';
    azureDisk['readOnly'] ??= false;
    azureDisk['kind'] ??= 'Shared';
  }
  const scaleIO = source['scaleIO'];
  if (isJsonObject(scaleIO)) {
    scaleIO['storageMode'] ||= 'ThinProvisioned';
    scaleIO['fsType'] ||= 'xfs';
  }
}
