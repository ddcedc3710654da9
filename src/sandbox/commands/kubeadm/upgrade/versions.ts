/**
 * The versions `kubeadm upgrade` weighs: the cluster's (the running API server's), the kubeadm
 * binary's, every node's kubelet, the add-ons' images, and what "stable" means on pkgs.k8s.io and
 * dl.k8s.io for a kubeadm of a given minor release (a remote release more than its own minor is
 * "much newer": kubeadm falls back to the newest of its own minor).
 */
import type { DaemonSet, Deployment } from 'kubernetes-types/apps/v1';
import type { Node, Pod } from 'kubernetes-types/core/v1';
import { apiServerVersion } from '../../../../sim';
import { kubeadmRelease } from '../../../../sim/bootstrap/kubeadm-versions';
import { repoVersions, STABLE_RELEASE, upstreamVersion } from '../../../packages/catalog';
import { kubeadmVersion, type KubeadmContext } from '../context';

export interface Semver {
  major: number;
  minor: number;
  patch: number;
}

export function parseSemver(v: string): Semver | undefined {
  const m = /^v?(\d+)\.(\d+)\.(\d+)$/.exec(v);
  return m ? { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]) } : undefined;
}

export function compareSemver(a: Semver, b: Semver): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}

/** The newest release of a minor series (`stable-1.34`), undefined when there is none. */
export function latestOfMinor(minor: number): string | undefined {
  const v = repoVersions(minor, 'kubeadm')[0];
  return v ? upstreamVersion(v) : undefined;
}

export interface ClusterVersions {
  cluster: string;
  kubeadm: string;
  /** node name → kubelet version, sorted by node name. */
  kubelets: [string, string][];
  kubeProxy: string;
  coredns: string;
  etcd: string;
  controlPlane: string;
}

const tag = (image: string | undefined): string => image?.replace(/^.*:/, '') ?? '';

export function clusterVersions(ctx: KubeadmContext): ClusterVersions {
  const { cluster } = ctx.svc;
  const cp = cluster.config.nodes.find((n) => n.controlPlane)?.name ?? 'controlplane';
  const kubelets = cluster.config.nodes
    .map((n): [string, string] => [n.name, cluster.api.peek<Node>('nodes', undefined, n.name)?.status?.nodeInfo?.kubeletVersion ?? ''])
    .filter(([, v]) => v !== '')
    .sort(([a], [b]) => a.localeCompare(b));
  return {
    cluster: apiServerVersion(cluster),
    kubeadm: kubeadmVersion(ctx),
    kubelets,
    kubeProxy: tag(cluster.api.peek<DaemonSet>('daemonsets.apps', 'kube-system', 'kube-proxy')?.spec?.template.spec?.containers[0]?.image),
    coredns: tag(cluster.api.peek<Deployment>('deployments.apps', 'kube-system', 'coredns')?.spec?.template.spec?.containers[0]?.image),
    etcd: tag(cluster.api.peek<Pod>('pods', 'kube-system', `etcd-${cp}`)?.spec?.containers?.[0]?.image),
    controlPlane: cp,
  };
}

/** What "stable" resolves to for this kubeadm, and the klog line when it had to fall back. */
export function stableFor(kubeadm: Semver): { version: string; fallback?: string } {
  const stable = parseSemver(STABLE_RELEASE) as Semver;
  if (stable.minor <= kubeadm.minor) return { version: STABLE_RELEASE };
  return { version: latestOfMinor(kubeadm.minor) ?? STABLE_RELEASE, fallback: `remote version is much newer: ${STABLE_RELEASE}; falling back to: stable-1.${kubeadm.minor}` };
}

/** The etcd and CoreDNS this kubeadm deploys (it decides, whatever version it upgrades to). */
export const addonsOf = (kubeadm: string) => kubeadmRelease(kubeadm);
