import type { Container, Pod } from 'kubernetes-types/core/v1';
import { parseQuantity, toMilli, toNumber } from '../../lib/quantity';

export interface Resources {
  cpuMilli: number;
  memoryBytes: number;
}

/** Parsed amounts by `cpu:`/`memory:` + quantity text: the scheduler asks for the same few strings thousands of times. */
const AMOUNTS = new Map<string, number>();
const MAX_AMOUNTS = 4096;

function amount(list: Record<string, unknown> | undefined, name: 'cpu' | 'memory'): number {
  const raw = list?.[name];
  if (raw === undefined) return 0;
  const text = String(raw);
  const key = `${name}:${text}`;
  const known = AMOUNTS.get(key);
  if (known !== undefined) return known;
  const q = parseQuantity(text);
  const value = !q ? 0 : name === 'cpu' ? toMilli(q) : toNumber(q);
  if (AMOUNTS.size >= MAX_AMOUNTS) AMOUNTS.clear();
  AMOUNTS.set(key, value);
  return value;
}

function containerRequests(c: Container): Resources {
  // With only limits set, the API server copies them into requests; be robust to objects that skipped it.
  const req = c.resources?.requests ?? c.resources?.limits;
  return { cpuMilli: amount(req, 'cpu'), memoryBytes: amount(req, 'memory') };
}

/**
 * Sums per pod spec object. Callers pass pods read from the store, whose objects are never mutated
 * (a new object is stored instead), so one spec object always sums the same.
 */
const REQUESTS = new WeakMap<object, Resources>();

let lastSpec: object | undefined;
let lastRequests: Readonly<Resources> = { cpuMilli: 0, memoryBytes: 0 };

/**
 * What the scheduler counts a pod as using: the sum over its containers, or the largest init
 * container if that is more (init containers run one at a time, before the others).
 */
export function podRequests(pod: Pod): Resources {
  const r = podRequestsOf(pod);
  return { cpuMilli: r.cpuMilli, memoryBytes: r.memoryBytes };
}

/** podRequests without the copy: the scheduler's hot path, which only reads it. */
export function podRequestsOf(pod: Pod): Readonly<Resources> {
  const spec = pod.spec;
  // The scheduler asks for one pod against every node in a row: the last answer is kept at hand.
  if (spec !== undefined && spec === lastSpec) return lastRequests;
  const known = spec ? REQUESTS.get(spec) : undefined;
  if (known) {
    lastSpec = spec;
    lastRequests = known;
    return known;
  }
  const total: Resources = { cpuMilli: 0, memoryBytes: 0 };
  for (const c of spec?.containers ?? []) {
    const r = containerRequests(c);
    total.cpuMilli += r.cpuMilli;
    total.memoryBytes += r.memoryBytes;
  }
  for (const c of spec?.initContainers ?? []) {
    const r = containerRequests(c);
    total.cpuMilli = Math.max(total.cpuMilli, r.cpuMilli);
    total.memoryBytes = Math.max(total.memoryBytes, r.memoryBytes);
  }
  if (spec) REQUESTS.set(spec, total);
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

export type Allocatable = Resources & { pods: number };

/** Parsed per `status.allocatable` object (a node's status is replaced, never changed in place). */
const ALLOCATABLE = new WeakMap<object, Allocatable>();

export function nodeAllocatable(status: { allocatable?: Record<string, unknown> } | undefined): Allocatable {
  return { ...allocatableOf(status) };
}

/** nodeAllocatable without the copy: the scheduler's hot path, which only reads it. */
export function allocatableOf(status: { allocatable?: Record<string, unknown> } | undefined): Readonly<Allocatable> {
  const list = status?.allocatable;
  const known = list ? ALLOCATABLE.get(list) : undefined;
  if (known) return known;
  const out = {
    cpuMilli: amount(list, 'cpu'),
    memoryBytes: amount(list, 'memory'),
    pods: Number(list?.['pods'] ?? 110),
  };
  if (list) ALLOCATABLE.set(list, out);
  return out;
}
