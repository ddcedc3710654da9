/**
 * The RollingUpdate strategy of a StatefulSet (updateStatefulSetAfterInvariantEstablished, with
 * MaxUnavailableStatefulSet on as in v1.35): once every pod in range is healthy, delete outdated
 * pods from the highest ordinal down to the partition, at most maxUnavailable unavailable at a
 * time; the scaling half then recreates each at the update revision.
 */
import type { PodObject } from './identity';
import { replicaCount, revisionOf } from './identity';
import { deletePod, isRunningAndAvailable, isTerminating, type StsSync } from './sync-context';

export function rollingUpdate(s: StsSync, replicas: PodObject[]): void {
  const rolling = s.set.spec?.updateStrategy?.rollingUpdate;
  const updateMin = rolling?.partition ?? 0;
  const maxUnavailable = rolling ? resolveMaxUnavailable(rolling.maxUnavailable, replicaCount(s.set)) : 1;
  const unavailable = replicas.filter((p) => isTerminating(p) || !isRunningAndAvailable(s, p)).length;
  if (unavailable >= maxUnavailable) return;
  const updateRevision = s.update.metadata.name ?? '';
  let budget = maxUnavailable - unavailable;
  for (let target = replicas.length - 1; target >= updateMin && budget > 0; target--) {
    const pod = replicas[target] as PodObject;
    if (revisionOf(pod) === updateRevision || isTerminating(pod)) continue;
    if (deletePod(s, pod)) budget--;
    else return;
  }
}

/** An int as is; a percentage of the replicas rounded down; never less than 1. */
export function resolveMaxUnavailable(value: number | string | undefined, replicas: number): number {
  let n = 1;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string' && value.endsWith('%')) n = Math.floor((Number(value.slice(0, -1)) * replicas) / 100);
  else if (typeof value === 'string') n = Number(value);
  return Number.isFinite(n) && n >= 1 ? n : 1;
}
