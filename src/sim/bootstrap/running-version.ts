/**
 * The cluster's version as clients see it: what the running kube-apiserver reports, so the image
 * of its static pod (`kubeadm upgrade apply` replaces it); the configured version when there is no
 * such pod to read.
 */
import type { Pod } from 'kubernetes-types/core/v1';
import type { Cluster } from '../cluster';

export function apiServerVersion(cluster: Cluster): string {
  const cp = cluster.config.nodes.find((n) => n.controlPlane) ?? cluster.config.nodes[0];
  const pod = cp ? cluster.api.peek<Pod>('pods', 'kube-system', `kube-apiserver-${cp.name}`) : undefined;
  const tag = /:(v\d+\.\d+\.\d+)$/.exec(pod?.spec?.containers?.[0]?.image ?? '')?.[1];
  return tag ?? cluster.config.version;
}
