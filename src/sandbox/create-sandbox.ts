// A fresh sandbox, apart from sandbox.ts: booting writes the machines' files (manifests, kubeconfig,
// which need kubectl's printers and YAML), and restoring a saved sandbox needs none of that — the
// browser's worker restores first and loads this only when it has no snapshot to restore.
import { createCluster } from '../sim';
import { seedClusterFiles } from './files/node-files';
import { Machine } from './machine';
import { Sandbox } from './sandbox';
import type { SandboxOptions } from './types';

/** A fresh sandbox: the default cluster booted on `seed`, the student logged in on the control plane. */
export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const seed = options.seed ?? options.clusterConfig?.seed ?? 1;
  const cluster = createCluster({ ...options.clusterConfig, seed });
  const machines = cluster.config.nodes.map((node) => Machine.fresh(cluster, node));
  seedClusterFiles(cluster, seed, (name) => (machines.find((m) => m.name === name) as Machine).fs);
  return new Sandbox(seed, cluster, machines, options);
}
