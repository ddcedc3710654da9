import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCluster, restoreCluster, type Cluster } from '../src/sim';
import { benchReady, createBenchCluster, createBenchDeployment } from './scale-setup';

/** One figure a line: `name: value unit`. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
}

function timed<T>(fn: () => T): { result: T; wallMs: number; cpuMs: number } {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = fn();
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { result, wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}

function runningPods(cluster: Cluster, namespace: string): number {
  let n = 0;
  for (const p of cluster.store.list('pods', namespace)) if ((p['status'] as { phase?: string } | undefined)?.phase === 'Running') n++;
  return n;
}

/** The engine's budgets from DESIGN.md, measured: boot, 5,000 pods on 100 nodes, snapshots. */
export function simFigures(): Figure[] {
  const figures: Figure[] = [];
  const boot = timed(() => createCluster({ seed: 1 }));
  figures.push({ name: 'default cluster boot (cold: first run, JIT not warm)', value: boot.wallMs, unit: 'ms' });
  const warm = [2, 3, 4, 5, 6].map((seed) => timed(() => createCluster({ seed })).wallMs).sort((a, b) => a - b);
  figures.push({ name: 'default cluster boot (warm, median of 5)', value: warm[2] as number, unit: 'ms' });
  const small = JSON.stringify(boot.result.snapshot());
  figures.push({ name: 'default cluster snapshot size', value: small.length / 1024, unit: 'KB' });
  const smallRestore = [0, 1, 2, 3, 4].map(() => timed(() => restoreCluster(JSON.parse(small))).wallMs).sort((a, b) => a - b);
  figures.push({ name: 'default cluster restore from snapshot (median of 5)', value: smallRestore[2] as number, unit: 'ms' });
  const cold = coldRestore(small);
  figures.push({ name: 'pre-booted default cluster restore (cold: fresh process, code loaded)', value: cold.restoreMs, unit: 'ms' });
  figures.push({ name: 'pre-booted default cluster restore (cold, cpu)', value: cold.restoreCpuMs, unit: 'ms' });
  figures.push({ name: 'first 1 s of virtual time after that restore (cold)', value: cold.firstStepMs, unit: 'ms' });

  const big = createBenchCluster();
  const replicas = 5000;
  createBenchDeployment(big, replicas);
  const scale = timed(() => big.runUntil(() => benchReady(big) >= replicas, 60 * 60 * 1000));
  if (!scale.result) throw new Error(`only ${runningPods(big, 'default')} of ${replicas} pods Running after an hour of virtual time`);
  figures.push({ name: `scale to ${replicas} Running pods on 100 nodes (wall)`, value: scale.wallMs, unit: 'ms' });
  figures.push({ name: `scale to ${replicas} Running pods on 100 nodes (cpu)`, value: scale.cpuMs, unit: 'ms' });
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  figures.push({ name: `heap after${gc ? '' : ' (no --expose-gc: includes garbage)'}`, value: process.memoryUsage().heapUsed / 1024 / 1024, unit: 'MB' });

  const save = timed(() => JSON.stringify(big.snapshot()));
  figures.push({ name: 'snapshot size', value: save.result.length / 1024 / 1024, unit: 'MB' });
  figures.push({ name: 'snapshot save', value: save.wallMs, unit: 'ms' });
  const restore = timed(() => restoreCluster(JSON.parse(save.result)));
  figures.push({ name: 'snapshot restore', value: restore.wallMs, unit: 'ms' });
  return figures;
}

/**
 * How a page's sandbox starts: from the snapshot of its seed's default cluster, pre-booted when the
 * site is built, restored in a worker that has run none of the engine yet — so in a fresh process.
 */
function coldRestore(snapshot: string): { restoreMs: number; restoreCpuMs: number; firstStepMs: number } {
  const dir = mkdtempSync(join(tmpdir(), 'kubedojo-bench-'));
  try {
    const file = join(dir, 'default-cluster.json');
    writeFileSync(file, snapshot);
    const script = fileURLToPath(new URL('./cold-restore.ts', import.meta.url));
    const out = execFileSync(process.execPath, ['--import', 'tsx', script, file], { encoding: 'utf8' });
    return JSON.parse(out.trim().split('\n').pop() as string) as { restoreMs: number; restoreCpuMs: number; firstStepMs: number };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
