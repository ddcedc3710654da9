import type { PersistentVolume, PersistentVolumeClaim, Pod } from 'kubernetes-types/core/v1';
import type { StorageClass } from 'kubernetes-types/storage/v1';
import type { KubeObject } from '../api/object';
import { keyOf, splitKey } from '../api/object';
import { labelSelectorFromObject, matchesLabels } from '../api/labels';
import { compareQuantity, parseQuantity } from '../../lib/quantity';
import type { SimContext } from '../context';
import type { Controller } from './controller';
import { RESOURCE_TYPE } from './types';

export const PV_CONTROLLER = 'persistentvolume-controller';
const SOURCE = { component: PV_CONTROLLER };
/** The simulated dynamic provisioner (the local-path provisioner kind and k3s ship). */
export const PROVISIONER = 'rancher.io/local-path';
/** Virtual time the provisioner takes to create a volume. */
const PROVISION_MS = 2_000;

type Claim = PersistentVolumeClaim & KubeObject;
type Volume = PersistentVolume & KubeObject;

/**
 * Binds claims to volumes (pre-provisioned ones first, smallest that fits), provisions new volumes
 * for claims of a class with our provisioner, releases or deletes volumes by reclaim policy, and
 * lets a protected claim go only once no pod uses it.
 */
export function volumeController(ctx: SimContext): Controller {
  const claimsUsing = (pod: KubeObject): string[] =>
    (((pod['spec'] as Pod['spec'])?.volumes ?? []).filter((v) => v.persistentVolumeClaim).map((v) => `pvc:${pod.metadata.namespace}/${v.persistentVolumeClaim?.claimName}`));
  return {
    name: PV_CONTROLLER,
    watches: {
      persistentvolumeclaims: (e) => `pvc:${keyOf(e.object)}`,
      persistentvolumes: (e) => {
        const ref = (e.object as Volume).spec?.claimRef;
        const keys = [`pv:${e.object.metadata.name}`];
        if (ref) keys.push(`pvc:${ref.namespace}/${ref.name}`);
        // A new volume may satisfy a waiting claim.
        if (e.type === 'ADDED') for (const c of ctx.store.list('persistentvolumeclaims')) if ((c as Claim).status?.phase === 'Pending') keys.push(`pvc:${keyOf(c)}`);
        return keys;
      },
      pods: (e) => (e.type === 'DELETED' || (e.object['status'] as Pod['status'])?.phase === 'Succeeded' || (e.object['status'] as Pod['status'])?.phase === 'Failed' ? claimsUsing(e.object) : undefined),
    },
    reconcile(key) {
      if (key.startsWith('pv:')) syncVolume(ctx, key.slice(3));
      else syncClaim(ctx, key.slice(4));
    },
  };
}

function storage(q: Record<string, unknown> | undefined): ReturnType<typeof parseQuantity> {
  return parseQuantity(String(q?.['storage'] ?? '0'));
}

