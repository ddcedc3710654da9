// v1 ComponentStatus is not stored anywhere: the real API server probes the scheduler, the
// controller manager and etcd on every request. The simulated API server has no such endpoint, so
// kubectl builds the answer from the control-plane pods: a component is Healthy while one of its
// pods in kube-system runs, else Unhealthy with the probe's connection error.

import type { Pod } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../sim/api/object';
import type { Cluster } from '../../sim/cluster';

interface Component {
  readonly name: string;
  /** The `component` label of its static pod. */
  readonly label: string;
  readonly url: string;
}

/** The order kube-apiserver usually answers in (it probes concurrently). */
const COMPONENTS: readonly Component[] = [
  { name: 'scheduler', label: 'kube-scheduler', url: 'https://127.0.0.1:10259/healthz' },
  { name: 'controller-manager', label: 'kube-controller-manager', url: 'https://127.0.0.1:10257/healthz' },
  { name: 'etcd-0', label: 'etcd', url: 'https://127.0.0.1:2379/readyz' },
];

function running(cluster: Cluster, label: string): boolean {
  return cluster.store.list('pods', 'kube-system').some((p) => {
    const pod = p as unknown as Pod;
    return pod.metadata?.labels?.['component'] === label && pod.status?.phase === 'Running' && !pod.metadata?.deletionTimestamp;
  });
}

export function componentStatuses(cluster: Cluster): KubeObject[] {
  return COMPONENTS.map((c) => {
    const healthy = running(cluster, c.label);
    const host = c.url.replace(/^https:\/\/([^/]+)\/.*$/, '$1');
    return {
      apiVersion: 'v1',
      kind: 'ComponentStatus',
      metadata: { name: c.name },
      conditions: [
        healthy
          ? { type: 'Healthy', status: 'True', message: 'ok' }
          : { type: 'Healthy', status: 'False', message: `Get "${c.url}": dial tcp ${host}: connect: connection refused` },
      ],
    };
  });
}
