import type { Pod } from 'kubernetes-types/core/v1';
import { parseQuantity, toMilli } from '../../lib/quantity';
import { parseTimestamp } from '../runtime';
import type { PodMetrics } from './metrics-server';

/** The HPA controller's flags: --horizontal-pod-autoscaler-tolerance and the CPU readiness windows. */
export const TOLERANCE = 0.1;
const CPU_INITIALIZATION_PERIOD_MS = 5 * 60_000;
const INITIAL_READINESS_DELAY_MS = 30_000;

export type ResourceName = 'cpu' | 'memory';

/** One pod's usage in milli-units (millicores, or thousandths of a byte). */
interface PodMetric {
  value: number;
  timestamp: number;
  windowMs: number;
}

/** What the Metrics API said for the pods of a selector. */
export type MetricsFetch = { ok: true; metrics: PodMetrics[] } | { ok: false; reason: 'unavailable' };

export type Calculation =
  | { ok: true; replicas: number; utilization?: number; rawAverage: number; timestamp: number }
  | { ok: false; message: string };

/** The resource metrics client: per pod, the sum over its containers, or an error as upstream words it. */
function resourceMetric(fetch: MetricsFetch, pods: Pod[], resource: ResourceName): { metrics: Map<string, PodMetric>; timestamp: number } | string {
  if (!fetch.ok) return 'unable to fetch metrics from resource metrics API: the server could not find the requested resource (get pods.metrics.k8s.io)';
  const names = new Set(pods.map((p) => p.metadata?.name ?? ''));
  const items = fetch.metrics.filter((m) => names.has(m.name));
  if (items.length === 0) return 'no metrics returned from resource metrics API';
  const metrics = new Map<string, PodMetric>();
  for (const m of items) {
    if (m.containers.length === 0) continue;
    const sum = m.containers.reduce((n, c) => n + (resource === 'cpu' ? c.cpuMilli : c.memoryBytes * 1000), 0);
    metrics.set(m.name, { value: sum, timestamp: m.timestamp, windowMs: m.windowMs });
  }
  return { metrics, timestamp: items[0]?.timestamp ?? 0 };
}

interface Groups {
  ready: number;
  unready: Set<string>;
  missing: Set<string>;
  ignored: Set<string>;
}

/** Sorts pods as the controller does: deleted/failed are ignored, pending and just-started unready CPU samples set aside. */
function groupPods(pods: Pod[], metrics: Map<string, PodMetric>, resource: ResourceName, now: number): Groups {
  const g: Groups = { ready: 0, unready: new Set(), missing: new Set(), ignored: new Set() };
  for (const pod of pods) {
    const name = pod.metadata?.name ?? '';
    if (pod.metadata?.deletionTimestamp || pod.status?.phase === 'Failed') {
      g.ignored.add(name);
      continue;
    }
    if (pod.status?.phase === 'Pending') {
      g.unready.add(name);
      continue;
    }
    const metric = metrics.get(name);
    if (!metric) {
      g.missing.add(name);
      continue;
    }
    if (resource === 'cpu') {
      const cond = pod.status?.conditions?.find((c) => c.type === 'Ready');
      const start = parseTimestamp(pod.status?.startTime);
      let unready: boolean;
      if (!cond || start === undefined) unready = true;
      else {
        const transition = parseTimestamp(cond.lastTransitionTime) ?? start;
        if (start + CPU_INITIALIZATION_PERIOD_MS > now) unready = cond.status === 'False' || metric.timestamp < transition + metric.windowMs;
        else unready = cond.status === 'False' && start + INITIAL_READINESS_DELAY_MS > transition;
      }
      if (unready) {
        g.unready.add(name);
        continue;
      }
    }
    g.ready++;
  }
  return g;
}

/** Sum of the pods' container requests (regular and sidecar containers), or upstream's error. */
function podRequests(pods: Pod[], resource: ResourceName): Map<string, number> | string {
  const out = new Map<string, number>();
  for (const pod of pods) {
    const containers = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? []).filter((c) => c.restartPolicy === 'Always')];
    let sum = 0;
    for (const c of containers) {
      const raw = c.resources?.requests?.[resource];
      const q = raw !== undefined ? parseQuantity(String(raw)) : null;
      const milli = q ? toMilli(q) : 0;
      if (milli === 0) return `missing request for ${resource} in container ${c.name} of Pod ${pod.metadata?.name ?? ''}`;
      sum += milli;
    }
    out.set(pod.metadata?.name ?? '', sum);
  }
  return out;
}

