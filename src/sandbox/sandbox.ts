/**
 * A sandbox: one simulated cluster and the shells a student has on it. Input goes to the session
 * on top of a stack — the student's own login on the control plane at the bottom, then `ssh`
 * logins on nodes and shells inside containers (`kubectl exec -it`) as they are opened; `exit`
 * pops back. The whole sandbox saves to JSON and comes back from it (`snapshot`, `restoreSandbox`);
 * a fresh one is made by `createSandbox` (create-sandbox.ts).
 */
import type { ExecSession as ExecRequest } from '../kubectl';
import type { CommandResult, OutputChunk, ShellClock } from '../shell';
import { CommandRegistry } from '../shell/registry';
import { restoreCluster, type Cluster, type KubeletComponent } from '../sim';
import type { SandboxServices } from './commands';
import { whenCommandsLoaded } from './command-source';
import { Machine } from './machine';
import { ExecSession } from './sessions/exec-session';
import { HostSession } from './sessions/host-session';
import { pushChunk, type Session } from './sessions/session';
import type { EditorHook, LineResult, SandboxOptions, SandboxSnapshot, SessionJSON } from './types';

/** Where the student is typing: a machine, or a container on it. */
export type Location = { kind: 'host'; machine: string } | { kind: 'exec'; namespace: string; pod: string; container: string };

/** Virtual time that moves only when a command waits. */
export function virtualClock(cluster: Cluster): ShellClock {
  return { now: () => cluster.now(), sleep: (ms) => cluster.advance(ms) };
}

export class Sandbox {
  readonly clock: ShellClock;
  /** Empty until the commands are loaded (at once, except in the browser's worker: command-source.ts). */
  private readonly registry = new CommandRegistry();
  private readonly sessions: Session[] = [];
  /** Sessions opened by the input being run, entered once it has finished. */
  private opening: Session[] = [];
  private running = false;
  private columnCount: number;
  private readonly editor: EditorHook | undefined;

  /** Use `createSandbox` or `restoreSandbox`. */
  constructor(
    readonly seed: number,
    readonly cluster: Cluster,
    private readonly machineList: readonly Machine[],
    private readonly options: SandboxOptions,
    sessions?: readonly SessionJSON[],
  ) {
    this.clock = options.clock?.(cluster) ?? virtualClock(cluster);
    this.columnCount = options.columns ?? 80;
    this.editor = options.editor;
    whenCommandsLoaded((commands) => this.registry.include(commands.sandboxRegistry(this.services())));
    const saved = sessions && sessions.length > 0 ? sessions : [{ kind: 'host', machine: this.controlPlane.name, ssh: false } as const];
    for (const s of saved) this.sessions.push(this.sessionFrom(s));
  }

  get controlPlane(): Machine {
    return this.machineList.find((m) => m.node.controlPlane) ?? (this.machineList[0] as Machine);
  }

  get machines(): readonly Machine[] {
    return this.machineList;
  }

  /** Terminal width, for `ls` columns; applies to the shells opened from now on and the current one. */
  set columns(value: number) {
    this.columnCount = Math.max(1, Math.floor(value));
    const top = this.current;
    if (top instanceof HostSession) top.columns = this.columnCount;
  }

  /** Runs one input (a line, or a command with its here-document) where the student is. */
  run(input: string): LineResult {
    const session = this.current;
    const live = this.options.onOutput;
    this.running = true;
    let result;
    try {
      result = session.run(input, live);
    } finally {
      this.running = false;
    }
    const chunks = result.chunks.map((c) => ({ ...c }));
    this.cluster.settle();
    let closed = false;
    let exitCode = result.exitCode;
    if (result.exit) {
      this.opening = [];
      if (this.sessions.length > 1) {
        this.sessions.pop();
        for (const c of session.farewell(result.exit.code)) {
          pushChunk(chunks, c.fd, c.text);
          live?.({ ...c });
        }
        exitCode = result.exit.code;
        const below = this.current;
        if (below instanceof HostSession) below.setStatus(exitCode);
      } else closed = true;
    }
    this.sessions.push(...this.opening);
    this.opening = [];
    return { output: chunks.map((c) => c.text).join(''), chunks, exitCode, closed };
  }

  /** The prompt to show before the next input. */
  prompt(): string {
    return this.current.prompt();
  }

  /** Whether `text` is an unfinished command (open quote, here-document, trailing `|`...). */
  needsMoreInput(text: string): boolean {
    const top = this.current;
    const shell = top instanceof HostSession ? top.shell : (this.sessions[0] as HostSession).shell;
    return shell.needsMoreInput(text);
  }

  location(): Location {
    const top = this.current;
    if (top instanceof HostSession) return { kind: 'host', machine: top.machine.name };
    const { namespace, pod, container } = (top as ExecSession).state;
    return { kind: 'exec', namespace, pod, container };
  }

  /** The shell session on top, when it is a login on a machine (completion needs its files and aliases). */
  hostSession(): HostSession | undefined {
    const top = this.current;
    return top instanceof HostSession ? top : undefined;
  }

