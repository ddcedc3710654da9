import { fnv1a32 } from '../images/hash';
import type { KubeletCore } from './core';
import { isAlive } from './status';

export interface ContainerUsage {
  name: string;
  cpuMilli: number;
  memoryBytes: number;
}

/** What each running container of a pod uses now (metrics-server's view); undefined for unknown pods. */
export function containerUsage(k: KubeletCore, key: string): ContainerUsage[] | undefined {
  const rt = k.state.pods[key];
  if (!rt) return undefined;
  const now = k.now();
  const out: ContainerUsage[] = [];
  for (const c of rt.containers) {
    const run = c.run;
    if (!run || !isAlive(c)) continue;
    const u = k.catalog.usage(run.plan, now - run.startedAt);
    const limit = run.input.limits.memoryBytes;
    out.push({ name: c.name, cpuMilli: u.cpuMilli, memoryBytes: limit !== undefined ? Math.min(u.memoryBytes, limit) : u.memoryBytes });
  }
  return out;
}

/**
 * A node's own use besides its pods (kubelet, containerd, the OS), as cAdvisor's root cgroup adds
 * it: fixed per node name, so `kubectl top nodes` is stable.
 */
function systemUsage(node: string): ContainerUsage {
  const h = fnv1a32(`node/${node}`);
  return { name: '', cpuMilli: 60 + (h % 60), memoryBytes: (620 + ((h >>> 8) % 280)) * 1024 * 1024 };
}

/** What a node uses now: its running containers plus the system's share. */
export function nodeUsage(k: KubeletCore, node: string): { cpuMilli: number; memoryBytes: number } | undefined {
  if (!k.state.nodes[node]) return undefined;
  const total = systemUsage(node);
  for (const [key, rt] of Object.entries(k.state.pods)) {
    if (rt.node !== node) continue;
    for (const u of containerUsage(k, key) ?? []) {
      total.cpuMilli += u.cpuMilli;
      total.memoryBytes += u.memoryBytes;
    }
  }
  return { cpuMilli: total.cpuMilli, memoryBytes: total.memoryBytes };
}
