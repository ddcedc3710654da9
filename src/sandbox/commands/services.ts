/** What the sandbox's cluster-facing commands may ask of the sandbox that registered them. */
import type { CommandResult, ShellClock } from '../../shell';
import type { ExecSession } from '../../kubectl';
import type { Cluster } from '../../sim';
import type { Machine } from '../machine';
import type { EditorHook } from '../types';

export interface SandboxServices {
  readonly cluster: Cluster;
  readonly clock: ShellClock;
  /** How long `kubectl get -w` / `logs -f` run before ending as if interrupted (SandboxOptions). */
  readonly watchLimitMs: number | undefined;
  /** The host's editor (the browser's); undefined headless. */
  readonly editor: EditorHook | undefined;
  machine(name: string): Machine | undefined;
  machines(): readonly Machine[];
  /** After the current input: continue in a login shell on `machine` (`ssh NODE`). */
  enterSsh(machine: Machine): void;
  /**
   * After the current input: continue in a shell inside the container (`kubectl exec -it`).
   * Returns what to print instead when the container offers no interactive shell.
   */
  enterExec(session: ExecSession): CommandResult | undefined;
  /** `ssh NODE CMD`: runs `script` in a fresh non-interactive login on the machine. */
  runRemote(machine: Machine, script: string, stdin: string): CommandResult;
}
