import { createCluster, type Cluster } from '../src/sim';
import { kubectl } from '../src/kubectl';
import type { Figure } from './sim';

/** A 1,000-pod cluster: 10 Deployments of 100 replicas on 20 workers, all Running. */
function thousandPods(): Cluster {
  const cluster = createCluster({ seed: 3, workers: 20, workerCpu: 64, workerMemoryKi: 256 * 1024 * 1024 });
  for (let i = 0; i < 10; i++) {
    const name = `app${i}`;
    const res = cluster.api.create({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name, namespace: 'default' },
      spec: {
        replicas: 100,
        selector: { matchLabels: { app: name } },
        template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'web', image: 'nginx:1.27' }] } },
      },
    });
    if (!res.ok) throw new Error(res.status.message);
  }
  const ready = () => cluster.store.list('deployments.apps', 'default').every((d) => (d['status'] as { readyReplicas?: number } | undefined)?.readyReplicas === 100);
  if (!cluster.runUntil(ready, 60 * 60 * 1000)) throw new Error('the 1,000 pods did not all become ready');
  return cluster;
}

/** Median and p99 of `runs` timings of one command (after a few warm-up runs). */
function commandTimes(cluster: Cluster, args: string[], runs: number): { median: number; p99: number } {
  for (let i = 0; i < 3; i++) kubectl(args, { cluster });
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = kubectl(args, { cluster });
    times.push(performance.now() - t0);
    if (r.exitCode !== 0) throw new Error(`kubectl ${args.join(' ')}: ${r.stderr}`);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(runs / 2)] as number, p99: times[Math.min(runs - 1, Math.floor(runs * 0.99))] as number };
}

/** DESIGN.md's budget: a typical kubectl command on a 1,000-pod cluster answers in under 5 ms (median). */
export function kubectlFigures(): Figure[] {
  const cluster = thousandPods();
  const figures: Figure[] = [];
  const cases: [string, string[], number][] = [
    ['kubectl get pods -A', ['get', 'pods', '-A'], 50],
    ['kubectl describe node node01', ['describe', 'node', 'node01'], 50],
    ['kubectl get pods -o yaml', ['get', 'pods', '-o', 'yaml'], 20],
  ];
  for (const [name, args, runs] of cases) {
    const t = commandTimes(cluster, args, runs);
    figures.push({ name: `${name} on 1,000 pods (median)`, value: t.median, unit: 'ms' });
    figures.push({ name: `${name} on 1,000 pods (p99)`, value: t.p99, unit: 'ms' });
  }
  return figures;
}
