/**
 * The sandbox as grading sees it. src/grading may not import src/sandbox (the layers run
 * grading → sim, kubectl, shell), so it names what it needs as interfaces that src/sandbox's
 * `Sandbox` satisfies, and the caller (the browser's worker, the CLI) passes the functions in:
 *
 *   const env: GradingEnv<Sandbox> = {
 *     checks: CHECKS,                                   // from checks/
 *     createSandbox,                                    // from src/sandbox
 *     copySandbox: (s) => restoreSandbox({ ...s.snapshot(), sessions: [] }),
 *   };
 */
import type { Cluster, ClusterOptions } from '../sim';
import type { CheckLibrary } from './types';

/** What grading uses of a sandbox (src/sandbox's `Sandbox` has all of it). */
export interface LabSandbox {
  readonly seed: number;
  readonly cluster: Cluster;
  /** The machines with their shells' history (`~/.bash_history`), the control plane first or among them. */
  readonly machines: readonly { readonly name: string; readonly history: string[] }[];
  /** Runs one input where the student is. */
  run(input: string): { output: string; exitCode: number; closed: boolean };
  /** Whether `text` is an unfinished command (a here-document still open...). */
  needsMoreInput(text: string): boolean;
}

/** The engine grading runs on: the checks library and how to make sandboxes. */
export interface GradingEnv<S extends LabSandbox = LabSandbox> {
  checks: CheckLibrary;
  /** A fresh sandbox on a cluster of this shape (src/sandbox's `createSandbox`). */
  createSandbox(options: { seed: number; clusterConfig: ClusterOptions }): S;
  /**
   * An independent copy of `sandbox` whose shell is a fresh login on the control plane (snapshot,
   * then restore without the session stack): `commandOutput` runs its line there.
   */
  copySandbox(sandbox: S): S;
}

/** The student's history: every machine's, the control plane's first. */
export function sandboxHistory(sandbox: LabSandbox, controlPlane: string): string[] {
  const machines = [...sandbox.machines].sort((a, b) => Number(b.name === controlPlane) - Number(a.name === controlPlane));
  return machines.flatMap((m) => m.history);
}
