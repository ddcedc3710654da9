/**
 * A machine of the cluster the student can be on: the control plane and each worker. What lives
 * as long as the machine (its files, root's saved bash history, when its kubelet service started)
 * is here; shells on it come and go (sessions.ts).
 */
import type { Node } from 'kubernetes-types/core/v1';
import { VirtualFs } from '../shell/fs/vfs';
import { seedHome } from '../shell/fs/seed';
import type { Cluster, NodeConfig } from '../sim';
import { copyPackages, freshPackages, type PackagesJSON } from './packages/data';
import type { KubeletServiceEvent, MachineJSON } from './types';

export class Machine {
  constructor(
    readonly node: NodeConfig,
    readonly fs: VirtualFs,
    /** Shared by every login on this machine, as ~/.bash_history would be. */
    readonly history: string[],
    /** When the kubelet service last started (virtual ms). */
    public kubeletSince: number,
    /** The Kubernetes packages dpkg has installed and apt knows of. */
    public packages: PackagesJSON,
    /** The kubelet service's stops and starts after boot, oldest first (for journalctl). */
    readonly kubeletLog: KubeletServiceEvent[] = [],
  ) {}

  /** Keeps the last few only: a journal is bounded too, and a snapshot should not grow without end. */
  recordKubelet(verb: 'start' | 'stop', at: number): void {
    this.kubeletLog.push({ verb, at });
    if (this.kubeletLog.length > 20) this.kubeletLog.splice(0, this.kubeletLog.length - 20);
  }

  get name(): string {
    return this.node.name;
  }

  /** A machine as `kubeadm init/join` left it: root's home, /tmp, /etc... (files.ts adds the rest). */
  static fresh(cluster: Cluster, node: NodeConfig): Machine {
    const fs = new VirtualFs(() => cluster.now());
    seedHome(fs);
    const created = cluster.api.peek<Node>('nodes', undefined, node.name)?.metadata?.creationTimestamp;
    const since = created ? Date.parse(created) : cluster.now();
    return new Machine(node, fs, [], since, freshPackages(cluster.config.version));
  }

  static fromJSON(cluster: Cluster, node: NodeConfig, json: MachineJSON): Machine {
    // A sandbox saved before machines had packages gets them as the cluster's set-up left them.
    const packages = json.packages ? copyPackages(json.packages) : freshPackages(cluster.config.version);
    return new Machine(node, VirtualFs.fromJSON(json.fs, () => cluster.now()), [...json.history], json.kubeletSince, packages, (json.kubeletLog ?? []).map((e) => ({ ...e })));
  }

  toJSON(): MachineJSON {
    const json: MachineJSON = { fs: this.fs.toJSON(), history: [...this.history], kubeletSince: this.kubeletSince, packages: copyPackages(this.packages) };
    // Absent until the service is first stopped, so snapshots of untouched machines stay as they were.
    if (this.kubeletLog.length > 0) json.kubeletLog = this.kubeletLog.map((e) => ({ ...e }));
    return json;
  }
}
