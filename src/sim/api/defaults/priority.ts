import type { PodSpec } from 'kubernetes-types/core/v1';

/**
 * What the Priority admission plugin writes into a pod. It needs the PriorityClass objects, so
 * the API server resolves the class and passes it here; this only fills the fields.
 */
export interface ResolvedPriorityClass {
  /** The class name written to `priorityClassName` ("" when no class applies). */
  name: string;
  value: number;
  preemptionPolicy?: string;
}

/** The priority of pods that name no class when no class is marked `globalDefault`. */
export const NO_CLASS_PRIORITY: ResolvedPriorityClass = { name: '', value: 0, preemptionPolicy: 'PreemptLowerPriority' };

/** The two classes every cluster has, whether or not their objects exist. */
export const SYSTEM_PRIORITY_CLASSES: Readonly<Record<string, ResolvedPriorityClass>> = {
  'system-node-critical': { name: 'system-node-critical', value: 2000001000, preemptionPolicy: 'PreemptLowerPriority' },
  'system-cluster-critical': { name: 'system-cluster-critical', value: 2000000000, preemptionPolicy: 'PreemptLowerPriority' },
};

/**
 * Fills `priority` and `preemptionPolicy` (pods only, never templates). Rejecting a pod whose
 * own `priority` or `preemptionPolicy` disagrees with its class is the caller's job.
 */
export function defaultPodPriority(spec: PodSpec, resolved: ResolvedPriorityClass = NO_CLASS_PRIORITY): void {
  if (resolved.name) spec.priorityClassName = resolved.name;
  spec.priority = resolved.value;
  spec.preemptionPolicy = resolved.preemptionPolicy ?? 'PreemptLowerPriority';
}
