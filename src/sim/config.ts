/** The shape of a simulated cluster; everything has a kubeadm-like default. */
export interface NodeConfig {
  name: string;
  controlPlane: boolean;
  /** CPU cores. */
  cpu: number;
  /** Memory in KiB, as node capacity reports it. */
  memoryKi: number;
  maxPods: number;
  internalIP: string;
  podCIDR: string;
}

export interface ClusterConfig {
  seed: number;
  /** Kubernetes version of the control plane and kubelets, e.g. `v1.35.0`. */
  version: string;
  /** The clock's reading when the cluster is handed over (ms since the epoch). */
  startTime: number;
  /** How long before `startTime` the cluster was set up: node and system pod ages. */
  clusterAgeMs: number;
  nodes: NodeConfig[];
  /** The most pods the simulation keeps; more are refused like a ResourceQuota would. */
  podCapacity: number;
  serviceCIDR: string;
  clusterDomain: string;
  /** Deep-freeze stored objects so accidental mutation throws (tests). */
  freezeObjects: boolean;
}

export interface ClusterOptions {
  seed?: number;
  version?: string;
  startTime?: number | string;
  clusterAgeMs?: number;
  /** Number of worker nodes (node01, node02, …) beside the control plane. */
  workers?: number;
  /** Or the whole node list. */
  nodes?: Partial<NodeConfig>[];
  workerCpu?: number;
  workerMemoryKi?: number;
  podCapacity?: number;
  freezeObjects?: boolean;
}

export const DEFAULT_START_TIME = Date.UTC(2026, 10, 24, 15, 0, 0);
const DAY = 24 * 60 * 60 * 1000;

export function resolveConfig(opts: ClusterOptions = {}): ClusterConfig {
  const workers = opts.workers ?? 2;
  const start = typeof opts.startTime === 'string' ? Date.parse(opts.startTime) : opts.startTime ?? DEFAULT_START_TIME;
  const base: NodeConfig[] = [
    { name: 'controlplane', controlPlane: true, cpu: 2, memoryKi: 4015360, maxPods: 110, internalIP: '192.168.1.10', podCIDR: '10.244.0.0/24' },
  ];
  for (let i = 1; i <= workers; i++) {
    base.push({
      name: `node${String(i).padStart(2, '0')}`,
      controlPlane: false,
      cpu: opts.workerCpu ?? 2,
      memoryKi: opts.workerMemoryKi ?? 4015360,
      maxPods: 110,
      internalIP: ipAdd('192.168.1.10', i),
      podCIDR: `10.244.${i}.0/24`,
    });
  }
  const nodes = opts.nodes
    ? opts.nodes.map((n, i) => ({ ...(base[Math.min(i, base.length - 1)] as NodeConfig), internalIP: ipAdd('192.168.1.10', i), podCIDR: `10.244.${i}.0/24`, ...n }) as NodeConfig)
    : base;
  return {
    seed: opts.seed ?? 1,
    version: opts.version ?? 'v1.35.0',
    startTime: start,
    clusterAgeMs: opts.clusterAgeMs ?? 10 * DAY,
    nodes,
    podCapacity: opts.podCapacity ?? 10_000,
    serviceCIDR: '10.96.0.0/12',
    clusterDomain: 'cluster.local',
    freezeObjects: opts.freezeObjects ?? false,
  };
}

function ipAdd(ip: string, n: number): string {
  const parts = ip.split('.').map(Number);
  let v = ((parts[0] ?? 0) << 24) + ((parts[1] ?? 0) << 16) + ((parts[2] ?? 0) << 8) + (parts[3] ?? 0) + n;
  v >>>= 0;
  return [v >>> 24, (v >>> 16) & 255, (v >>> 8) & 255, v & 255].join('.');
}
