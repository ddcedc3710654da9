import type { Container, Pod } from 'kubernetes-types/core/v1';
import { parseQuantity, toMilli, toNumber } from '../../lib/quantity';

export interface Resources {
  cpuMilli: number;
  memoryBytes: number;
}

function amount(list: Record<string, unknown> | undefined, name: 'cpu' | 'memory'): number {
  const raw = list?.[name];
  if (raw === undefined) return 0;
  const q = parseQuantity(String(raw));
  if (!q) return 0;
  return name === 'cpu' ? toMilli(q) : toNumber(q);
}

function containerRequests(c: Container): Resources {
  // With only limits set, the API server copies them into requests; be robust to objects that skipped it.
  const req = c.resources?.requests ?? c.resources?.limits;
  return { cpuMilli: amount(req, 'cpu'), memoryBytes: amount(req, 'memory') };
}

/**
 * What the scheduler counts a pod as using: the sum over its containers, or the largest init
 * container if that is more (init containers run one at a time, before the others).
 */
export function podRequests(pod: Pod): Resources {
  const total: Resources = { cpuMilli: 0, memoryBytes: 0 };
  for (const c of pod.spec?.containers ?? []) {
    const r = containerRequests(c);
    total.cpuMilli += r.cpuMilli;
    total.memoryBytes += r.memoryBytes;
  }
  for (const c of pod.spec?.initContainers ?? []) {
    const r = containerRequests(c);
    total.cpuMilli = Math.max(total.cpuMilli, r.cpuMilli);
    total.memoryBytes = Math.max(total.memoryBytes, r.memoryBytes);
  }
  return total;
}

export function podLimits(pod: Pod): Resources {
  const total: Resources = { cpuMilli: 0, memoryBytes: 0 };
  for (const c of pod.spec?.containers ?? []) {
    total.cpuMilli += amount(c.resources?.limits, 'cpu');
    total.memoryBytes += amount(c.resources?.limits, 'memory');
  }
  return total;
}

export function nodeAllocatable(status: { allocatable?: Record<string, unknown> } | undefined): Resources & { pods: number } {
  return {
    cpuMilli: amount(status?.allocatable, 'cpu'),
    memoryBytes: amount(status?.allocatable, 'memory'),
    pods: Number(status?.allocatable?.['pods'] ?? 110),
  };
}
