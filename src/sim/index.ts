/** The simulated Kubernetes cluster: the one entry point the other layers import. */
import { Cluster, type ClusterSnapshot } from './cluster';
import type { ClusterOptions } from './config';
import { DEFAULT_WIRING } from './wiring';

export { Cluster } from './cluster';
export type { ClusterSnapshot, ClusterWiring } from './cluster';
export type { ClusterConfig, ClusterOptions, NodeConfig } from './config';
export type { KubeObject } from './api/object';
export type { ApiResult, ApiStatus } from './api/status';
export { RESOURCE_TYPES, typeForKind, typeForKey, resourceKey, qualifiedKind, qualifiedPlural } from './api/registry';
export type { ResourceType } from './api/registry';
export type { FaultsComponent, FaultResult } from './faults';
export type { KubeletComponent, CriContainer, CriImage, CriSandbox, NodeRuntime } from './kubelet';
export type { SchedulerComponent } from './scheduler';
export { apiServerVersion } from './bootstrap/running-version';

/** A fresh default cluster (controlplane, node01, node02 on Kubernetes v1.35.0), settled at its start time. */
export function createCluster(options: ClusterOptions = {}): Cluster {
  return Cluster.create(options, DEFAULT_WIRING);
}

export function restoreCluster(snapshot: ClusterSnapshot): Cluster {
  return Cluster.restore(snapshot, DEFAULT_WIRING);
}
