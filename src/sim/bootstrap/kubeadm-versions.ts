/**
 * What a kubeadm release deploys besides the control plane binaries: its etcd and CoreDNS images
 * (kubeadm's constants per minor release). A cluster set up at v1.34 runs etcd 3.6.4-0 and
 * CoreDNS v1.12.1; `kubeadm upgrade apply` to v1.35 moves both to v1.35's.
 */
export interface KubeadmRelease {
  etcd: string;
  coredns: string;
}

const RELEASES: Record<number, KubeadmRelease> = {
  33: { etcd: '3.5.24-0', coredns: 'v1.12.0' },
  34: { etcd: '3.6.4-0', coredns: 'v1.12.1' },
  35: { etcd: '3.6.6-0', coredns: 'v1.13.1' },
};

/** `v1.34.3` → 34; undefined when it is not a version. */
export function minorOf(version: string): number | undefined {
  const m = /^v?1\.(\d+)\.\d+/.exec(version);
  return m ? Number(m[1]) : undefined;
}

/** The etcd and CoreDNS kubeadm of `version`'s minor release deploys (v1.35's for any other). */
export function kubeadmRelease(version: string): KubeadmRelease {
  return RELEASES[minorOf(version) ?? 35] ?? (RELEASES[35] as KubeadmRelease);
}
