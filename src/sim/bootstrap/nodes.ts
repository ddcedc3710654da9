import type { Node } from 'kubernetes-types/core/v1';
import type { NodeConfig } from '../config';
import type { Random } from '../../lib/random';
import type { KubeObject } from '../api/object';

export const KERNEL_VERSION = '6.8.0-45-generic';
export const OS_IMAGE = 'Ubuntu 24.04.1 LTS';
export const CONTAINER_RUNTIME = 'containerd://2.0.0';

/** Ephemeral storage of a node's 40 GB root disk, as kubelet reports it (allocatable keeps ~8% back). */
const EPHEMERAL_CAPACITY_KI = 40581564;
const EPHEMERAL_ALLOCATABLE = '37399969321';
/** kubeadm's default system reservation for memory eviction (100Mi hard eviction threshold). */
const MEMORY_RESERVED_KI = 102400;

export function nodeConditions(ready: boolean, since: string, heartbeat: string): NonNullable<Node['status']>['conditions'] {
  return [
    { type: 'MemoryPressure', status: 'False', lastHeartbeatTime: heartbeat, lastTransitionTime: since, reason: 'KubeletHasSufficientMemory', message: 'kubelet has sufficient memory available' },
    { type: 'DiskPressure', status: 'False', lastHeartbeatTime: heartbeat, lastTransitionTime: since, reason: 'KubeletHasNoDiskPressure', message: 'kubelet has no disk pressure' },
    { type: 'PIDPressure', status: 'False', lastHeartbeatTime: heartbeat, lastTransitionTime: since, reason: 'KubeletHasSufficientPID', message: 'kubelet has sufficient PID available' },
    ready
      ? { type: 'Ready', status: 'True', lastHeartbeatTime: heartbeat, lastTransitionTime: since, reason: 'KubeletReady', message: 'kubelet is posting ready status' }
      : { type: 'Ready', status: 'False', lastHeartbeatTime: heartbeat, lastTransitionTime: since, reason: 'KubeletNotReady', message: 'container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized' },
  ];
}

/** The Node object a kubeadm-joined kubelet registers. */
export function nodeObject(cfg: NodeConfig, version: string, random: Random, now: string): KubeObject {
  const labels: Record<string, string> = {
    'beta.kubernetes.io/arch': 'amd64',
    'beta.kubernetes.io/os': 'linux',
    'kubernetes.io/arch': 'amd64',
    'kubernetes.io/hostname': cfg.name,
    'kubernetes.io/os': 'linux',
  };
  if (cfg.controlPlane) {
    labels['node-role.kubernetes.io/control-plane'] = '';
    labels['node.kubernetes.io/exclude-from-external-load-balancers'] = '';
  }
  const machineId = random.hex(32);
  const node: Node = {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name: cfg.name,
      labels,
      annotations: {
        'kubeadm.alpha.kubernetes.io/cri-socket': 'unix:///var/run/containerd/containerd.sock',
        'node.alpha.kubernetes.io/ttl': '0',
        'volumes.kubernetes.io/controller-managed-attach-detach': 'true',
      },
    },
    spec: {
      podCIDR: cfg.podCIDR,
      podCIDRs: [cfg.podCIDR],
      ...(cfg.controlPlane ? { taints: [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }] } : {}),
    },
    status: {
      addresses: [
        { type: 'InternalIP', address: cfg.internalIP },
        { type: 'Hostname', address: cfg.name },
      ],
      capacity: {
        cpu: String(cfg.cpu),
        'ephemeral-storage': `${EPHEMERAL_CAPACITY_KI}Ki`,
        'hugepages-1Gi': '0',
        'hugepages-2Mi': '0',
        memory: `${cfg.memoryKi}Ki`,
        pods: String(cfg.maxPods),
      },
      allocatable: {
        cpu: String(cfg.cpu),
        'ephemeral-storage': EPHEMERAL_ALLOCATABLE,
        'hugepages-1Gi': '0',
        'hugepages-2Mi': '0',
        memory: `${cfg.memoryKi - MEMORY_RESERVED_KI}Ki`,
        pods: String(cfg.maxPods),
      },
      conditions: nodeConditions(true, now, now),
      daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
      nodeInfo: {
        architecture: 'amd64',
        bootID: random.uuid(),
        containerRuntimeVersion: CONTAINER_RUNTIME,
        kernelVersion: KERNEL_VERSION,
        kubeProxyVersion: '',
        kubeletVersion: version,
        machineID: machineId,
        operatingSystem: 'linux',
        osImage: OS_IMAGE,
        systemUUID: `${machineId.slice(0, 8)}-${machineId.slice(8, 12)}-${machineId.slice(12, 16)}-${machineId.slice(16, 20)}-${machineId.slice(20)}`,
      },
    },
  };
  return node as KubeObject;
}
