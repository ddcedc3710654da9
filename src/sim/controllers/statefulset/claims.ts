/**
 * A StatefulSet's PersistentVolumeClaims: created before their pod, and owned according to
 * `persistentVolumeClaimRetentionPolicy` so the garbage collector deletes them when it says so
 * (whenDeleted: Delete → owned by the set; whenScaled: Delete → owned by the pod once its
 * ordinal is scaled away).
 */
import type { OwnerReference } from 'kubernetes-types/meta/v1';
import type { KubeObject } from '../../api/object';
import { ownerReferenceTo } from '../../api/object';
import type { SimContext } from '../../context';
import { claimsFor, inOrdinalRange, ordinalOf, type PodObject, type StatefulSetObject } from './identity';
import { SOURCE } from './types';

/** Creates the pod's missing claims, recording an event for each; returns the first failure. */
export function createClaims(ctx: SimContext, set: StatefulSetObject, pod: PodObject): string | undefined {
  const errors: string[] = [];
  for (const claim of claimsFor(set, ordinalOf(pod))) {
    const name = claim.metadata.name ?? '';
    const existing = ctx.api.peek<KubeObject>('persistentvolumeclaims', claim.metadata.namespace, name);
    if (existing) {
      // A pod must not start on a claim that is going away: it waits for the claim to be gone and made anew.
      if (existing.metadata.deletionTimestamp) errors.push(`pvc ${name} is being deleted`);
      continue;
    }
    const res = ctx.api.create(claim);
    const podName = pod.metadata.name ?? '';
    if (res.ok) {
      ctx.events.record(set, 'Normal', 'SuccessfulCreate', `create Claim ${name} Pod ${podName} in StatefulSet ${set.metadata.name} success`, SOURCE);
    } else if (res.status.reason !== 'AlreadyExists') {
      ctx.events.record(set, 'Warning', 'FailedCreate', `create Claim ${name} for Pod ${podName} in StatefulSet ${set.metadata.name} failed error: ${res.status.message}`, SOURCE);
      errors.push(`failed to create PVC ${name}: ${res.status.message}`);
    }
  }
  return errors[0];
}

/**
 * PodClaimIsStale: with whenScaled: Delete, a claim still owned by an earlier pod of the same
 * name is waiting for the garbage collector; the pod must not be created on top of it.
 */
export function podClaimIsStale(ctx: SimContext, set: StatefulSetObject, pod: PodObject): boolean {
  if ((set.spec?.persistentVolumeClaimRetentionPolicy?.whenScaled ?? 'Retain') === 'Retain') return false;
  return claimsFor(set, ordinalOf(pod)).some((c) => {
    const stored = ctx.api.peek<KubeObject>('persistentvolumeclaims', c.metadata.namespace, c.metadata.name ?? '');
    return stored !== undefined && hasStaleRef(stored, pod);
  });
}

/** Whether every existing claim of the pod is owned as the retention policy says. */
export function claimsMatchRetention(ctx: SimContext, set: StatefulSetObject, pod: PodObject): boolean {
  return existingClaims(ctx, set, pod).every((c) => wantedOwners(c, set, pod) === undefined);
}

/** Brings the owners of the pod's existing claims in line with the retention policy. */
export function syncClaimOwners(ctx: SimContext, set: StatefulSetObject, pod: PodObject): string | undefined {
  for (const claim of existingClaims(ctx, set, pod)) {
    const owners = wantedOwners(claim, set, pod);
    if (owners === undefined) continue;
    const metadata = { ...claim.metadata, ownerReferences: owners };
    if (owners.length === 0) delete (metadata as { ownerReferences?: unknown }).ownerReferences;
    const res = ctx.api.update({ ...claim, metadata });
    if (!res.ok) return `could not update claim ${claim.metadata.name} for delete policy ownerRefs: ${res.status.message}`;
  }
  return undefined;
}

function existingClaims(ctx: SimContext, set: StatefulSetObject, pod: PodObject): KubeObject[] {
  return claimsFor(set, ordinalOf(pod))
    .map((c) => ctx.api.peek<KubeObject>('persistentvolumeclaims', c.metadata.namespace, c.metadata.name ?? ''))
    .filter((c): c is KubeObject => c !== undefined);
}

const isRefTo = (ref: OwnerReference, obj: KubeObject, apiVersion: string, kind: string): boolean =>
  ref.apiVersion === apiVersion && ref.kind === kind && ref.name === obj.metadata.name;
const refToSet = (ref: OwnerReference, set: StatefulSetObject) => isRefTo(ref, set, 'apps/v1', 'StatefulSet');
const refToPod = (ref: OwnerReference, pod: PodObject) => isRefTo(ref, pod, 'v1', 'Pod');

/** A reference to the set or pod by name whose uid is another's: left for the garbage collector. */
function hasStaleRef(claim: KubeObject, owner: KubeObject): boolean {
  const ref = (claim.metadata.ownerReferences ?? []).find((r) => r.name === owner.metadata.name && r.kind === owner.kind);
  return ref !== undefined && ref.uid !== owner.metadata.uid;
}

/**
 * The owner references the claim should have (isClaimOwnerUpToDate + updateClaimOwnerRefForSetAndPod),
 * or undefined when it already has them or must not be touched.
 */
function wantedOwners(claim: KubeObject, set: StatefulSetObject, pod: PodObject): OwnerReference[] | undefined {
  if (hasStaleRef(claim, set) || (pod.metadata.uid && hasStaleRef(claim, pod))) return undefined;
  const current = claim.metadata.ownerReferences ?? [];
  const policy = set.spec?.persistentVolumeClaimRetentionPolicy ?? {};
  const scaledDelete = policy.whenScaled === 'Delete';
  const deletedDelete = policy.whenDeleted === 'Delete';
  const others = current.filter((r) => !refToSet(r, set) && !refToPod(r, pod));
  const foreignController = (scaledDelete || deletedDelete) && others.some((r) => r.controller === true);
  const wanted = [...others];
  if (!foreignController) {
    const scaledDown = !inOrdinalRange(set, pod);
    if (scaledDelete && scaledDown && pod.metadata.uid) wanted.push(ownerReferenceTo(pod));
    if (deletedDelete && !(scaledDelete && scaledDown)) wanted.push(ownerReferenceTo(set));
  }
  return JSON.stringify(wanted) === JSON.stringify(current) ? undefined : wanted;
}
