import type { Deployment } from 'kubernetes-types/apps/v1';
import type { Node } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../api/object';
import type { SimContext } from '../context';
import { parseTimestamp } from '../runtime';
import { ensureCommonIndexes, POD_BY_NODE } from '../store/indexes';
import type { PodObject, PodRuntimeView } from '../network/runtime-view';
import { cpuLimitOf, requestLoad, type RequestLoad } from './load';

/** metrics-server's default --metric-resolution: it scrapes every kubelet this often. */
export const SCRAPE_INTERVAL_MS = 15_000;

export interface ContainerMetrics {
  name: string;
  cpuMilli: number;
  memoryBytes: number;
}

export interface PodMetrics {
  namespace: string;
  name: string;
  /** The scrape the figures come from (ms since the epoch). */
  timestamp: number;
  windowMs: number;
  containers: ContainerMetrics[];
}

export interface NodeMetrics {
  name: string;
  timestamp: number;
  windowMs: number;
  cpuMilli: number;
  memoryBytes: number;
}

/** What a node's OS, kubelet and containerd use besides pods (typical of a 2-CPU, 4 GiB kubeadm VM). */
const NODE_BASELINE = { cpuMilli: 38, memoryBytes: 612 * 1024 * 1024 };
const CONTROL_PLANE_BASELINE = { cpuMilli: 52, memoryBytes: 734 * 1024 * 1024 };

/**
 * When metrics-server became able to answer: the time its Deployment in kube-system turned
 * Available (it reports ready only after a successful scrape). Undefined while it is not.
 */
export function metricsServerSince(ctx: SimContext): number | undefined {
  const d = ctx.api.peek<Deployment & KubeObject>('deployments.apps', 'kube-system', 'metrics-server');
  const cond = d?.status?.conditions?.find((c) => c.type === 'Available');
  if (!d || d.metadata.deletionTimestamp || cond?.status !== 'True') return undefined;
  return parseTimestamp(cond.lastTransitionTime) ?? parseTimestamp(d.metadata.creationTimestamp);
}

/** The latest scrape at or before `now`; scrapes run every 15 s, the first one 15 s before it turned ready. */
export function lastScrape(since: number, now: number): number {
  const first = since - SCRAPE_INTERVAL_MS;
  return first + Math.floor((now - first) / SCRAPE_INTERVAL_MS) * SCRAPE_INTERVAL_MS;
}

/**
 * The Metrics API (metrics.k8s.io) as metrics-server serves it. A container has figures once two
 * scrapes have seen it (CPU is a rate between samples), so a new pod appears 15–30 s after it
 * starts; a pod is listed only when all its running containers have figures. Nodes whose kubelet
 * is down are missing. CPU includes the load that requests put on servers, capped by CPU limits.
 */
export class MetricsServer {
  constructor(
    private readonly ctx: SimContext,
    private readonly view: PodRuntimeView,
  ) {
    ensureCommonIndexes(ctx.store);
  }

  available(): boolean {
    return metricsServerSince(this.ctx) !== undefined;
  }

  podMetrics(namespace?: string): PodMetrics[] {
    const since = metricsServerSince(this.ctx);
    if (since === undefined) return [];
    const now = this.ctx.rt.clock.now();
    const scrape = lastScrape(since, now);
    const load = requestLoad(this.ctx, this.view);
    const out: PodMetrics[] = [];
    for (const pod of this.ctx.store.list('pods', namespace) as PodObject[]) {
      const m = this.podAt(pod, scrape, load);
      if (m) out.push(m);
    }
    return out;
  }

  nodeMetrics(): NodeMetrics[] {
    const since = metricsServerSince(this.ctx);
    if (since === undefined) return [];
    const now = this.ctx.rt.clock.now();
    const scrape = lastScrape(since, now);
    const load = requestLoad(this.ctx, this.view);
    const out: NodeMetrics[] = [];
    for (const node of this.ctx.store.list('nodes') as (Node & KubeObject)[]) {
      const name = node.metadata.name ?? '';
      if (!this.view.nodeUp(name)) continue;
      const base = node.metadata.labels?.['node-role.kubernetes.io/control-plane'] !== undefined ? CONTROL_PLANE_BASELINE : NODE_BASELINE;
      let cpu = base.cpuMilli;
      let mem = base.memoryBytes;
      for (const pod of this.ctx.store.byIndex('pods', POD_BY_NODE, name) as PodObject[]) {
        for (const c of this.containersOf(pod, load)) {
          cpu += c.cpuMilli;
          mem += c.memoryBytes;
        }
      }
      out.push({ name, timestamp: scrape, windowMs: SCRAPE_INTERVAL_MS, cpuMilli: cpu, memoryBytes: mem });
    }
    return out;
  }

  private podAt(pod: PodObject, scrape: number, load: RequestLoad): PodMetrics | undefined {
    if (pod.status?.phase !== 'Running' || !pod.spec?.nodeName || !this.view.nodeUp(pod.spec.nodeName)) return undefined;
    const running = this.view.containers(pod);
    if (running.length === 0 || running.some((c) => c.startedAt > scrape - SCRAPE_INTERVAL_MS)) return undefined;
    return {
      namespace: pod.metadata.namespace ?? 'default',
      name: pod.metadata.name ?? '',
      timestamp: scrape,
      windowMs: SCRAPE_INTERVAL_MS,
      containers: this.containersOf(pod, load),
    };
  }

  private containersOf(pod: PodObject, load: RequestLoad): ContainerMetrics[] {
    return this.view.containers(pod).map((c) => {
      const u = c.usage();
      const extra = load.get(`${pod.metadata.namespace}/${pod.metadata.name}/${c.name}`) ?? 0;
      const limit = cpuLimitOf(pod, c.name);
      const cpu = Math.round(u.cpuMilli + extra);
      return { name: c.name, cpuMilli: limit !== undefined ? Math.min(cpu, limit) : cpu, memoryBytes: u.memoryBytes };
    });
  }
}
