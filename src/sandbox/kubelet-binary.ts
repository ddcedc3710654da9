/**
 * The kubelet binary a machine's package put on disk, and the moment the running kubelet becomes
 * that binary: when its service (re)starts, the kubelet posts its version in the Node's status
 * (`kubectl get nodes` VERSION). Installing a package alone changes nothing the cluster sees.
 */
import type { Node } from 'kubernetes-types/core/v1';
import type { Cluster, KubeObject } from '../sim';
import { binaryVersion } from './packages/data';
import type { Machine } from './machine';

export function reportKubeletVersion(cluster: Cluster, machine: Machine): void {
  const version = binaryVersion(machine.packages, 'kubelet');
  const node = cluster.api.peek<Node & KubeObject>('nodes', undefined, machine.name);
  const info = node?.status?.nodeInfo;
  if (!node || !info || !version || info.kubeletVersion === version) return;
  cluster.api.updateStatus({ ...node, status: { ...node.status, nodeInfo: { ...info, kubeletVersion: version } } });
}
