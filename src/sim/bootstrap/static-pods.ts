import type { Container } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../api/object';
import { kubeadmRelease } from './kubeadm-versions';

/**
 * The control plane's static pods, as kubeadm writes them to /etc/kubernetes/manifests. The kubelet
 * runs them and mirrors each into the API as `<component>-<node>`.
 */
export interface StaticPodManifest {
  component: string;
  image: string;
  command: string[];
  requests: Record<string, string>;
  port: number;
}

export function staticPodManifests(version: string, advertiseIP: string): StaticPodManifest[] {
  return [
    {
      component: 'etcd',
      image: `registry.k8s.io/etcd:${kubeadmRelease(version).etcd}`,
      command: ['etcd', `--advertise-client-urls=https://${advertiseIP}:2379`, '--cert-file=/etc/kubernetes/pki/etcd/server.crt', '--client-cert-auth=true', '--data-dir=/var/lib/etcd', '--feature-gates=InitialCorruptCheck=true', `--initial-advertise-peer-urls=https://${advertiseIP}:2380`, `--initial-cluster=controlplane=https://${advertiseIP}:2380`, '--key-file=/etc/kubernetes/pki/etcd/server.key', `--listen-client-urls=https://127.0.0.1:2379,https://${advertiseIP}:2379`, '--listen-metrics-urls=http://127.0.0.1:2381', `--listen-peer-urls=https://${advertiseIP}:2380`, '--name=controlplane', '--peer-cert-file=/etc/kubernetes/pki/etcd/peer.crt', '--peer-client-cert-auth=true', '--peer-key-file=/etc/kubernetes/pki/etcd/peer.key', '--peer-trusted-ca-file=/etc/kubernetes/pki/etcd/ca.crt', '--snapshot-count=10000', '--trusted-ca-file=/etc/kubernetes/pki/etcd/ca.crt'],
      requests: { cpu: '100m', memory: '100Mi' },
      port: 2381,
    },
    {
      component: 'kube-apiserver',
      image: `registry.k8s.io/kube-apiserver:${version}`,
      command: ['kube-apiserver', `--advertise-address=${advertiseIP}`, '--allow-privileged=true', '--authorization-mode=Node,RBAC', '--client-ca-file=/etc/kubernetes/pki/ca.crt', '--enable-admission-plugins=NodeRestriction', '--enable-bootstrap-token-auth=true', '--etcd-cafile=/etc/kubernetes/pki/etcd/ca.crt', '--etcd-certfile=/etc/kubernetes/pki/apiserver-etcd-client.crt', '--etcd-keyfile=/etc/kubernetes/pki/apiserver-etcd-client.key', '--etcd-servers=https://127.0.0.1:2379', '--secure-port=6443', '--service-account-issuer=https://kubernetes.default.svc.cluster.local', '--service-account-key-file=/etc/kubernetes/pki/sa.pub', '--service-account-signing-key-file=/etc/kubernetes/pki/sa.key', '--service-cluster-ip-range=10.96.0.0/12', '--tls-cert-file=/etc/kubernetes/pki/apiserver.crt', '--tls-private-key-file=/etc/kubernetes/pki/apiserver.key'],
      requests: { cpu: '250m' },
      port: 6443,
    },
    {
      component: 'kube-controller-manager',
      image: `registry.k8s.io/kube-controller-manager:${version}`,
      command: ['kube-controller-manager', '--allocate-node-cidrs=true', '--authentication-kubeconfig=/etc/kubernetes/controller-manager.conf', '--authorization-kubeconfig=/etc/kubernetes/controller-manager.conf', '--bind-address=127.0.0.1', '--client-ca-file=/etc/kubernetes/pki/ca.crt', '--cluster-cidr=10.244.0.0/16', '--cluster-name=kubernetes', '--cluster-signing-cert-file=/etc/kubernetes/pki/ca.crt', '--cluster-signing-key-file=/etc/kubernetes/pki/ca.key', '--controllers=*,bootstrapsigner,tokencleaner', '--kubeconfig=/etc/kubernetes/controller-manager.conf', '--leader-elect=true', '--requestheader-client-ca-file=/etc/kubernetes/pki/front-proxy-ca.crt', '--root-ca-file=/etc/kubernetes/pki/ca.crt', '--service-account-private-key-file=/etc/kubernetes/pki/sa.key', '--service-cluster-ip-range=10.96.0.0/12', '--use-service-account-credentials=true'],
      requests: { cpu: '200m' },
      port: 10257,
    },
    {
      component: 'kube-scheduler',
      image: `registry.k8s.io/kube-scheduler:${version}`,
      command: ['kube-scheduler', '--authentication-kubeconfig=/etc/kubernetes/scheduler.conf', '--authorization-kubeconfig=/etc/kubernetes/scheduler.conf', '--bind-address=127.0.0.1', '--kubeconfig=/etc/kubernetes/scheduler.conf', '--leader-elect=true'],
      requests: { cpu: '100m' },
      port: 10259,
    },
  ];
}

/** The mirror pod the kubelet posts for a static pod manifest. */
export function mirrorPod(m: StaticPodManifest, node: { name: string; uid: string }, hash: string, seen: string): KubeObject {
  const container: Container = {
    name: m.component,
    image: m.image,
    imagePullPolicy: 'IfNotPresent',
    command: m.command,
    resources: { requests: m.requests },
    livenessProbe: {
      httpGet: { host: m.component === 'kube-apiserver' ? '192.168.1.10' : '127.0.0.1', path: m.component === 'kube-apiserver' ? '/livez' : m.component === 'etcd' ? '/livez' : '/healthz', port: m.port, scheme: m.component === 'etcd' ? 'HTTP' : 'HTTPS' },
      initialDelaySeconds: 10, periodSeconds: 10, timeoutSeconds: 15, failureThreshold: 8,
    },
  };
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: `${m.component}-${node.name}`,
      namespace: 'kube-system',
      labels: { component: m.component, tier: 'control-plane' },
      annotations: {
        'kubernetes.io/config.hash': hash,
        'kubernetes.io/config.mirror': hash,
        'kubernetes.io/config.seen': seen,
        'kubernetes.io/config.source': 'file',
      },
      ownerReferences: [{ apiVersion: 'v1', kind: 'Node', name: node.name, uid: node.uid, controller: true }],
    },
    spec: {
      containers: [container],
      hostNetwork: true,
      nodeName: node.name,
      priorityClassName: 'system-node-critical',
      securityContext: { seccompProfile: { type: 'RuntimeDefault' } },
      tolerations: [{ effect: 'NoExecute', operator: 'Exists' }],
      automountServiceAccountToken: false,
    },
  };
}
