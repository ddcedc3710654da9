/**
 * A machine of the cluster the student can be on: the control plane and each worker. What lives
 * as long as the machine (its files, root's saved bash history, when its kubelet service started)
 * is here; shells on it come and go (sessions.ts).
 */
import type { Node } from 'kubernetes-types/core/v1';
import { VirtualFs } from '../shell/fs/vfs';
import { seedHome } from '../shell/fs/seed';
import type { Cluster, NodeConfig } from '../sim';
import type { MachineJSON } from './types';

export class Machine {
  constructor(
    readonly node: NodeConfig,
    readonly fs: VirtualFs,
    /** Shared by every login on this machine, as ~/.bash_history would be. */
    readonly history: string[],
    /** When the kubelet service last started (virtual ms). */
    public kubeletSince: number,
  ) {}

  get name(): string {
    return this.node.name;
  }

  /** A machine as `kubeadm init/join` left it: root's home, /tmp, /etc... (files.ts adds the rest). */
  static fresh(cluster: Cluster, node: NodeConfig): Machine {
    const fs = new VirtualFs(() => cluster.now());
    seedHome(fs);
    const created = cluster.api.peek<Node>('nodes', undefined, node.name)?.metadata?.creationTimestamp;
    const since = created ? Date.parse(created) : cluster.now();
    return new Machine(node, fs, [], since);
  }

  static fromJSON(cluster: Cluster, node: NodeConfig, json: MachineJSON): Machine {
    return new Machine(node, VirtualFs.fromJSON(json.fs, () => cluster.now()), [...json.history], json.kubeletSince);
  }

  toJSON(): MachineJSON {
    return { fs: this.fs.toJSON(), history: [...this.history], kubeletSince: this.kubeletSince };
  }
}
