// What a kubectl invocation is given (the cluster, the kubeconfig context's namespace, the shell's
// files and stdin, hooks for waiting in virtual time and for editing) and what it gives back.

import type { Cluster } from '../sim/cluster';

/** A read-only view of the shell's virtual filesystem; relative paths are the shell's business. */
export interface KubectlFiles {
  /** The file's text, or undefined when there is no such file (or it is a directory). */
  readFile(path: string): string | undefined;
  isDir(path: string): boolean;
  /** Entry names of a directory (not paths), in any order. */
  list(path: string): string[];
  /** Go's filepath.Abs: the path made absolute against the working directory, cleaned. */
  absolute?(path: string): string;
}

/** The kubeconfig as text in the shell's filesystem. */
export interface KubeconfigFile {
  /** The path shown in messages (e.g. `/root/.kube/config`). */
  readonly path: string;
  /** The file's text; undefined when it does not exist. */
  read(): string | undefined;
  write(text: string): void;
}

/** A kubeconfig context that `--context NAME` can select. */
export interface KubectlContextTarget {
  cluster: Cluster;
  namespace: string;
}

export interface KubectlContext {
  cluster: Cluster;
  /** The current kubeconfig context's namespace ("default" when unset). */
  namespace?: string;
  /** The current context's name, which `--context` may repeat. */
  contextName?: string;
  /** Resolves another context named by `--context`; undefined when there is no such context. */
  resolveContext?(name: string): KubectlContextTarget | undefined;
  files?: KubectlFiles;
  /**
   * The kubeconfig file (`~/.kube/config` on the control plane). When given, kubectl reads the
   * current context and its namespace from it and `kubectl config …` writes it back; `namespace`
   * and `contextName` above are then only the fallback for an unreadable file.
   */
  kubeconfig?: KubeconfigFile;
  /**
   * Sees every write as it happens, in order (warnings before the output they precede), for hosts
   * that show output live: a watch prints each change when it occurs. The result still has it all.
   */
  onOutput?(fd: 1 | 2, text: string): void;
  /** The kubectl binary's version (`v1.34.3`), when it is not this emulator's own (a node's older kubectl package). */
  clientVersion?: string;
  /** The text piped to kubectl's stdin (`-f -`). */
  stdin?: string;
  /** False when stdout goes to a pipe or file (`TOKEN=$(kubectl create token sa)`); a terminal when unset. */
  stdoutIsTerminal?: boolean;
  /** Lets virtual time pass (commands that wait: `wait`, `rollout status`, `-w`). */
  wait?(ms: number): void;
  /** True once the user pressed Ctrl-C (or `timeout` ran out): a watch or follow stops. */
  interrupted?(): boolean;
  /**
   * How long an endless command (`get -w`, `logs -f`) runs before it ends as if Ctrl-C were
   * pressed. Headless hosts keep it short (default 60 s of virtual time); the browser: Infinity.
   */
  watchLimitMs?: number;
  /** Opens `text` in the user's editor and returns the saved text (undefined: unchanged/cancelled). */
  editor?(text: string, fileName: string): string | undefined;
}

export interface KubectlResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  /**
   * Set by `kubectl exec -it POD -- sh` (an interactive shell): the host opens a shell inside that
   * container, with its own prompt and files, until `exit`.
   */
  session?: ExecSession;
}

/** An interactive shell the host should open inside a container. */
export interface ExecSession {
  namespace: string;
  pod: string;
  container: string;
  /** The shell program asked for (`sh`, `bash`, `/bin/sh`). */
  argv: string[];
  /**
   * Called by the host once the session ends; returns what kubectl prints then on stdout
   * (`kubectl run -it --rm … -- sh`: the "Session ended…" line and the pod's deletion).
   */
  onExit?(): string;
}

/** Collects a command's two output streams. */
export class Output {
  stdout = '';
  stderr = '';
  private readonly warned = new Set<string>();
  warningCount = 0;
  /** `exec -it … sh`: the session the host should open when the command succeeds. */
  session?: ExecSession;

  /** `onOutput`: the host's live view of what is written (see KubectlContext.onOutput). */
  constructor(private readonly onOutput?: (fd: 1 | 2, text: string) => void) {}

  out(text: string): void {
    this.stdout += text;
    this.write(1, text);
  }

  err(text: string): void {
    this.stderr += text;
    this.write(2, text);
  }

  private write(fd: 1 | 2, text: string): void {
    if (text !== '') this.onOutput?.(fd, text);
  }

  /** A server warning, printed once per command as kubectl's warning handler does. */
  warning(text: string): void {
    if (this.warned.has(text)) return;
    this.warned.add(text);
    this.warningCount++;
    this.err(`Warning: ${text}\n`);
  }
}
