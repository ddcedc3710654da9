// A cluster set up at an older release is that release throughout: nodes, static pods, add-ons and
// the configuration kubeadm uploaded agree on it, as `kubeadm upgrade` expects to find them.
import type { ConfigMap, Node, Pod } from 'kubernetes-types/core/v1';
import type { DaemonSet, Deployment } from 'kubernetes-types/apps/v1';
import { describe, expect, it } from 'vitest';
import { createCluster } from '../index';

describe('a kubeadm cluster at v1.34.3', () => {
  const cluster = createCluster({ version: 'v1.34.3' });
  const peek = <T>(resource: string, ns: string | undefined, name: string) => cluster.api.peek<T>(resource, ns, name);
  const image = (pod: Pod | undefined) => pod?.spec?.containers?.[0]?.image;

  it('runs v1.34.3 kubelets and control plane, with v1.34 kubeadm\'s etcd and CoreDNS', () => {
    expect(cluster.config.nodes.map((n) => peek<Node>('nodes', undefined, n.name)?.status?.nodeInfo?.kubeletVersion)).toEqual(['v1.34.3', 'v1.34.3', 'v1.34.3']);
    expect(['etcd', 'kube-apiserver', 'kube-controller-manager', 'kube-scheduler'].map((c) => image(peek<Pod>('pods', 'kube-system', `${c}-controlplane`)))).toEqual([
      'registry.k8s.io/etcd:3.6.4-0',
      'registry.k8s.io/kube-apiserver:v1.34.3',
      'registry.k8s.io/kube-controller-manager:v1.34.3',
      'registry.k8s.io/kube-scheduler:v1.34.3',
    ]);
    expect(peek<Deployment>('deployments.apps', 'kube-system', 'coredns')?.spec?.template.spec?.containers[0]?.image).toBe('registry.k8s.io/coredns/coredns:v1.12.1');
    expect(peek<DaemonSet>('daemonsets.apps', 'kube-system', 'kube-proxy')?.spec?.template.spec?.containers[0]?.image).toBe('registry.k8s.io/kube-proxy:v1.34.3');
  });

  it('has the ConfigMaps kubeadm uploaded, naming that version and the cluster\'s networks', () => {
    const config = peek<ConfigMap>('configmaps', 'kube-system', 'kubeadm-config')?.data?.['ClusterConfiguration'] ?? '';
    expect(config).toContain('kubernetesVersion: v1.34.3\n');
    expect(config).toContain('networking:\n  dnsDomain: cluster.local\n  podSubnet: 10.244.0.0/16\n  serviceSubnet: 10.96.0.0/12\n');
    expect(peek<ConfigMap>('configmaps', 'kube-system', 'kubelet-config')?.data?.['kubelet']).toContain('kind: KubeletConfiguration\n');
    expect(peek<ConfigMap>('configmaps', 'kube-public', 'cluster-info')?.data?.['kubeconfig']).toMatch(/certificate-authority-data: LS0tLS1CRUdJTi[A-Za-z0-9+/=]+\n    server: https:\/\/192\.168\.1\.10:6443\n/);
  });
});
