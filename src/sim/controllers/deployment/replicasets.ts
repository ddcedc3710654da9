import { parseTimestamp } from '../../runtime';
import { desiredReplicasAnnotation, maxReplicasAnnotation, revisionOf } from './annotations';
import { maxSurge, rawMaxSurge, replicasOf } from './fenceposts';
import { equalIgnoreHash } from './template-hash';
import type { DeploymentObject, ReplicaSetObject } from './types';

/** Pure facts about a deployment's ReplicaSets (upstream deployment/util and controller_utils). */

export const specReplicas = (rs: ReplicaSetObject): number => rs.spec?.replicas ?? 1;

const created = (rs: ReplicaSetObject): number => parseTimestamp(rs.metadata.creationTimestamp) ?? 0;

/** ReplicaSetsByCreationTimestamp: older first, then by name. */
export function byCreation(a: ReplicaSetObject, b: ReplicaSetObject): number {
  const d = created(a) - created(b);
  if (d !== 0) return d;
  const na = a.metadata.name ?? '';
  const nb = b.metadata.name ?? '';
  return na < nb ? -1 : na > nb ? 1 : 0;
}

/** ReplicaSetsBySizeNewer: bigger first, then newer first (where scaling up goes first). */
export function bySizeNewer(a: ReplicaSetObject, b: ReplicaSetObject): number {
  return specReplicas(a) === specReplicas(b) ? byCreation(b, a) : specReplicas(b) - specReplicas(a);
}

/** ReplicaSetsBySizeOlder: bigger first, then older first (where scaling down goes first). */
export function bySizeOlder(a: ReplicaSetObject, b: ReplicaSetObject): number {
  return specReplicas(a) === specReplicas(b) ? byCreation(a, b) : specReplicas(b) - specReplicas(a);
}

/** ReplicaSetsByRevision: lower revision first; unreadable or equal revisions by age. */
export function byRevision(a: ReplicaSetObject, b: ReplicaSetObject): number {
  const ra = revisionOf(a);
  const rb = revisionOf(b);
  if (ra === undefined || rb === undefined || ra === rb) return byCreation(a, b);
  return ra - rb;
}

export function activeReplicaSets(rss: readonly (ReplicaSetObject | undefined)[]): ReplicaSetObject[] {
  return rss.filter((rs): rs is ReplicaSetObject => rs !== undefined && specReplicas(rs) > 0);
}

/** FindNewReplicaSet: the oldest ReplicaSet whose template is the deployment's (the one a rollback reuses). */
export function findNewReplicaSet(d: DeploymentObject, rss: readonly ReplicaSetObject[]): ReplicaSetObject | undefined {
  return [...rss].sort(byCreation).find((rs) => equalIgnoreHash(rs.spec?.template, d.spec?.template));
}

export function findOldReplicaSets(d: DeploymentObject, rss: readonly ReplicaSetObject[]): ReplicaSetObject[] {
  const newRS = findNewReplicaSet(d, rss);
  return rss.filter((rs) => rs.metadata.uid !== newRS?.metadata.uid);
}

/**
 * FindActiveOrLatest: the one ReplicaSet with replicas, or the newest when none has any; undefined
 * when several are active. Sorts `oldRSs` newest first in place, as upstream does.
 */
export function findActiveOrLatest(newRS: ReplicaSetObject | undefined, oldRSs: ReplicaSetObject[]): ReplicaSetObject | undefined {
  if (!newRS && oldRSs.length === 0) return undefined;
  oldRSs.sort((a, b) => byCreation(b, a));
  const active = activeReplicaSets([...oldRSs, newRS]);
  if (active.length === 0) return newRS ?? oldRSs[0];
  return active.length === 1 ? active[0] : undefined;
}

/** IsSaturated: the new ReplicaSet runs the whole deployment, all of it available. */
export function isSaturated(d: DeploymentObject, rs: ReplicaSetObject | undefined): boolean {
  if (!rs) return false;
  const desired = desiredReplicasAnnotation(rs);
  const replicas = replicasOf(d);
  return desired !== undefined && specReplicas(rs) === replicas && desired === replicas && (rs.status?.availableReplicas ?? 0) === replicas;
}

const sum = (rss: readonly (ReplicaSetObject | undefined)[], f: (rs: ReplicaSetObject) => number): number =>
  rss.reduce((n, rs) => n + (rs ? f(rs) : 0), 0);

export const totalSpecReplicas = (rss: readonly (ReplicaSetObject | undefined)[]): number => sum(rss, specReplicas);
export const totalReplicas = (rss: readonly (ReplicaSetObject | undefined)[]): number => sum(rss, (rs) => rs.status?.replicas ?? 0);
export const totalReady = (rss: readonly (ReplicaSetObject | undefined)[]): number => sum(rss, (rs) => rs.status?.readyReplicas ?? 0);
export const totalAvailable = (rss: readonly (ReplicaSetObject | undefined)[]): number => sum(rss, (rs) => rs.status?.availableReplicas ?? 0);

/**
 * GetTerminatingReplicaCountForReplicaSets: the sum when every observed ReplicaSet reports it,
 * otherwise unknown (a ReplicaSet controller without the 1.33+ field).
 */
export function totalTerminating(rss: readonly (ReplicaSetObject | undefined)[]): number | undefined {
  let total = 0;
  for (const rs of rss) {
    if (!rs) continue;
    const t = rs.status?.terminatingReplicas;
    if (t === undefined) {
      if ((rs.status?.observedGeneration ?? 0) === 0) continue;
      return undefined;
    }
    total += t;
  }
  return total;
}

/** NewRSNewReplicas: how big the new ReplicaSet may be now (RollingUpdate: within the surge). */
export function newRSNewReplicas(d: DeploymentObject, allRSs: readonly ReplicaSetObject[], newRS: ReplicaSetObject): number | undefined {
  const replicas = replicasOf(d);
  if (d.spec?.strategy?.type === 'Recreate') return replicas;
  if (d.spec?.strategy?.type !== 'RollingUpdate') return undefined;
  const surge = rawMaxSurge(d);
  if (surge === undefined) return undefined;
  const current = totalSpecReplicas(allRSs);
  const maxTotal = replicas + surge;
  if (current >= maxTotal) return specReplicas(newRS);
  return specReplicas(newRS) + Math.min(maxTotal - current, replicas - specReplicas(newRS));
}

/**
 * GetReplicaSetProportion: this ReplicaSet's share of `toAdd` (negative when shrinking), in
 * proportion to its size against the deployment size it was last sized for (max-replicas).
 */
export function replicaSetProportion(rs: ReplicaSetObject, d: DeploymentObject, toAdd: number, added: number): number {
  if (specReplicas(rs) === 0 || toAdd === 0 || toAdd === added) return 0;
  const fraction = replicaSetFraction(rs, d);
  const allowed = toAdd - added;
  return toAdd > 0 ? Math.min(fraction, allowed) : Math.max(fraction, allowed);
}

function replicaSetFraction(rs: ReplicaSetObject, d: DeploymentObject): number {
  const replicas = replicasOf(d);
  if (replicas === 0) return -specReplicas(rs);
  const newMax = replicas + maxSurge(d);
  let oldMax = maxReplicasAnnotation(rs) ?? 0;
  if (oldMax === 0) {
    // No annotation: fall back to the deployment's current size (an estimate, clamped by the caller).
    oldMax = d.status?.replicas ?? 0;
    if (oldMax === 0) return 0;
  }
  // Go's math.Round: halves away from zero (the value is never negative here).
  return Math.round((specReplicas(rs) * newMax) / oldMax) - specReplicas(rs);
}
