import type { Container, PodSpec } from 'kubernetes-types/core/v1';

export type QOSClass = 'Guaranteed' | 'Burstable' | 'BestEffort';

/** Only these resources decide a pod's QoS class. */
const QOS_RESOURCES = ['cpu', 'memory'] as const;

/**
 * The QoS class the API server writes into `status.qosClass` on create, from the containers'
 * requests and limits (after defaulting copied limits into missing requests).
 */
export function podQOSClass(spec: PodSpec): QOSClass {
  const requests = new Map<string, number>();
  const limits = new Map<string, number>();
  let guaranteed = true;
  const containers: Container[] = [...(spec.initContainers ?? []), ...(spec.containers ?? [])];
  for (const c of containers) {
    addPositive(requests, c.resources?.requests);
    const found = addPositive(limits, c.resources?.limits);
    if (!QOS_RESOURCES.every((r) => found.has(r))) guaranteed = false;
  }
  if (requests.size === 0 && limits.size === 0) return 'BestEffort';
  if (guaranteed) {
    for (const [name, request] of requests) {
      if (limits.get(name) !== request) {
        guaranteed = false;
        break;
      }
    }
  }
  return guaranteed && requests.size === limits.size ? 'Guaranteed' : 'Burstable';
}

/** Adds the positive cpu/memory quantities of one list into `sums`; returns which it saw. */
function addPositive(sums: Map<string, number>, list: Record<string, string | number> | undefined): Set<string> {
  const found = new Set<string>();
  for (const name of QOS_RESOURCES) {
    const raw = list?.[name];
    const value = raw === undefined ? undefined : quantityValue(raw);
    if (value === undefined || value <= 0) continue;
    found.add(name);
    sums.set(name, (sums.get(name) ?? 0) + value);
  }
  return found;
}

const SUFFIX_SCALE: Readonly<Record<string, number>> = {
  n: 1e-9, u: 1e-6, m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18,
  Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60,
};

/**
 * A resource quantity as a number, close enough to compare requests with limits. (A shared
 * exact quantity type would be better; none exists in src/lib yet.)
 */
export function quantityValue(raw: string | number): number | undefined {
  if (typeof raw === 'number') return raw;
  const match = /^([+-]?(?:\d+\.?\d*|\.\d+))(?:([eE][+-]?\d+)|(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE])?)$/.exec(raw.trim());
  if (!match) return undefined;
  const [, number, exponent, suffix] = match;
  const scale = exponent !== undefined ? 10 ** Number(exponent.slice(1)) : SUFFIX_SCALE[suffix ?? ''] ?? 1;
  // Round to a nano so that e.g. "0.1" and "100m" compare equal.
  return Math.round(Number(number) * scale * 1e9) / 1e9;
}
