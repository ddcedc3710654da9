/**
 * A machine's dpkg and apt state for the Kubernetes packages: what is installed (and so which
 * kubelet, kubectl and kubeadm binaries the machine has), what is held, which repositories the
 * last `apt-get update` fetched (apt answers from those lists, not from the sources file), and
 * whether systemd still has the kubelet unit of the package that was replaced. Deterministic:
 * a fresh machine has everything at the cluster's version, held, with that minor's lists.
 */
import { debVersionOf, PACKAGES, repoVersions } from './catalog';
import { compareDebVersions } from './versions';
import { minorOf } from '../../sim/bootstrap/kubeadm-versions';

export interface PackagesJSON {
  installed: Record<string, string>;
  held: string[];
  /** The minor releases whose package lists apt has. */
  lists: number[];
  /** The kubelet package changed since the last `systemctl daemon-reload`. */
  unitChanged?: boolean;
}

export class PackageState {
  constructor(
    readonly installed: Map<string, string>,
    readonly held: Set<string>,
    public lists: number[],
    public unitChanged = false,
  ) {}

  /**
   * As the node's set-up left it: kubelet and kubeadm pinned to the cluster's version, kubectl and
   * the tools the newest of that minor repository (what an unpinned install gets), then
   * `apt-mark hold kubelet kubeadm kubectl`.
   */
  static fresh(clusterVersion: string): PackageState {
    const minor = minorOf(clusterVersion) ?? 35;
    const installed = new Map<string, string>();
    for (const p of PACKAGES) {
      installed.set(p.name, p.name === 'kubeadm' || p.name === 'kubelet' ? debVersionOf(clusterVersion) : repoVersions(minor, p.name)[0] ?? debVersionOf(clusterVersion));
    }
    return new PackageState(installed, new Set(['kubeadm', 'kubectl', 'kubelet']), [minor]);
  }

  static fromJSON(json: PackagesJSON): PackageState {
    return new PackageState(new Map(Object.entries(json.installed)), new Set(json.held), [...json.lists], json.unitChanged ?? false);
  }

  toJSON(): PackagesJSON {
    return { installed: Object.fromEntries(this.installed), held: [...this.held].sort(), lists: [...this.lists], ...(this.unitChanged ? { unitChanged: true } : {}) };
  }

  /** Every version apt knows of `name` from its lists, newest first, with the repository each is from. */
  available(name: string): { version: string; minor: number }[] {
    const all = this.lists.flatMap((minor) => repoVersions(minor, name).map((version) => ({ version, minor })));
    return all.sort((a, b) => compareDebVersions(b.version, a.version));
  }

  /** apt's candidate: the newest version in the lists. */
  candidate(name: string): { version: string; minor: number } | undefined {
    return this.available(name)[0];
  }

  /** `v1.35.0` for the installed kubelet, kubeadm or kubectl. */
  binaryVersion(name: 'kubeadm' | 'kubectl' | 'kubelet'): string | undefined {
    const v = this.installed.get(name);
    return v ? `v${v.replace(/-[^-]*$/, '')}` : undefined;
  }
}