function syncClaim(ctx: SimContext, key: string): void {
  const { namespace, name } = splitKey(key);
  const claim = ctx.api.peek<Claim>('persistentvolumeclaims', namespace, name);
  if (!claim) return;
  if (claim.metadata.deletionTimestamp) {
    const inUse = (ctx.store.list('pods', namespace) as (Pod & KubeObject)[]).some(
      (p) => p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed' && (p.spec?.volumes ?? []).some((v) => v.persistentVolumeClaim?.claimName === name),
    );
    if (!inUse) ctx.api.update({ ...claim, metadata: { ...claim.metadata, finalizers: (claim.metadata.finalizers ?? []).filter((f) => f !== 'kubernetes.io/pvc-protection') } });
    return;
  }
  if (claim.status?.phase === 'Bound') return;
  const volumes = ctx.store.list('persistentvolumes') as Volume[];
  const bound = claim.spec?.volumeName ? volumes.find((v) => v.metadata.name === claim.spec?.volumeName) : findMatch(claim, volumes);
  if (bound) {
    bind(ctx, claim, bound);
    return;
  }
  const className = claim.spec?.storageClassName ?? '';
  const sc = className ? ctx.api.peek<StorageClass & KubeObject>('storageclasses.storage.k8s.io', undefined, className) : undefined;
  if (sc?.provisioner === PROVISIONER) {
    const pvName = `pvc-${claim.metadata.uid}`;
    if (ctx.api.peek('persistentvolumes', undefined, pvName)) return;
    const annotations = claim.metadata.annotations ?? {};
    if (!annotations['volume.kubernetes.io/storage-provisioner']) {
      ctx.api.update({ ...claim, metadata: { ...claim.metadata, annotations: { ...annotations, 'volume.beta.kubernetes.io/storage-provisioner': PROVISIONER, 'volume.kubernetes.io/storage-provisioner': PROVISIONER } } });
      ctx.events.record(claim, 'Normal', 'ExternalProvisioning', `Waiting for a volume to be created either by the external provisioner '${PROVISIONER}' or manually by the system administrator. If volume creation is delayed, please verify that the provisioner is running and correctly registered.`, SOURCE);
      ctx.events.record(claim, 'Normal', 'Provisioning', `External provisioner is provisioning volume for claim "${namespace}/${name}"`, { component: `${PROVISIONER}_local-path-provisioner` });
      ctx.manager.requeueAfter(PV_CONTROLLER, `pvc:${key}`, PROVISION_MS);
      return;
    }
    provision(ctx, claim, sc, pvName);
    return;
  }
  if (className && !sc) {
    ctx.events.record(claim, 'Warning', 'ProvisioningFailed', `storageclass.storage.k8s.io "${className}" not found`, SOURCE);
    return;
  }
  ctx.events.record(claim, 'Normal', 'FailedBinding', 'no persistent volumes available for this claim and no storage class is set', SOURCE);
}

function findMatch(claim: Claim, volumes: Volume[]): Volume | undefined {
  const want = storage(claim.spec?.resources?.requests);
  const modes = claim.spec?.accessModes ?? [];
  const className = claim.spec?.storageClassName ?? '';
  const selector = claim.spec?.selector ? labelSelectorFromObject(claim.spec.selector) : undefined;
  const fits = volumes.filter((v) => {
    if (v.status?.phase !== 'Available' || v.spec?.claimRef || v.metadata.deletionTimestamp) return false;
    if ((v.spec?.storageClassName ?? '') !== className) return false;
    if (!modes.every((m) => (v.spec?.accessModes ?? []).includes(m))) return false;
    if ((v.spec?.volumeMode ?? 'Filesystem') !== (claim.spec?.volumeMode ?? 'Filesystem')) return false;
    const cap = storage(v.spec?.capacity);
    if (want && cap && compareQuantity(cap, want) < 0) return false;
    return !selector || (selector.ok && matchesLabels(selector.selector, v.metadata.labels));
  });
  fits.sort((a, b) => {
    const ca = storage(a.spec?.capacity);
    const cb = storage(b.spec?.capacity);
    return ca && cb ? compareQuantity(ca, cb) : 0;
  });
  return fits[0];
}

function bind(ctx: SimContext, claim: Claim, volume: Volume): void {
  const pv = ctx.api.update<Volume>({
    ...volume,
    metadata: { ...volume.metadata, annotations: { ...(volume.metadata.annotations ?? {}), 'pv.kubernetes.io/bound-by-controller': 'yes' } },
    spec: { ...volume.spec, claimRef: { apiVersion: 'v1', kind: 'PersistentVolumeClaim', name: claim.metadata.name ?? '', namespace: claim.metadata.namespace ?? '', resourceVersion: claim.metadata.resourceVersion ?? '', uid: claim.metadata.uid ?? '' } },
  });
  if (!pv.ok) return;
  ctx.api.updateStatus({ ...pv.object, status: { phase: 'Bound', lastPhaseTransitionTime: ctx.rt.timestamp() } });
  const annotations: Record<string, string> = { ...(claim.metadata.annotations ?? {}), 'pv.kubernetes.io/bind-completed': 'yes', 'pv.kubernetes.io/bound-by-controller': 'yes' };
  const updated = ctx.api.update<Claim>({ ...claim, metadata: { ...claim.metadata, annotations }, spec: { ...claim.spec, volumeName: volume.metadata.name ?? '' } });
  if (!updated.ok) return;
  ctx.api.updateStatus({ ...updated.object, status: { phase: 'Bound', accessModes: volume.spec?.accessModes ?? [], capacity: { ...(volume.spec?.capacity ?? {}) } } });
}

