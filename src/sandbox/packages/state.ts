/**
 * A machine's dpkg and apt state for the Kubernetes packages (data.ts), as the package tools work
 * on it: what is installed (and so which kubelet, kubectl and kubeadm binaries the machine has),
 * what is held, which repositories the last `apt-get update` fetched (apt answers from those lists,
 * not from the sources file), and whether systemd still has the kubelet unit that was replaced.
 */
import { repoVersions } from './catalog';
import type { PackagesJSON } from './data';
import { compareDebVersions } from './versions';

export class PackageState {
  constructor(
    readonly installed: Map<string, string>,
    readonly held: Set<string>,
    public lists: number[],
    public unitChanged = false,
  ) {}

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

}
