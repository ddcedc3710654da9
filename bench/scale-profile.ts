import { readdirSync, readFileSync } from 'node:fs';
import { benchReady, createBenchCluster, createBenchDeployment } from './scale-setup';

/**
 * Only the 5,000-pod scale-up of `npm run bench`, for profiling:
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/scale-profile.ts
 *   node bench/profile-summary.mjs /tmp/prof/<file>.cpuprofile
 */
const replicas = Number(process.argv[2] ?? 5000) || 5000;
const nodes = Number(process.argv[3] ?? 100) || 100;
const big = createBenchCluster(nodes);
createBenchDeployment(big, replicas);
const main0 = mainThreadMs();
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const ok = big.runUntil(() => {
  return benchReady(big) >= replicas;
}, 60 * 60 * 1000);
const cpu = process.cpuUsage(cpu0);
const mainMs = mainThreadMs() - main0;
console.log(`ok=${ok} main-thread=${mainMs}ms wall=${(performance.now() - t0).toFixed(0)}ms cpu=${((cpu.user + cpu.system) / 1000).toFixed(0)}ms virtual=${big.clock.now()}`);

/** CPU per thread (Linux): the main thread's share versus GC and compiler threads. */
function threads(): string {
  try {
    const out: string[] = [];
    for (const tid of readdirSync('/proc/self/task')) {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ticks = Number(f[11]) + Number(f[12]);
      if (ticks > 0) out.push(`${name}:${ticks * 10}ms`);
    }
    return out.join(' ');
  } catch {
    return '';
  }
}
if (process.argv.includes('--threads')) console.log(threads());
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
console.log(`heap ${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(0)} MB`);

/** The main thread's CPU (Linux; 10 ms ticks): steadier than wall time on a busy machine. */
function mainThreadMs(): number {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) * 10;
  } catch {
    return NaN;
  }
}