function utilizationRatio(metrics: Map<string, PodMetric>, requests: Map<string, number>, target: number): { ratio: number; utilization: number; raw: number } | string {
  let metricsTotal = 0;
  let requestsTotal = 0;
  let n = 0;
  for (const [name, m] of metrics) {
    const r = requests.get(name);
    if (r === undefined) continue;
    metricsTotal += m.value;
    requestsTotal += r;
    n++;
  }
  if (requestsTotal === 0) return 'no metrics returned matched known pods';
  const utilization = Math.trunc((metricsTotal * 100) / requestsTotal);
  return { ratio: utilization / target, utilization, raw: Math.trunc(metricsTotal / n) };
}

function usageRatio(metrics: Map<string, PodMetric>, target: number): { ratio: number; usage: number } {
  let total = 0;
  for (const m of metrics.values()) total += m.value;
  const usage = Math.trunc(total / metrics.size);
  return { ratio: usage / target, usage };
}

const within = (ratio: number) => Math.abs(1 - ratio) <= TOLERANCE + 1e-12;

/**
 * Desired replicas for a Resource metric: Utilization (percent of requests) or AverageValue
 * (`targetMilli`). Pods without metrics count as 100% of target on a scale-down and 0% on a
 * scale-up; unready pods count as 0% on a scale-up; changes within the tolerance are no change.
 */
export function resourceReplicas(
  kind: 'Utilization' | 'AverageValue',
  currentReplicas: number,
  target: number,
  resource: ResourceName,
  pods: Pod[],
  fetch: MetricsFetch,
  now: number,
): Calculation {
  const fetched = resourceMetric(fetch, pods, resource);
  if (typeof fetched === 'string') return { ok: false, message: `unable to get metrics for resource ${resource}: ${fetched}` };
  const { metrics, timestamp } = fetched;
  if (pods.length === 0) return { ok: false, message: 'no pods returned by selector while calculating replica count' };
  const g = groupPods(pods, metrics, resource, now);
  for (const n of [...g.ignored, ...g.unready]) metrics.delete(n);
  if (metrics.size === 0) return { ok: false, message: 'did not receive metrics for targeted pods (pods might be unready)' };

  let requests: Map<string, number> | undefined;
  let ratio: number;
  let utilization: number | undefined;
  let raw: number;
  if (kind === 'Utilization') {
    const r = podRequests(pods, resource);
    if (typeof r === 'string') return { ok: false, message: r };
    requests = r;
    const u = utilizationRatio(metrics, requests, target);
    if (typeof u === 'string') return { ok: false, message: u };
    ({ ratio, utilization, raw } = u);
  } else {
    const u = usageRatio(metrics, target);
    ratio = u.ratio;
    raw = u.usage;
  }
  const done = (replicas: number): Calculation => ({ ok: true, replicas, ...(utilization !== undefined ? { utilization } : {}), rawAverage: raw, timestamp });

  const scaleUpWithUnready = g.unready.size > 0 && ratio > 1;
  if (!scaleUpWithUnready && g.missing.size === 0) return done(within(ratio) ? currentReplicas : Math.ceil(ratio * g.ready));

  if (g.missing.size > 0) {
    for (const name of g.missing) {
      let value = 0;
      if (ratio < 1) value = kind === 'Utilization' ? Math.trunc(((requests?.get(name) ?? 0) * Math.max(100, target)) / 100) : target;
      if (ratio !== 1) metrics.set(name, { value, timestamp: 0, windowMs: 0 });
    }
  }
  if (scaleUpWithUnready) for (const name of g.unready) metrics.set(name, { value: 0, timestamp: 0, windowMs: 0 });

  let newRatio: number;
  if (kind === 'Utilization') {
    const u = utilizationRatio(metrics, requests as Map<string, number>, target);
    if (typeof u === 'string') return { ok: false, message: u };
    newRatio = u.ratio;
  } else newRatio = usageRatio(metrics, target).ratio;

  if (within(newRatio) || (ratio < 1 && newRatio > 1) || (ratio > 1 && newRatio < 1)) return done(currentReplicas);
  const replicas = Math.ceil(newRatio * metrics.size);
  if ((newRatio < 1 && replicas > currentReplicas) || (newRatio > 1 && replicas < currentReplicas)) return done(currentReplicas);
  return done(replicas);
}
