import { createCluster, type Cluster } from '../src/sim';

/** The benchmark's large cluster: `nodes` workers big enough that 5,000 small pods all fit. */
export function createBenchCluster(nodes = 100): Cluster {
  return createCluster({ seed: 2, workers: nodes, workerCpu: 64, workerMemoryKi: 256 * 1024 * 1024 });
}

/** The Deployment `bench` (nginx) in default, whose scale-up the figures time. */
export function createBenchDeployment(cluster: Cluster, replicas: number): void {
  const res = cluster.api.create({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'bench', namespace: 'default' },
    spec: {
      replicas,
      selector: { matchLabels: { app: 'bench' } },
      template: { metadata: { labels: { app: 'bench' } }, spec: { containers: [{ name: 'web', image: 'nginx:1.27' }] } },
    },
  });
  if (!res.ok) throw new Error(res.status.message);
}

/** How many of the `bench` Deployment's pods are ready: its own count, cheap to ask after every step. */
export function benchReady(cluster: Cluster): number {
  return cluster.api.peek<{ status?: { readyReplicas?: number } }>('deployments.apps', 'default', 'bench')?.status?.readyReplicas ?? 0;
}
