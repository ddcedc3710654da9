/**
 * The contracts of a sandbox: what its host (the browser page, the `kubedojo` CLI, a test) passes
 * in, what one line of input gives back, and the JSON a whole sandbox is saved as.
 */
import type { VariableJSON, VirtualFsJSON, ShellClock, OutputChunk, Ast } from '../shell';
import type { Cluster, ClusterOptions, ClusterSnapshot } from '../sim';
import type { PackagesJSON } from './packages/data';

/**
 * Opens `text` in an editor and returns the saved text, or undefined when the user quit without
 * saving. `fileName` is what the editor shows (a path for `vi FILE`, kubectl's temp file for
 * `kubectl edit`). The browser supplies a real editor; headless, `$EDITOR` stands in (editor.ts).
 */
/**
 * The host's screen editor: shows `text` as `fileName` and returns what was saved (undefined: quit
 * without saving). `program` is what the student typed (`vi`, `vim`, `nano`), or `kubectl` for
 * `kubectl edit` (which opens $KUBE_EDITOR/$EDITOR, vi by default).
 */
export type EditorHook = (text: string, fileName: string, program?: string) => string | undefined;

export interface SandboxOptions {
  /** Seed of the cluster and of everything generated around it (certificates). Default 1. */
  seed?: number;
  /** The cluster's shape (nodes, version, start time...); `seed` wins over `clusterConfig.seed`. */
  clusterConfig?: ClusterOptions;
  /**
   * How the shells read and wait on time. Default: virtual time that moves only when a command
   * waits (`sleep 30` advances the cluster 30 s at once). The interactive CLI keeps this default
   * and moves the cluster with real time between commands (src/sim/driver.ts).
   */
  clock?: (cluster: Cluster) => ShellClock;
  /** The host's editor for `vi`, `nano`, `kubectl edit`; default: `$EDITOR` or none (editor.ts). */
  editor?: EditorHook;
  /** Terminal width for column layouts (`ls`). Default 80. */
  columns?: number;
  /** The host's Ctrl-C: loops and waits stop when it returns true. */
  interrupted?: () => boolean;
  /**
   * Sees the terminal's output as it is written, while an input runs: `kubectl get -w` shows each
   * change when it happens. `run()` still returns all of it — a host shows one or the other.
   */
  onOutput?: (chunk: OutputChunk) => void;
  /**
   * How long an endless command (`kubectl get -w`, `logs -f`) runs before it ends as if Ctrl-C were
   * pressed. Default 60 s of virtual time (headless); the browser, where Ctrl-C exists: Infinity.
   */
  watchLimitMs?: number;
}

/** What one input (a line, or a command with its here-document) did, as the terminal shows it. */
export interface LineResult {
  /** stdout and stderr in the order written. */
  output: string;
  chunks: OutputChunk[];
  exitCode: number;
  /** The student's own login shell ended (`exit` on the control plane): close the terminal. */
  closed: boolean;
}

/** One shell process the student is in: a login shell on a machine, or a shell inside a container. */
export type SessionJSON = HostSessionJSON | ExecSessionJSON;

export interface HostSessionJSON {
  kind: 'host';
  machine: string;
  /** Reached by `ssh` (a login shell: `exit` prints `logout` and closes the connection). */
  ssh: boolean;
  cwd: string;
  env: VariableJSON[];
  aliases: [string, string][];
  functions: [string, Ast.FunctionDefinition][];
}

export interface ExecSessionJSON {
  kind: 'exec';
  namespace: string;
  pod: string;
  container: string;
  /** The shell program, run as `SHELL -c LINE` for each line. */
  shell: string;
  /** The prompt the container's shell showed first (its style: bash, busybox or plain). */
  prompt: string;
  /** The container's working directory when the session opened, and now (after `cd`). */
  initialCwd: string;
  cwd: string;
}

/** Per machine state that outlives a session: files, bash history, the kubelet's service state. */
export interface MachineJSON {
  fs: VirtualFsJSON;
  history: string[];
  /** When the kubelet service last started (virtual ms), for `systemctl status`. */
  kubeletSince: number;
  /** dpkg's and apt's state for the Kubernetes packages (absent in sandboxes saved before it). */
  packages?: PackagesJSON;
  /** The kubelet service's stops and starts since boot (journalctl); absent when there were none. */
  kubeletLog?: KubeletServiceEvent[];
}

export interface KubeletServiceEvent {
  verb: 'start' | 'stop';
  /** Virtual ms. */
  at: number;
}

export interface SandboxSnapshot {
  format: 'kubedojo-sandbox';
  version: 1;
  seed: number;
  cluster: ClusterSnapshot;
  machines: Record<string, MachineJSON>;
  /** The session stack, the student's own login shell on the control plane first. */
  sessions: SessionJSON[];
}
