import type { Container, Pod } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../api/object';
import type { SimContext } from '../context';
import { catalogPart } from '../images/catalog-source';
import { variantOf } from '../images/variant';
import type { ContainerContext, HttpAnswer, HttpRequest, PortSpec, ProcessPlan } from '../images/types';
import { parseTimestamp } from '../runtime';
import { parseQuantity, toMilli, toValue } from '../../lib/quantity';

export type PodObject = Pod & KubeObject;

/** A container process as the network and metrics see it at the current virtual time. */
export interface RunningContainer {
  name: string;
  /** When this instance started (ms since epoch). */
  startedAt: number;
  /** Ports accepting connections now (the process runs and has opened them). */
  listens: PortSpec[];
  /** The container's own server's answer, or null when nothing speaks HTTP there. */
  http(req: HttpRequest): HttpAnswer | null;
  /** Resource use of the process itself, before any load that requests put on it. */
  usage(): { cpuMilli: number; memoryBytes: number };
  /** Requests the process keeps making (load generators). */
  outbound: { url: string; perSecond: number }[];
  /** Image facts (e.g. `cpuMsPerRequest` of registry.k8s.io/hpa-example). */
  facts: Record<string, string>;
}

/**
 * What the network and metrics need from the kubelets: whether a node is up (a stopped kubelet
 * stands for a stopped machine: its pods are unreachable), and the processes running in a pod.
 */
export interface PodRuntimeView {
  nodeUp(node: string): boolean;
  containers(pod: PodObject): RunningContainer[];
}

/**
 * The optional methods of the kubelet component this view uses: `isKubeletRunning` and `usage` exist
 * today; `runningContainers` (the processes with their ports and HTTP answers) is the seam for the
 * kubelet's own records, and the view falls back to the pod's status and the catalog without it.
 */
export interface KubeletNetworkHooks {
  isKubeletRunning?(node: string): boolean;
  usage?(podKey: string): { name: string; cpuMilli: number; memoryBytes: number }[] | undefined;
  runningContainers?(podKey: string): RunningContainer[] | undefined;
}

export function runtimeView(ctx: SimContext): PodRuntimeView {
  const derived = derivedView(ctx);
  const hooks = (): KubeletNetworkHooks | undefined => {
    try {
      return ctx.component<KubeletNetworkHooks & { name: string }>('kubelet');
    } catch {
      return undefined;
    }
  };
  return {
    nodeUp(node) {
      const k = hooks();
      if (!derived.nodeUp(node)) return false;
      return k?.isKubeletRunning ? k.isKubeletRunning(node) : true;
    },
    containers(pod) {
      const k = hooks();
      const key = `${pod.metadata.namespace}/${pod.metadata.name}`;
      const own = k?.runningContainers?.(key);
      if (own) return own;
      const list = derived.containers(pod);
      const usage = k?.usage?.(key);
      if (!usage) return list;
      // The kubelet's figures are the ones metrics-server would scrape.
      return list.map((c) => {
        const u = usage.find((x) => x.name === c.name);
        return u ? { ...c, usage: () => ({ cpuMilli: u.cpuMilli, memoryBytes: u.memoryBytes }) } : c;
      });
    },
  };
}

/** CPU and memory limits of a container spec (undefined when unset). */
export function containerLimits(c: Container | undefined): { cpuMilli?: number; memoryBytes?: number } {
  const out: { cpuMilli?: number; memoryBytes?: number } = {};
  const cpu = c?.resources?.limits?.['cpu'];
  const mem = c?.resources?.limits?.['memory'];
  const q = cpu !== undefined ? parseQuantity(String(cpu)) : null;
  const m = mem !== undefined ? parseQuantity(String(mem)) : null;
  if (q) out.cpuMilli = toMilli(q);
  if (m) out.memoryBytes = toValue(m);
  return out;
}

/**
 * A view computed from API objects and the image catalog: a container runs if its status says so
 * (or, with no container statuses at all, if the pod is Running); its plan is the catalog's plan for
 * the spec. Plans are cached by container instance; the cache is derived data, never snapshotted.
 */
const PLAN_CACHE_LIMIT = 4096;

export function derivedView(ctx: SimContext): PodRuntimeView {
  const plans = new Map<string, { plan: ProcessPlan; cctx: ContainerContext } | null>();
  const planFor = (pod: PodObject, c: Container, startedAt: number, restarts: number) => {
    const key = `${pod.metadata.uid}/${c.name}/${startedAt}/${restarts}`;
    if (plans.has(key)) return plans.get(key) ?? null;
    // Plans of pods long gone are not worth keeping in a long session.
    if (plans.size >= PLAN_CACHE_LIMIT) plans.clear();
    const res = catalogPart().catalogService.resolve(c.image ?? '');
    let entry: { plan: ProcessPlan; cctx: ContainerContext } | null = null;
    if (res.kind === 'found') {
      const env: Record<string, string> = {};
      for (const e of c.env ?? []) if (e.value !== undefined) env[e.name] = e.value;
      const cctx: ContainerContext = {
        image: res.image,
        tag: res.tag,
        env,
        podName: pod.metadata.name ?? '',
        namespace: pod.metadata.namespace ?? 'default',
        containerName: c.name,
        startedAt,
        restartCount: restarts,
        limits: containerLimits(c),
        ports: (c.ports ?? []).map((p) => ({ port: p.containerPort, protocol: p.protocol === 'UDP' ? 'UDP' : 'TCP' })),
        hostname: pod.spec?.hostname ?? pod.metadata.name ?? '',
        ...(pod.status?.podIP ? { podIP: pod.status.podIP } : {}),
        ...(pod.spec?.nodeName ? { nodeName: pod.spec.nodeName } : {}),
      };
      if (c.command) cctx.command = c.command;
      if (c.args) cctx.args = c.args;
      entry = { plan: catalogPart().catalogService.plan(cctx), cctx };
    }
    plans.set(key, entry);
    return entry;
  };

  return {
    nodeUp(node) {
      return ctx.store.get('nodes', node) !== undefined;
    },
    containers(pod) {
      const phase = pod.status?.phase;
      if (phase !== 'Running' || !pod.spec?.nodeName) return [];
      const now = ctx.rt.clock.now();
      const statuses = pod.status?.containerStatuses;
      const out: RunningContainer[] = [];
      for (const c of pod.spec.containers ?? []) {
        let startedAt: number | undefined;
        let restarts = 0;
        if (statuses) {
          const st = statuses.find((s) => s.name === c.name);
          startedAt = parseTimestamp(st?.state?.running?.startedAt);
          restarts = st?.restartCount ?? 0;
          if (startedAt === undefined) continue;
        } else {
          startedAt = parseTimestamp(pod.status?.startTime) ?? now;
        }
        const entry = planFor(pod, c, startedAt, restarts);
        const at = now - startedAt;
        const plan = entry?.plan;
        if (plan?.exit && at >= plan.exit.atMs) continue;
        const facts = entry ? (variantOf(entry.cctx.image, entry.cctx.tag)?.facts ?? {}) : {};
        out.push({
          name: c.name,
          startedAt,
          listens: plan && at >= plan.readyAtMs ? plan.listens : [],
          http: (req) => (entry ? catalogPart().catalogService.http(entry.plan, entry.cctx, { ...req, nowMs: now }, at) : null),
          usage: () => (plan ? catalogPart().catalogService.usage(plan, at) : { cpuMilli: 0, memoryBytes: 0 }),
          outbound: plan?.outbound ?? [],
          facts,
        });
      }
      return out;
    },
  };
}