function provision(ctx: SimContext, claim: Claim, sc: StorageClass & KubeObject, pvName: string): void {
  const res = ctx.api.create<Volume>({
    apiVersion: 'v1',
    kind: 'PersistentVolume',
    metadata: { name: pvName, annotations: { 'local.path.provisioner/selected-node': 'node01', 'pv.kubernetes.io/provisioned-by': PROVISIONER } },
    spec: {
      accessModes: claim.spec?.accessModes ?? ['ReadWriteOnce'],
      capacity: { storage: String(claim.spec?.resources?.requests?.['storage'] ?? '1Gi') },
      hostPath: { path: `/opt/local-path-provisioner/${pvName}_${claim.metadata.namespace}_${claim.metadata.name}`, type: 'DirectoryOrCreate' },
      persistentVolumeReclaimPolicy: sc.reclaimPolicy ?? 'Delete',
      storageClassName: sc.metadata.name ?? '',
      volumeMode: claim.spec?.volumeMode ?? 'Filesystem',
    },
  });
  if (!res.ok) return;
  ctx.api.updateStatus({ ...res.object, status: { phase: 'Available', lastPhaseTransitionTime: ctx.rt.timestamp() } });
  ctx.events.record(claim, 'Normal', 'ProvisioningSucceeded', `Successfully provisioned volume ${pvName}`, { component: `${PROVISIONER}_local-path-provisioner` });
  const fresh = ctx.api.peek<Volume>('persistentvolumes', undefined, pvName);
  const current = ctx.api.peek<Claim>('persistentvolumeclaims', claim.metadata.namespace, claim.metadata.name ?? '');
  if (fresh && current) bind(ctx, current, fresh);
}

function syncVolume(ctx: SimContext, name: string): void {
  const pv = ctx.api.peek<Volume>('persistentvolumes', undefined, name);
  if (!pv) return;
  if (!pv.status?.phase) {
    ctx.api.updateStatus({ ...pv, status: { phase: 'Available', lastPhaseTransitionTime: ctx.rt.timestamp() } });
    return;
  }
  if (pv.metadata.deletionTimestamp) {
    if (pv.status.phase !== 'Bound') ctx.api.update({ ...pv, metadata: { ...pv.metadata, finalizers: (pv.metadata.finalizers ?? []).filter((f) => f !== 'kubernetes.io/pv-protection') } });
    return;
  }
  const ref = pv.spec?.claimRef;
  if (!ref || pv.status.phase !== 'Bound') return;
  const claim = ctx.api.peek<Claim>('persistentvolumeclaims', ref.namespace, ref.name ?? '');
  if (claim && claim.metadata.uid === ref.uid) return;
  // The claim is gone: Delete removes the volume, Retain keeps it Released for an admin to recycle.
  if ((pv.spec?.persistentVolumeReclaimPolicy ?? 'Retain') === 'Delete') {
    ctx.api.updateStatus({ ...pv, status: { phase: 'Released', lastPhaseTransitionTime: ctx.rt.timestamp() } });
    ctx.api.delete(RESOURCE_TYPE.persistentvolumes, undefined, name);
    const after = ctx.api.peek<Volume>('persistentvolumes', undefined, name);
    if (after) ctx.api.update({ ...after, metadata: { ...after.metadata, finalizers: (after.metadata.finalizers ?? []).filter((f) => f !== 'kubernetes.io/pv-protection') } });
  } else {
    ctx.api.updateStatus({ ...pv, status: { phase: 'Released', lastPhaseTransitionTime: ctx.rt.timestamp() } });
  }
}