  snapshot(): SandboxSnapshot {
    const machines: SandboxSnapshot['machines'] = {};
    for (const m of this.machineList) machines[m.name] = m.toJSON();
    return {
      format: 'kubedojo-sandbox',
      version: 1,
      seed: this.seed,
      cluster: this.cluster.snapshot(),
      machines,
      sessions: this.sessions.map((s) => s.toJSON()),
    };
  }

  private get current(): Session {
    return this.sessions[this.sessions.length - 1] as Session;
  }

  private sessionFrom(json: SessionJSON | { kind: 'host'; machine: string; ssh: boolean }): Session {
    if (json.kind === 'exec') return new ExecSession(this.cluster, this.clock, { ...json });
    const machine = this.machineList.find((m) => m.name === json.machine) ?? this.controlPlane;
    return new HostSession(machine, this.hostOptions(json.ssh), 'cwd' in json ? json : undefined);
  }

  private hostOptions(ssh: boolean) {
    return { clock: this.clock, commands: this.registry, ssh, columns: this.columnCount, ...(this.options.interrupted ? { interrupted: this.options.interrupted } : {}) };
  }

  private services(): SandboxServices {
    const machines = this.machineList;
    return {
      cluster: this.cluster,
      clock: this.clock,
      watchLimitMs: this.options.watchLimitMs,
      editor: this.editor,
      machine: (name) => machines.find((m) => m.name === name),
      machines: () => machines,
      enterSsh: (machine) => {
        this.opening.push(new HostSession(machine, this.hostOptions(true)));
      },
      enterExec: (request) => this.openExec(request),
      runRemote: (machine, script) => {
        const result = new HostSession(machine, this.hostOptions(false)).run(script, undefined, { history: false });
        // A non-interactive shell does not announce `exit`.
        const chunks = result.chunks.filter((c, i) => !(result.exit && i === result.chunks.length - 1 && c.fd === 2 && c.text === 'exit\n'));
        return toResult(chunks, result.exitCode);
      },
    };
  }

  /**
   * Opens a shell inside a container as `kubectl exec -it` does (a lesson's "open a shell here"
   * button can call it too). Returns what to print instead when the container has no interactive
   * shell for `request.argv`; otherwise the next input goes to the container.
   */
  enterContainer(request: ExecRequest): CommandResult | undefined {
    return this.openExec(request);
  }

  private openExec(request: ExecRequest): CommandResult | undefined {
    const kubelet = this.cluster.component<KubeletComponent>('kubelet');
    const outcome = kubelet.exec(request.namespace, request.pod, request.container, request.argv, { tty: true });
    if (!outcome.ok) return { stdout: '', stderr: `Error from server${outcome.reason ? ` (${outcome.reason})` : ''}: ${outcome.message}\n`, exitCode: 1 };
    const r = outcome.result;
    if (r.kind === 'shell') {
      const cwd = workingDirOf(r.prompt);
      const state = { kind: 'exec' as const, namespace: request.namespace, pod: request.pod, container: request.container, shell: r.shell, prompt: r.prompt, initialCwd: cwd, cwd };
      const session = new ExecSession(this.cluster, this.clock, state, request.onExit ? () => request.onExit?.() ?? '' : undefined);
      (this.running ? this.opening : this.sessions).push(session);
      return undefined;
    }
    if (r.kind === 'ran') return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
    if (r.kind === 'startFailed') return { stdout: '', stderr: `${r.kubectlMessage}\n`, exitCode: 1 };
    return { stdout: r.stdout, stderr: r.stderr, exitCode: 0 };
  }
}

/** The directory a container shell's first prompt shows (`root@web:/app# `, `/ # `), else `/`. */
function workingDirOf(prompt: string): string {
  const m = /^root@[^:]+:(\/\S*)# $/.exec(prompt) ?? /^(\/\S*) # $/.exec(prompt);
  return m?.[1] ?? '/';
}

function toResult(chunks: OutputChunk[], exitCode: number): CommandResult {
  return {
    stdout: chunks.filter((c) => c.fd === 1).map((c) => c.text).join(''),
    stderr: chunks.filter((c) => c.fd === 2).map((c) => c.text).join(''),
    exitCode,
    interleaved: chunks,
  };
}

/** A sandbox exactly as `snapshot()` saved it; `options` supplies what is not data (clock, editor). */
export function restoreSandbox(snapshot: SandboxSnapshot, options: Omit<SandboxOptions, 'seed' | 'clusterConfig'> = {}): Sandbox {
  if (snapshot.format !== 'kubedojo-sandbox' || snapshot.version !== 1) {
    throw new Error(`not a sandbox snapshot this version can read (format ${String(snapshot.format)}, version ${String(snapshot.version)})`);
  }
  const cluster = restoreCluster(snapshot.cluster);
  const machines = cluster.config.nodes.map((node) => {
    const saved = snapshot.machines[node.name];
    return saved ? Machine.fromJSON(cluster, node, saved) : Machine.fresh(cluster, node);
  });
  return new Sandbox(snapshot.seed, cluster, machines, options, snapshot.sessions);
}
