import type { DeploymentObject } from './types';
import { MAX_INT32 } from './types';

/**
 * intstr.GetScaledValueFromIntOrPercent: an int as-is, "N%" of `total` rounded up or down, anything
 * else undefined (upstream returns an error; validation keeps such values out of the API).
 */
export function scaledValue(value: number | string | undefined, total: number, roundUp: boolean): number | undefined {
  if (value === undefined) return 0;
  if (typeof value === 'number') return value;
  if (!value.endsWith('%')) return undefined;
  const digits = value.slice(0, -1);
  if (!/^[+-]?\d+$/.test(digits)) return undefined;
  const percent = Number(digits);
  const scaled = (percent * total) / 100;
  return roundUp ? Math.ceil(scaled) : Math.floor(scaled);
}

/**
 * ResolveFenceposts: maxSurge rounds up, maxUnavailable rounds down, and when both come to zero one
 * pod may be unavailable, because a surge may be impossible (quota) and the rollout must move.
 */
export function resolveFenceposts(
  maxSurge: number | string | undefined,
  maxUnavailable: number | string | undefined,
  desired: number,
): { surge: number; unavailable: number } | undefined {
  const surge = scaledValue(maxSurge, desired, true);
  let unavailable = scaledValue(maxUnavailable, desired, false);
  if (surge === undefined || unavailable === undefined) return undefined;
  if (surge === 0 && unavailable === 0) unavailable = 1;
  return { surge, unavailable };
}

export function replicasOf(d: DeploymentObject): number {
  return d.spec?.replicas ?? 1;
}

export function isRollingUpdate(d: DeploymentObject): boolean {
  return d.spec?.strategy?.type === 'RollingUpdate';
}

function fenceposts(d: DeploymentObject): { surge: number; unavailable: number } {
  const rolling = d.spec?.strategy?.rollingUpdate;
  return resolveFenceposts(rolling?.maxSurge, rolling?.maxUnavailable, replicasOf(d)) ?? { surge: 0, unavailable: 0 };
}

/** How many pods above `replicas` a rolling update may run (0 for Recreate). */
export function maxSurge(d: DeploymentObject): number {
  return isRollingUpdate(d) ? fenceposts(d).surge : 0;
}

/** How many of `replicas` may be unavailable during a rolling update (0 for Recreate), never more than `replicas`. */
export function maxUnavailable(d: DeploymentObject): number {
  const replicas = replicasOf(d);
  if (!isRollingUpdate(d) || replicas === 0) return 0;
  return Math.min(fenceposts(d).unavailable, replicas);
}

/** The raw maxSurge of NewRSNewReplicas (no "both zero" rule); undefined when malformed. */
export function rawMaxSurge(d: DeploymentObject): number | undefined {
  return scaledValue(d.spec?.strategy?.rollingUpdate?.maxSurge, replicasOf(d), true);
}

export function hasProgressDeadline(d: DeploymentObject): boolean {
  const s = d.spec?.progressDeadlineSeconds;
  return s !== undefined && s !== MAX_INT32;
}

export function hasRevisionHistoryLimit(d: DeploymentObject): boolean {
  const l = d.spec?.revisionHistoryLimit;
  return l !== undefined && l !== MAX_INT32;
}
