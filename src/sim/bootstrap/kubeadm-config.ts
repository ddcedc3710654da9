/**
 * The ConfigMaps `kubeadm init` uploads and `kubeadm upgrade` reads back: kube-system/kubeadm-config
 * (the ClusterConfiguration, kubeadm.k8s.io/v1beta4 as v1.35 writes it), kube-system/kubelet-config
 * (the KubeletConfiguration every kubelet of the cluster gets; the same text lands in each node's
 * /var/lib/kubelet/config.yaml) and kube-public/cluster-info (the kubeconfig with the cluster CA
 * that joining nodes discover). kubeadm init ran without --control-plane-endpoint (the kubeconfigs
 * name the API server's address), so the ClusterConfiguration has none.
 */
import { encodeBase64 } from '../../lib/base64';
import { certificatePem } from '../../lib/pki/x509';
import { sha256Hex } from '../../lib/sha256';
import type { KubeObject } from '../api/object';
import type { ClusterConfig } from '../config';
import { CLUSTER_DNS_IP } from '../network';
import { clusterCa } from '../pki';

export const POD_SUBNET = '10.244.0.0/16';

/** The ClusterConfiguration document for a cluster at `version` (kubeadm's field order: sorted keys). */
export function clusterConfigurationText(config: Pick<ClusterConfig, 'serviceCIDR' | 'clusterDomain'>, version: string): string {
  return [
    'apiServer: {}',
    'apiVersion: kubeadm.k8s.io/v1beta4',
    'caCertificateValidityPeriod: 87600h0m0s',
    'certificateValidityPeriod: 8760h0m0s',
    'certificatesDir: /etc/kubernetes/pki',
    'clusterName: kubernetes',
    'controllerManager: {}',
    'dns: {}',
    'encryptionAlgorithm: RSA-2048',
    'etcd:',
    '  local:',
    '    dataDir: /var/lib/etcd',
    'imageRepository: registry.k8s.io',
    'kind: ClusterConfiguration',
    `kubernetesVersion: ${version}`,
    'networking:',
    `  dnsDomain: ${config.clusterDomain}`,
    `  podSubnet: ${POD_SUBNET}`,
    `  serviceSubnet: ${config.serviceCIDR}`,
    'proxy: {}',
    'scheduler: {}',
    '',
  ].join('\n');
}

/** The KubeletConfiguration kubeadm generates (its defaults written out, zero durations and all). */
export function kubeletConfigurationText(clusterDomain: string): string {
  return [
    'apiVersion: kubelet.config.k8s.io/v1beta1',
    'authentication:',
    '  anonymous:',
    '    enabled: false',
    '  webhook:',
    '    cacheTTL: 0s',
    '    enabled: true',
    '  x509:',
    '    clientCAFile: /etc/kubernetes/pki/ca.crt',
    'authorization:',
    '  mode: Webhook',
    '  webhook:',
    '    cacheAuthorizedTTL: 0s',
    '    cacheUnauthorizedTTL: 0s',
    'cgroupDriver: systemd',
    'clusterDNS:',
    `- ${CLUSTER_DNS_IP}`,
    `clusterDomain: ${clusterDomain}`,
    'containerRuntimeEndpoint: ""',
    'cpuManagerReconcilePeriod: 0s',
    'evictionPressureTransitionPeriod: 0s',
    'fileCheckFrequency: 0s',
    'healthzBindAddress: 127.0.0.1',
    'healthzPort: 10248',
    'httpCheckFrequency: 0s',
    'imageMaximumGCAge: 0s',
    'imageMinimumGCAge: 0s',
    'kind: KubeletConfiguration',
    'logging:',
    '  flushFrequency: 0',
    '  options:',
    '    json:',
    '      infoBufferSize: "0"',
    '    text:',
    '      infoBufferSize: "0"',
    '  verbosity: 0',
    'memorySwap: {}',
    'nodeStatusReportFrequency: 0s',
    'nodeStatusUpdateFrequency: 0s',
    'rotateCertificates: true',
    'runtimeRequestTimeout: 0s',
    'shutdownGracePeriod: 0s',
    'shutdownGracePeriodCriticalPods: 0s',
    'staticPodPath: /etc/kubernetes/manifests',
    'streamingConnectionIdleTimeout: 0s',
    'syncFrequency: 0s',
    'volumeStatsAggPeriod: 0s',
    '',
  ].join('\n');
}

/** cluster-info's kubeconfig: the cluster alone (clientcmd writes the empty fields as null). */
function clusterInfoKubeconfig(caData: string, server: string): string {
  return [
    'apiVersion: v1',
    'clusters:',
    '- cluster:',
    `    certificate-authority-data: ${caData}`,
    `    server: ${server}`,
    '  name: ""',
    'contexts: null',
    'current-context: ""',
    'kind: Config',
    'users: null',
    '',
  ].join('\n');
}

export function kubeadmConfigObjects(config: ClusterConfig): KubeObject[] {
  const cp = config.nodes.find((n) => n.controlPlane) ?? config.nodes[0];
  const ca = clusterCa({ seed: config.seed, initTime: config.startTime - config.clusterAgeMs });
  const server = `https://${cp?.internalIP ?? '192.168.1.10'}:6443`;
  const kubelet = kubeletConfigurationText(config.clusterDomain);
  return [
    {
      apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'kubeadm-config', namespace: 'kube-system' },
      data: { ClusterConfiguration: clusterConfigurationText(config, config.version) },
    },
    {
      apiVersion: 'v1', kind: 'ConfigMap',
      metadata: { name: 'kubelet-config', namespace: 'kube-system', annotations: { 'kubeadm.kubernetes.io/component-config.hash': `sha256:${sha256Hex(`kubelet${kubelet}`)}` } },
      data: { kubelet },
    },
    {
      apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cluster-info', namespace: 'kube-public' },
      data: { kubeconfig: clusterInfoKubeconfig(encodeBase64(certificatePem(ca.cert)), server) },
    },
  ];
}
