// The Volumes block of describe pod / pod templates and the Source block of describe pv: one
// paragraph per volume source kind, with kubectl's wording.

import type { Volume, VolumeProjection } from 'kubernetes-types/core/v1';
import { quantityString } from '../tables/format';
import { LEVEL_0, LEVEL_1, LEVEL_2, type DescribeWriter } from './writer';

/** A pod volume or a PV spec: both hold one source field (read loosely: the shapes differ slightly). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Source = Record<string, any>;

const bool = (b: boolean | undefined | null): string => String(b === true);

function projected(w: DescribeWriter, sources: readonly VolumeProjection[] | undefined): void {
  w.write(LEVEL_2, 'Type:\tProjected (a volume that contains injected data from multiple sources)\n');
  for (const s of sources ?? []) {
    if (s.secret) w.write(LEVEL_2, `SecretName:\t${s.secret.name ?? ''}\n    Optional:\t${bool(s.secret.optional)}\n`);
    else if (s.downwardAPI) w.write(LEVEL_2, 'DownwardAPI:\ttrue\n');
    else if (s.configMap) w.write(LEVEL_2, `ConfigMapName:\t${s.configMap.name ?? ''}\n    Optional:\t${bool(s.configMap.optional)}\n`);
    else if (s.serviceAccountToken) w.write(LEVEL_2, `TokenExpirationSeconds:\t${s.serviceAccountToken.expirationSeconds ?? 3600}\n`);
    else if (s.clusterTrustBundle) {
      const b = s.clusterTrustBundle;
      w.write(LEVEL_2, b.name ? `ClusterTrustBundle:\t${b.name}\n` : `ClusterTrustBundle Signer:\t${b.signerName ?? ''}\n`);
    }
  }
}

/** Writes the paragraph of one volume source at level 2; false when the source kind is unknown. */
export function describeVolumeSource(w: DescribeWriter, v: Source): boolean {
  if (v.hostPath) {
    w.write(LEVEL_2, `Type:\tHostPath (bare host directory volume)\n    Path:\t${v.hostPath.path}\n    HostPathType:\t${v.hostPath.type ?? '<none>'}\n`);
  } else if (v.emptyDir) {
    const limit = v.emptyDir.sizeLimit !== undefined && quantityString(v.emptyDir.sizeLimit as string) !== '0' ? quantityString(v.emptyDir.sizeLimit as string) : '<unset>';
    w.write(LEVEL_2, `Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n    Medium:\t${v.emptyDir.medium ?? ''}\n    SizeLimit:\t${limit}\n`);
  } else if (v.secret) {
    w.write(LEVEL_2, `Type:\tSecret (a volume populated by a Secret)\n    SecretName:\t${v.secret.secretName ?? ''}\n    Optional:\t${bool(v.secret.optional)}\n`);
  } else if (v.configMap) {
    w.write(LEVEL_2, `Type:\tConfigMap (a volume populated by a ConfigMap)\n    Name:\t${v.configMap.name ?? ''}\n    Optional:\t${bool(v.configMap.optional)}\n`);
  } else if (v.persistentVolumeClaim) {
    w.write(
      LEVEL_2,
      `Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)\n    ClaimName:\t${v.persistentVolumeClaim.claimName}\n    ReadOnly:\t${bool(v.persistentVolumeClaim.readOnly)}\n`,
    );
  } else if (v.projected) {
    projected(w, v.projected.sources);
  } else if (v.downwardAPI) {
    w.write(LEVEL_2, 'Type:\tDownwardAPI (a volume populated by information about the pod)\n    Items:\n');
    for (const item of v.downwardAPI.items ?? []) {
      if (item.fieldRef) w.write(LEVEL_3_INLINE, `      ${item.fieldRef.fieldPath} -> ${item.path}\n`);
      else if (item.resourceFieldRef) w.write(LEVEL_3_INLINE, `      ${item.resourceFieldRef.resource} -> ${item.path}\n`);
    }
  } else if (v.nfs) {
    w.write(LEVEL_2, `Type:\tNFS (an NFS mount that lasts the lifetime of a pod)\n    Server:\t${v.nfs.server}\n    Path:\t${v.nfs.path}\n    ReadOnly:\t${bool(v.nfs.readOnly)}\n`);
  } else if (v.local) {
    w.write(LEVEL_2, `Type:\tLocalVolume (a persistent volume backed by local storage on a node)\n    Path:\t${v.local.path}\n`);
  } else if (v.csi) {
    w.write(LEVEL_2, `Type:\tCSI (a Container Storage Interface (CSI) volume source)\n    Driver:\t${v.csi.driver}\n    FSType:\t${v.csi.fsType ?? ''}\n`);
    if (v.csi.volumeHandle !== undefined) w.write(LEVEL_2, `VolumeHandle:\t${String(v.csi.volumeHandle)}\n    ReadOnly:\t${bool(v.csi.readOnly)}\n`);
    else w.write(LEVEL_2, `ReadOnly:\t${bool(v.csi.readOnly)}\n`);
  } else if (v.ephemeral) {
    w.write(LEVEL_2, 'Type:\tEphemeralVolume (an inline specification for a volume that gets created and deleted with the pod)\n');
  } else if (v.image) {
    w.write(LEVEL_2, `Type:\tImage (a container image or OCI artifact)\n    Reference:\t${v.image.reference ?? ''}\n    PullPolicy:\t${v.image.pullPolicy ?? ''}\n`);
  } else {
    return false;
  }
  return true;
}

/** Lines that carry their own indent (printed at level 0). */
const LEVEL_3_INLINE = LEVEL_0;

/** describeVolumes: `Volumes:` with one block per volume, or `Volumes:\t<none>`. */
export function describeVolumes(w: DescribeWriter, volumes: readonly Volume[] | undefined, space: string): void {
  const list = volumes ?? [];
  if (list.length === 0) {
    w.write(LEVEL_0, `${space}Volumes:\t<none>\n`);
    return;
  }
  w.write(LEVEL_0, `${space}Volumes:\n`);
  for (const v of list) {
    w.write(LEVEL_1, `${space ? ' ' : ''}${v.name}:\n`);
    if (!describeVolumeSource(w, v)) w.write(LEVEL_1, '<unknown>\n');
  }
}
