import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../api/object';
import type { Cluster } from '../cluster';
import type { KubeletComponent } from '../kubelet';
import { deployment, metrics, must, netCluster } from '../network/testing';
import { lastScrape } from './metrics-server';

/** Compares with `__golden__/<name>`; UPDATE_GOLDEN=1 rewrites it (then review the diff). */
function golden(name: string, actual: string): void {
  const file = new URL(`./__golden__/${name}`, import.meta.url);
  if (process.env['UPDATE_GOLDEN']) writeFileSync(file, actual);
  expect(existsSync(file), `missing golden ${name} (run with UPDATE_GOLDEN=1)`).toBe(true);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

const METRICS_SERVER: KubeObject = {
  apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'metrics-server', namespace: 'kube-system' },
  spec: {
    selector: { matchLabels: { 'k8s-app': 'metrics-server' } },
    template: { metadata: { labels: { 'k8s-app': 'metrics-server' } }, spec: { containers: [{ name: 'metrics-server', image: 'registry.k8s.io/metrics-server/metrics-server:v0.8.0', args: ['--kubelet-insecure-tls'] }] } },
  },
};

const mi = (b: number) => `${Math.trunc(b / 1048576)}Mi`;

/** What `kubectl top nodes` and `kubectl top pods -A` would be built from, at this moment. */
function snapshot(c: Cluster, label: string): string {
  const m = metrics(c);
  if (!m.available()) return `== ${label}\nerror: Metrics API not available\n`;
  const nodes = m.nodeMetrics().map((n) => `${n.name} ${n.cpuMilli}m ${mi(n.memoryBytes)}`);
  const pods = m.podMetrics().map((p) => `${p.namespace}/${p.name} ${p.containers.map((x) => `${x.name}=${x.cpuMilli}m,${mi(x.memoryBytes)}`).join(' ')}`);
  return `== ${label}\n${nodes.join('\n')}\n${pods.join('\n')}\n`;
}

describe('metrics-server', () => {
  it('answers only once its Deployment is Available, and lists a pod after two scrapes', () => {
    const c = netCluster();
    must(c, deployment('stress', 'kubedojo/stress:1.0', 2, { args: ['--cpu', '300m', '--memory', '64Mi'], resources: { requests: { cpu: '100m' } } }));
    c.runUntilQuiet();
    const out = [snapshot(c, 'before install')];
    must(c, METRICS_SERVER);
    c.runUntilQuiet();
    out.push(snapshot(c, 'metrics-server available'));
    must(c, deployment('late', 'kubedojo/stress:1.0', 1, { args: ['--cpu', '50m'] }));
    c.runUntilQuiet();
    out.push(snapshot(c, 'a new pod just started'));
    c.advance(30_000);
    out.push(snapshot(c, '30 s later'));
    c.component<KubeletComponent>('kubelet').stopKubelet('node02');
    out.push(snapshot(c, 'kubelet of node02 stopped'));
    golden('top.txt', out.join(''));
  });

  it('scrapes every 15 s from 15 s before it turned ready', () => {
    expect(lastScrape(100_000, 100_000)).toBe(100_000);
    expect(lastScrape(100_000, 114_999)).toBe(100_000);
    expect(lastScrape(100_000, 115_000)).toBe(115_000);
  });
});
