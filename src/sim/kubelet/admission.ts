import type { Node, Pod } from 'kubernetes-types/core/v1';
import { parseQuantity, toMilli, toValue } from '../../lib/quantity';
import { podMatchesNode } from '../scheduler/matching';
import { podRequests } from '../scheduler/requests';

export interface Rejection {
  reason: string;
  message: string;
}

/**
 * The kubelet's own admission of a pod bound to its node (lifecycle predicates): a pod placed by
 * hand (spec.nodeName) skips the scheduler, so the kubelet is the one to refuse it.
 */
export function admissionCheck(pod: Pod, node: Node, used: { cpuMilli: number; memoryBytes: number; pods: number }, memoryPressure: boolean): Rejection | undefined {
  const labels = node.metadata?.labels ?? {};
  if (!podMatchesNode(pod, labels, node.metadata?.name ?? '')) return { reason: 'NodeAffinity', message: 'Predicate NodeAffinity failed' };
  const alloc = node.status?.allocatable ?? {};
  const maxPods = Number(alloc['pods'] ?? 110);
  if (used.pods + 1 > maxPods) {
    return { reason: 'OutOfpods', message: `Node didn't have enough resource: pods, requested: 1, used: ${used.pods}, capacity: ${maxPods}` };
  }
  const want = podRequests(pod);
  const { cpuCap, memCap } = capacityOf(alloc);
  if (want.cpuMilli > 0 && used.cpuMilli + want.cpuMilli > cpuCap) {
    return { reason: 'OutOfcpu', message: `Node didn't have enough resource: cpu, requested: ${want.cpuMilli}, used: ${used.cpuMilli}, capacity: ${cpuCap}` };
  }
  if (want.memoryBytes > 0 && used.memoryBytes + want.memoryBytes > memCap) {
    return { reason: 'OutOfmemory', message: `Node didn't have enough resource: memory, requested: ${Math.round(want.memoryBytes)}, used: ${Math.round(used.memoryBytes)}, capacity: ${memCap}` };
  }
  if (memoryPressure && isBestEffort(pod) && !isCritical(pod)) {
    return { reason: 'Evicted', message: 'The node had condition: [MemoryPressure]. ' };
  }
  return undefined;
}

/** Parsed per allocatable object (a node's status is replaced, never changed in place). */
const CAPACITY = new WeakMap<object, { cpuCap: number; memCap: number }>();

function capacityOf(alloc: Record<string, unknown>): { cpuCap: number; memCap: number } {
  let known = CAPACITY.get(alloc);
  if (!known) {
    const cpu = parseQuantity(String(alloc['cpu'] ?? '0'));
    const mem = parseQuantity(String(alloc['memory'] ?? '0'));
    known = { cpuCap: cpu ? toMilli(cpu) : 0, memCap: mem ? toValue(mem) : 0 };
    CAPACITY.set(alloc, known);
  }
  return known;
}

export function isBestEffort(pod: Pod): boolean {
  const all = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])];
  return all.every((c) => Object.keys(c.resources?.requests ?? {}).length === 0 && Object.keys(c.resources?.limits ?? {}).length === 0);
}

/** Static pods and system-critical priorities are never refused or evicted for pressure. */
export function isCritical(pod: Pod): boolean {
  const source = pod.metadata?.annotations?.['kubernetes.io/config.source'];
  return (source !== undefined && source !== 'api') || (pod.spec?.priority ?? 0) >= 2_000_000_000;
}
