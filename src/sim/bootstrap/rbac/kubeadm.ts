// What `kubeadm init` and its add-ons add to the bootstrap policy: the admin.conf user's group
// bound to cluster-admin, the bootstrap-token joins (TLS bootstrap, CSR auto-approval, reading the
// kubeadm and kubelet configs), kube-proxy's and CoreDNS's access, and the CNI's (flannel, here in
// kube-system). None of them carries the bootstrap policy's label or annotation.

import type { KubeObject } from '../../api/object';
import { clusterRole, clusterRoleBinding, group, role, roleBinding, rule, serviceAccount, user } from './policy';

const plain = { plain: true };
const BOOTSTRAPPERS = group('system:bootstrappers:kubeadm:default-node-token');
const NODES = group('system:nodes');
const readConfigMap = (name: string) => [rule(['get'], [''], ['configmaps'], [name])];

export function kubeadmClusterObjects(): KubeObject[] {
  return [
    clusterRoleBinding('kubeadm:cluster-admins', 'cluster-admin', [group('kubeadm:cluster-admins')], plain),
    clusterRole('kubeadm:get-nodes', [rule(['get'], [''], ['nodes'])], plain),
    clusterRoleBinding('kubeadm:get-nodes', 'kubeadm:get-nodes', [BOOTSTRAPPERS], plain),
    clusterRoleBinding('kubeadm:kubelet-bootstrap', 'system:node-bootstrapper', [BOOTSTRAPPERS], plain),
    clusterRoleBinding('kubeadm:node-autoapprove-bootstrap', 'system:certificates.k8s.io:certificatesigningrequests:nodeclient', [BOOTSTRAPPERS], plain),
    clusterRoleBinding('kubeadm:node-autoapprove-certificate-rotation', 'system:certificates.k8s.io:certificatesigningrequests:selfnodeclient', [NODES], plain),
    clusterRole('system:coredns', [
      rule(['list', 'watch'], [''], ['endpoints', 'services', 'pods', 'namespaces']),
      rule(['list', 'watch'], ['discovery.k8s.io'], ['endpointslices']),
    ], plain),
    clusterRoleBinding('system:coredns', 'system:coredns', [serviceAccount('coredns')], plain),
    clusterRoleBinding('kubeadm:node-proxier', 'system:node-proxier', [serviceAccount('kube-proxy')], plain),
    clusterRole('flannel', [
      rule(['get'], [''], ['pods']),
      rule(['get', 'list', 'watch'], [''], ['nodes']),
      rule(['patch'], [''], ['nodes/status']),
    ], { plain: true, labels: { 'k8s-app': 'flannel' } }),
    clusterRoleBinding('flannel', 'flannel', [serviceAccount('flannel')], { plain: true, labels: { 'k8s-app': 'flannel' } }),
  ];
}

export function kubeadmNamespacedObjects(): KubeObject[] {
  return [
    role('kube-public', 'kubeadm:bootstrap-signer-clusterinfo', readConfigMap('cluster-info'), plain),
    roleBinding('kube-public', 'kubeadm:bootstrap-signer-clusterinfo', 'kubeadm:bootstrap-signer-clusterinfo', [user('system:anonymous')], plain),
    role('kube-system', 'kubeadm:kubelet-config', readConfigMap('kubelet-config'), plain),
    roleBinding('kube-system', 'kubeadm:kubelet-config', 'kubeadm:kubelet-config', [NODES, BOOTSTRAPPERS], plain),
    role('kube-system', 'kubeadm:nodes-kubeadm-config', readConfigMap('kubeadm-config'), plain),
    roleBinding('kube-system', 'kubeadm:nodes-kubeadm-config', 'kubeadm:nodes-kubeadm-config', [BOOTSTRAPPERS, NODES], plain),
    role('kube-system', 'kube-proxy', readConfigMap('kube-proxy'), plain),
    roleBinding('kube-system', 'kube-proxy', 'kube-proxy', [BOOTSTRAPPERS], plain),
  ];
}
