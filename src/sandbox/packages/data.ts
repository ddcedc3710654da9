/**
 * A machine's package state as it is saved: plain data, so that the machine (loaded before the
 * first prompt) carries it without the package tools, which come with the commands. Fresh, it is
 * what the node's set-up left: kubelet and kubeadm pinned to the cluster's version, kubectl and the
 * tools the newest of that minor repository (what an unpinned install gets), the three held.
 */
export interface PackagesJSON {
  installed: Record<string, string>;
  held: string[];
  /** The minor releases whose package lists apt has. */
  lists: number[];
  /** The kubelet package changed since the last `systemctl daemon-reload`. */
  unitChanged?: boolean;
}

/** The Kubernetes patch releases each pkgs.k8s.io minor repository holds (those whose images exist). */
export const RELEASES: Record<number, string[]> = {
  33: ['1.33.7'],
  34: ['1.34.0', '1.34.1', '1.34.2', '1.34.3'],
  35: ['1.35.0', '1.35.1', '1.35.2'],
};

export function freshPackages(clusterVersion: string): PackagesJSON {
  const plain = clusterVersion.replace(/^v/, '');
  const minor = Number(plain.split('.')[1] ?? 35);
  const newest = RELEASES[minor]?.[RELEASES[minor].length - 1] ?? plain;
  return {
    installed: { 'cri-tools': `1.${minor}.0-1.1`, kubeadm: `${plain}-1.1`, kubectl: `${newest}-1.1`, kubelet: `${plain}-1.1`, 'kubernetes-cni': '1.7.1-1.1' },
    held: ['kubeadm', 'kubectl', 'kubelet'],
    lists: [minor],
  };
}

export function copyPackages(p: PackagesJSON): PackagesJSON {
  return { installed: { ...p.installed }, held: [...p.held], lists: [...p.lists], ...(p.unitChanged ? { unitChanged: true } : {}) };
}

/** `v1.35.0` for the installed kubelet, kubeadm or kubectl: the binary the machine runs. */
export function binaryVersion(p: PackagesJSON, name: 'kubeadm' | 'kubectl' | 'kubelet'): string | undefined {
  const v = p.installed[name];
  return v ? `v${v.replace(/-[^-]*$/, '')}` : undefined;
}
