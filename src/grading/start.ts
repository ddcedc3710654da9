/**
 * A lab's starting state: the cluster of its `cluster` section on its seed, its manifests created
 * with `kubectl create -f`, its setup lines run, the cluster left to settle, and the student given a
 * fresh login on the control plane with an empty history. The same lab and seed always give the same sandbox.
 */
import { kubectl } from '../kubectl';
import type { ClusterOptions } from '../sim';
import { parseQuantity, toValue } from '../lib/quantity';
import type { Lab } from './schema';
import type { GradingEnv, LabSandbox } from './sandbox';

export type LabStart<S> = { ok: true; sandbox: S } | { ok: false; error: string };

export interface StartLabOptions {
  /** Overrides the lab's seed (exam variants, `kubedojo run --lab ID --seed N`). */
  seed?: number;
}

/** How long the cluster may run to settle after the manifests and after setup (virtual ms). */
export const SETTLE_LIMIT_MS = 5 * 60 * 1000;

/**
 * After the cluster is quiet, a moment more: a process opens its ports a little after its container
 * starts (not a timer `runUntilQuiet` waits for), and a learner reads or types for seconds before
 * anything is checked. Without it a check could curl a server in the very millisecond it started.
 */
export const SETTLE_AFTER_QUIET_MS = 1000;

/** Runs the cluster until it is quiet, then the moment its processes need to be listening. */
export function settle(cluster: { runUntilQuiet(limitMs: number): unknown; advance(ms: number): unknown }): void {
  cluster.runUntilQuiet(SETTLE_LIMIT_MS);
  cluster.advance(SETTLE_AFTER_QUIET_MS);
}

/** The ClusterOptions of a lab's `cluster` section. */
export function labClusterOptions(lab: Lab, seed: number): ClusterOptions {
  const c = lab.cluster;
  const options: ClusterOptions = { seed, version: c.version, workers: c.workers };
  if (c.workerSize) {
    options.workerCpu = c.workerSize.cpu;
    const q = parseQuantity(c.workerSize.memory);
    if (q) options.workerMemoryKi = Math.round(toValue(q) / 1024);
  }
  return options;
}

const indent = (text: string) => text.trimEnd().split('\n').map((l) => `    ${l}`).join('\n');

export function startLab<S extends LabSandbox>(lab: Lab, env: GradingEnv<S>, options: StartLabOptions = {}): LabStart<S> {
  const seed = options.seed ?? lab.cluster.seed;
  const sandbox = env.createSandbox({ seed, clusterConfig: labClusterOptions(lab, seed) });
  for (const manifest of lab.manifests) {
    const r = kubectl(['create', '-f', '-'], { cluster: sandbox.cluster, namespace: 'default', stdin: manifest.yaml });
    sandbox.cluster.settle();
    if (r.exitCode !== 0) return { ok: false, error: `creating ${manifest.source} failed:\n${indent(r.stderr || r.stdout)}` };
  }
  settle(sandbox.cluster);
  for (const [i, line] of lab.setup.entries()) {
    const r = sandbox.run(line);
    if (r.exitCode !== 0) return { ok: false, error: `setup[${i}] \`${line}\` exited with status ${r.exitCode}:\n${indent(r.output)}` };
  }
  settle(sandbox.cluster);
  // The student gets a fresh login: a setup `cd`, variable or `ssh` does not carry over.
  const fresh = lab.setup.length > 0 ? env.copySandbox(sandbox) : sandbox;
  for (const m of fresh.machines) m.history.length = 0;
  return { ok: true, sandbox: fresh };
}
