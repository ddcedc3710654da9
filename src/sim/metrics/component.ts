import type { SimComponent, SimContext } from '../context';
import { runtimeView, type PodRuntimeView } from '../network/runtime-view';
import { MetricsServer, type NodeMetrics, type PodMetrics } from './metrics-server';

export const METRICS = 'metrics';

/** The Metrics API for `kubectl top` and the HPA. */
export interface MetricsApi {
  /** Whether metrics.k8s.io answers (metrics-server's Deployment is Available); else kubectl says `error: Metrics API not available`. */
  available(): boolean;
  /** Pods that have figures, in one namespace or all; empty while the API is unavailable. */
  podMetrics(namespace?: string): PodMetrics[];
  podMetric(namespace: string, name: string): PodMetrics | undefined;
  /** Nodes that have figures (those whose kubelet answers). */
  nodeMetrics(): NodeMetrics[];
}

export type MetricsComponent = SimComponent & MetricsApi;

/** metrics-server as a component: no state of its own, everything is read at the current virtual time. */
export function metricsComponent(ctx: SimContext, view: PodRuntimeView = runtimeView(ctx)): MetricsComponent {
  const server = new MetricsServer(ctx, view);
  return {
    name: METRICS,
    available: () => server.available(),
    podMetrics: (namespace) => server.podMetrics(namespace),
    podMetric: (namespace, name) => server.podMetrics(namespace).find((m) => m.name === name),
    nodeMetrics: () => server.nodeMetrics(),
  };
}

/** The Metrics API of a cluster context: its `metrics` component, or a fresh reader when none is wired. */
export function metricsOf(ctx: SimContext): MetricsApi {
  try {
    return ctx.component<MetricsComponent>(METRICS);
  } catch {
    let m = unwired.get(ctx);
    if (!m) unwired.set(ctx, (m = metricsComponent(ctx)));
    return m;
  }
}

const unwired = new WeakMap<SimContext, MetricsApi>();
