import type { HPAScalingRules, HorizontalPodAutoscalerBehavior } from 'kubernetes-types/autoscaling/v2';

/** --horizontal-pod-autoscaler-downscale-stabilization (5 minutes). */
export const DOWNSCALE_STABILIZATION_MS = 5 * 60_000;

/** The controller's memory of one HPA (upstream keeps it in maps; we keep it in snapshots). */
export interface HpaMemory {
  /** Unstabilized recommendations: [replicas, at]. */
  recommendations: [number, number][];
  /** Scale events used by behavior policies: [replica change, at, outdated]. */
  scaleUp: [number, number, boolean][];
  scaleDown: [number, number, boolean][];
}

export function newMemory(): HpaMemory {
  return { recommendations: [], scaleUp: [], scaleDown: [] };
}

export interface Condition {
  status: 'True' | 'False';
  reason: string;
  message: string;
}

export interface Normalized {
  desired: number;
  ableToScale: Condition;
  scalingLimited: Condition;
}

const READY: Condition = { status: 'True', reason: 'ReadyForNewScale', message: 'recommended size matches current size' };
const DOWN_STABILIZED: Condition = { status: 'True', reason: 'ScaleDownStabilized', message: 'recent recommendations were higher than current one, applying the highest recent recommendation' };
const UP_STABILIZED: Condition = { status: 'True', reason: 'ScaleUpStabilized', message: 'recent recommendations were lower than current one, applying the lowest recent recommendation' };
const WITHIN: [string, string] = ['DesiredWithinRange', 'the desired count is within the acceptable range'];
const TOO_MANY: [string, string] = ['TooManyReplicas', 'the desired replica count is more than the maximum replica count'];
const TOO_FEW: [string, string] = ['TooFewReplicas', 'the desired replica count is less than the minimum replica count'];
const UP_LIMIT: [string, string] = ['ScaleUpLimit', 'the desired replica count is increasing faster than the maximum scale rate'];
const DOWN_LIMIT: [string, string] = ['ScaleDownLimit', 'the desired replica count is decreasing faster than the maximum scale rate'];

function limited(desired: number, stabilized: number, [reason, message]: [string, string]): Condition {
  return { status: desired === stabilized ? 'False' : 'True', reason, message };
}

/** Without `spec.behavior`: the highest recommendation of the last 5 minutes, then at most max(2×, 4) per step. */
export function normalizeWithoutBehavior(mem: HpaMemory, now: number, current: number, proposed: number, min: number, max: number): Normalized {
  let stabilized = proposed;
  let oldIndex = -1;
  const cutoff = now - DOWNSCALE_STABILIZATION_MS;
  mem.recommendations.forEach(([rec, at], i) => {
    if (at < cutoff) oldIndex = i;
    else if (rec > stabilized) stabilized = rec;
  });
  record(mem, oldIndex, proposed, now);
  const ableToScale = stabilized !== proposed ? DOWN_STABILIZED : READY;
  const upLimit = Math.max(2 * current, 4);
  let maxAllowed = max;
  let rule = TOO_MANY;
  if (max > upLimit) {
    maxAllowed = upLimit;
    rule = UP_LIMIT;
  }
  let desired = stabilized;
  let why = WITHIN;
  if (stabilized < min) {
    desired = min;
    why = TOO_FEW;
  } else if (stabilized > maxAllowed) {
    desired = maxAllowed;
    why = rule;
  }
  return { desired, ableToScale, scalingLimited: limited(desired, stabilized, why) };
}

function record(mem: HpaMemory, oldIndex: number, proposed: number, now: number): void {
  if (oldIndex >= 0) mem.recommendations[oldIndex] = [proposed, now];
  else mem.recommendations.push([proposed, now]);
}

