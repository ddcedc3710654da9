import { readFileSync } from 'node:fs';

/**
 * Run as its own process by bench/sim.ts: restores the snapshot in the file named by argv[2] the way
 * a page's worker does at load (the engine's code loaded, nothing of it run yet), and prints the
 * timings as JSON. Loading the code is left out: in the browser that is the bundle, not tsx.
 */
const text = readFileSync(process.argv[2] as string, 'utf8');
const { restoreCluster } = await import('../src/sim');
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const cluster = restoreCluster(JSON.parse(text));
const restoreMs = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
// The first step after a restore also runs cold code (a command's first reconcile).
const t1 = performance.now();
cluster.advance(1000);
const firstStepMs = performance.now() - t1;
console.log(JSON.stringify({ restoreMs, restoreCpuMs: (cpu.user + cpu.system) / 1000, firstStepMs }));
