import type { EndpointSlice } from 'kubernetes-types/discovery/v1';
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1';
import type { PriorityClass } from 'kubernetes-types/scheduling/v1';
import { asJson, statusOf, type JsonObject } from './types';

/** PodDisruptionBudget has no defaults; its four status counters lack `omitempty`. */
export function defaultPodDisruptionBudget(pdb: PodDisruptionBudget): void {
  const status = statusOf(pdb, () => ({ currentHealthy: 0, desiredHealthy: 0, disruptionsAllowed: 0, expectedPods: 0 }));
  status.currentHealthy ??= 0;
  status.desiredHealthy ??= 0;
  status.disruptionsAllowed ??= 0;
  status.expectedPods ??= 0;
}

export function defaultPriorityClass(pc: PriorityClass): void {
  pc.preemptionPolicy ??= 'PreemptLowerPriority';
  // `value` has no `omitempty`.
  pc.value ??= 0;
}

/** Lease: no defaults; its spec is a Go struct, so `spec: {}` shows when empty. */
export function defaultLease(lease: JsonObject): void {
  lease['spec'] ??= {};
}

export function defaultEndpointSlice(slice: EndpointSlice): void {
  // Neither list has `omitempty`: a slice without endpoints shows `endpoints: null`.
  asJson(slice)['endpoints'] ??= null;
  asJson(slice)['ports'] ??= null;
  for (const port of slice.ports ?? []) {
    port.name ??= '';
    port.protocol ??= 'TCP';
  }
}