/** With `spec.behavior` (the API server filled in its defaults): stabilization windows, then the policies' rates. */
export function normalizeWithBehavior(mem: HpaMemory, now: number, current: number, proposed: number, min: number, max: number, behavior: HorizontalPodAutoscalerBehavior): Normalized {
  const up = behavior.scaleUp ?? {};
  const down = behavior.scaleDown ?? {};
  const upWindow = (up.stabilizationWindowSeconds ?? 0) * 1000;
  const downWindow = (down.stabilizationWindowSeconds ?? DOWNSCALE_STABILIZATION_MS / 1000) * 1000;
  let upRec = proposed;
  let downRec = proposed;
  let oldIndex = -1;
  mem.recommendations.forEach(([rec, at], i) => {
    if (at > now - upWindow) upRec = Math.min(rec, upRec);
    if (at > now - downWindow) downRec = Math.max(rec, downRec);
    if (at < now - upWindow && at < now - downWindow) oldIndex = i;
  });
  let stabilized = current;
  if (stabilized < upRec) stabilized = upRec;
  if (stabilized > downRec) stabilized = downRec;
  record(mem, oldIndex, proposed, now);
  const ableToScale = stabilized !== proposed ? (proposed >= current ? UP_STABILIZED : DOWN_STABILIZED) : READY;

  let desired = stabilized;
  let why = WITHIN;
  if (stabilized > current) {
    const limit = Math.max(current, scaleUpLimit(current, mem, now, up));
    const [maxAllowed, rule] = max > limit ? [limit, UP_LIMIT] : [max, TOO_MANY];
    if (stabilized > maxAllowed) {
      desired = maxAllowed;
      why = rule;
    }
  } else if (stabilized < current) {
    const limit = Math.min(current, scaleDownLimit(current, mem, now, down));
    const [minAllowed, rule] = min < limit ? [limit, DOWN_LIMIT] : [min, TOO_FEW];
    if (stabilized < minAllowed) {
      desired = minAllowed;
      why = rule;
    }
  }
  return { desired, ableToScale, scalingLimited: limited(desired, stabilized, why) };
}

function changeInPeriod(events: [number, number, boolean][], periodSeconds: number, now: number): number {
  const cutoff = now - periodSeconds * 1000;
  return events.reduce((n, [change, at]) => (at > cutoff ? n + change : n), 0);
}

function scaleUpLimit(current: number, mem: HpaMemory, now: number, rules: HPAScalingRules): number {
  const select = rules.selectPolicy ?? 'Max';
  if (select === 'Disabled') return current;
  let result = select === 'Min' ? Number.MAX_SAFE_INTEGER : Number.MIN_SAFE_INTEGER;
  for (const p of rules.policies ?? []) {
    const start = current - changeInPeriod(mem.scaleUp, p.periodSeconds, now) + changeInPeriod(mem.scaleDown, p.periodSeconds, now);
    const proposed = p.type === 'Pods' ? start + p.value : Math.ceil(start * (1 + p.value / 100));
    result = select === 'Min' ? Math.min(result, proposed) : Math.max(result, proposed);
  }
  return result;
}

function scaleDownLimit(current: number, mem: HpaMemory, now: number, rules: HPAScalingRules): number {
  const select = rules.selectPolicy ?? 'Max';
  if (select === 'Disabled') return current;
  let result = select === 'Min' ? Number.MIN_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  for (const p of rules.policies ?? []) {
    const start = current - changeInPeriod(mem.scaleUp, p.periodSeconds, now) + changeInPeriod(mem.scaleDown, p.periodSeconds, now);
    const proposed = p.type === 'Pods' ? start - p.value : Math.trunc(start * (1 - p.value / 100));
    result = select === 'Min' ? Math.max(result, proposed) : Math.min(result, proposed);
  }
  return result;
}

/** Remembers a rescale for the behavior policies (nothing is kept without a behavior). */
export function storeScaleEvent(mem: HpaMemory, behavior: HorizontalPodAutoscalerBehavior | undefined, previous: number, next: number, now: number): void {
  if (!behavior) return;
  const upward = next > previous;
  const rules = (upward ? behavior.scaleUp : behavior.scaleDown) ?? {};
  const longest = Math.max(0, ...(rules.policies ?? []).map((p) => p.periodSeconds));
  const events = upward ? mem.scaleUp : mem.scaleDown;
  let reuse = -1;
  events.forEach((e, i) => {
    if (e[1] < now - longest * 1000) e[2] = true;
    if (e[2]) reuse = i;
  });
  const entry: [number, number, boolean] = [Math.abs(next - previous), now, false];
  if (reuse >= 0) events[reuse] = entry;
  else events.push(entry);
}
