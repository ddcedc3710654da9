/** metrics-server (the Metrics API for `kubectl top` and the HPA) and the HPA's replica arithmetic. */
export { METRICS, metricsComponent, metricsOf } from './component';
export type { MetricsApi, MetricsComponent } from './component';
export { lastScrape, metricsServerSince, SCRAPE_INTERVAL_MS } from './metrics-server';
export type { ContainerMetrics, NodeMetrics, PodMetrics } from './metrics-server';
export { requestLoad } from './load';
export { resourceReplicas, TOLERANCE } from './replicas';
export { DOWNSCALE_STABILIZATION_MS } from './scaling';
