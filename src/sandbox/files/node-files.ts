/**
 * The files a kubeadm node has that lessons look at: the kubeconfigs and PKI under
 * /etc/kubernetes, the static pod manifests, the kubelet's configuration and systemd drop-in,
 * and the usual /etc identity files. Written once when a sandbox is created; after that they are
 * the student's files (editing a manifest does not yet restart its static pod).
 */
import type { Node } from 'kubernetes-types/core/v1';
import type { VirtualFs } from '../../shell';
import { dirName } from '../../shell';
import type { Cluster, NodeConfig } from '../../sim';
import { kubeletConfigurationText } from '../../sim/bootstrap/kubeadm-config';
import { kubeconfigText, type KubeconfigUser } from './kubeconfig';
import { staticPodFiles } from './manifests';
import { sourcesLine, SOURCES_LIST } from '../packages/sources';
import { minorOf } from '../../sim/bootstrap/kubeadm-versions';
import { controlPlanePki, embeddedClient, kubeletClientPem, pemData, pkiSetup } from './pki';

const KUBELET_PEM = '/var/lib/kubelet/pki/kubelet-client-current.pem';

/** Writes every machine's starting files; `fsOf` gives each node's (already seeded) filesystem. */
export function seedClusterFiles(cluster: Cluster, seed: number, fsOf: (node: string) => VirtualFs): void {
  const setup = pkiSetup(cluster, seed);
  const cp = cluster.config.nodes.find((n) => n.controlPlane) ?? cluster.config.nodes[0];
  const pki = controlPlanePki(setup, cp?.name ?? 'controlplane', cp?.internalIP ?? '192.168.1.10', cluster.config.clusterDomain);
  const ca = pki['ca.crt'] ?? '';
  const caData = pemData(ca);
  const server = `https://${cp?.internalIP ?? '192.168.1.10'}:6443`;
  // kubeadm's kubeconfig phase: each file's user, its certificate's CN and O.
  const embedded = (file: string, name: string, organizations: string[] = []): KubeconfigUser => ({ name, credentials: embeddedClient(setup, file, name, organizations) });
  const kubeletUser = (name: string): KubeconfigUser => ({ name, credentials: { certFile: KUBELET_PEM, keyFile: KUBELET_PEM } });

  for (const node of cluster.config.nodes) {
    const fs = fsOf(node.name);
    writeIdentity(fs, cluster, node);
    writeKubelet(fs, cluster, kubeletClientPem(setup, node.name));
    write(fs, '/etc/kubernetes/pki/ca.crt', ca);
    write(fs, SOURCES_LIST, sourcesLine(minorOf(cluster.config.version) ?? 35));
    fs.mkdir('/etc/kubernetes/manifests', { parents: true });
    if (node.controlPlane) {
      for (const [path, text] of Object.entries(pki)) write(fs, `/etc/kubernetes/pki/${path}`, text, path.endsWith('.key') ? 0o600 : 0o644);
      const admin = kubeconfigText(server, caData, embedded('admin.conf', 'kubernetes-admin', ['kubeadm:cluster-admins']));
      write(fs, '/etc/kubernetes/admin.conf', admin, 0o600);
      write(fs, '/etc/kubernetes/super-admin.conf', kubeconfigText(server, caData, embedded('super-admin.conf', 'kubernetes-super-admin', ['system:masters'])), 0o600);
      write(fs, '/etc/kubernetes/controller-manager.conf', kubeconfigText(server, caData, embedded('controller-manager.conf', 'system:kube-controller-manager')), 0o600);
      write(fs, '/etc/kubernetes/scheduler.conf', kubeconfigText(server, caData, embedded('scheduler.conf', 'system:kube-scheduler')), 0o600);
      write(fs, '/etc/kubernetes/kubelet.conf', kubeconfigText(server, caData, kubeletUser(`system:node:${node.name}`)), 0o600);
      // Killercoda-style: the student's kubeconfig is a copy of admin.conf.
      write(fs, '/root/.kube/config', admin, 0o600);
      for (const [file, text] of Object.entries(staticPodFiles(cluster, node.name))) write(fs, `/etc/kubernetes/manifests/${file}`, text, 0o600);
    } else {
      write(fs, '/etc/kubernetes/kubelet.conf', kubeconfigText(server, caData, kubeletUser('default-auth')), 0o600);
    }
  }
}

function write(fs: VirtualFs, path: string, text: string, mode = 0o644): void {
  fs.mkdir(dirName(path), { parents: true });
  fs.writeFile(path, text, { mode });
  fs.chmod(path, mode);
}

function writeIdentity(fs: VirtualFs, cluster: Cluster, node: NodeConfig): void {
  const info = cluster.api.peek<Node>('nodes', undefined, node.name)?.status?.nodeInfo;
  write(fs, '/etc/hostname', `${node.name}\n`);
  const hosts = cluster.config.nodes.map((n) => `${n.internalIP} ${n.name}\n`).join('');
  write(fs, '/etc/hosts', `127.0.0.1 localhost\n::1 ip6-localhost ip6-loopback\n${hosts}`);
  if (info?.machineID) write(fs, '/etc/machine-id', `${info.machineID}\n`, 0o444);
  const pretty = info?.osImage ?? 'Ubuntu 24.04.1 LTS';
  const version = /\d+\.\d+(?:\.\d+)?/.exec(pretty)?.[0] ?? '24.04';
  write(
    fs,
    '/etc/os-release',
    [
      `PRETTY_NAME="${pretty}"`,
      'NAME="Ubuntu"',
      `VERSION_ID="${version.split('.').slice(0, 2).join('.')}"`,
      `VERSION="${version} LTS (Noble Numbat)"`,
      'VERSION_CODENAME=noble',
      'ID=ubuntu',
      'ID_LIKE=debian',
      'UBUNTU_CODENAME=noble',
      '',
    ].join('\n'),
  );
}

/** The kubelet's files as kubeadm leaves them (KubeletConfiguration with kubeadm's values, the flags file, the systemd drop-in). */
function writeKubelet(fs: VirtualFs, cluster: Cluster, clientPem: string): void {
  write(fs, KUBELET_PEM, clientPem, 0o600);
  write(fs, '/var/lib/kubelet/config.yaml', kubeletConfigurationText(cluster.config.clusterDomain));
  write(fs, '/var/lib/kubelet/kubeadm-flags.env', 'KUBELET_KUBEADM_ARGS="--container-runtime-endpoint=unix:///var/run/containerd/containerd.sock --pod-infra-container-image=registry.k8s.io/pause:3.10.1"\n');
  write(
    fs,
    '/usr/lib/systemd/system/kubelet.service.d/10-kubeadm.conf',
    [
      '[Service]',
      'Environment="KUBELET_KUBECONFIG_ARGS=--bootstrap-kubeconfig=/etc/kubernetes/bootstrap-kubelet.conf --kubeconfig=/etc/kubernetes/kubelet.conf"',
      'Environment="KUBELET_CONFIG_ARGS=--config=/var/lib/kubelet/config.yaml"',
      'EnvironmentFile=-/var/lib/kubelet/kubeadm-flags.env',
      'EnvironmentFile=-/etc/default/kubelet',
      'ExecStart=',
      'ExecStart=/usr/bin/kubelet $KUBELET_KUBECONFIG_ARGS $KUBELET_CONFIG_ARGS $KUBELET_KUBEADM_ARGS $KUBELET_EXTRA_ARGS',
      '',
    ].join('\n'),
  );
}
