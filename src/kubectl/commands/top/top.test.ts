// kubectl top on a live simulated cluster: "Metrics API not available" until metrics-server runs,
// "metrics not available yet" for pods not scraped twice, then the node and pod tables with their
// sorting, namespaces, containers, sums and errors. Compared whole with __golden__/top.txt.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { create, deployment, liveCluster, Transcript } from '../node-debug-fixture';

function golden(name: string, actual: string): void {
  const file = new URL(`./__golden__/${name}`, import.meta.url);
  if (process.env['UPDATE_GOLDEN']) writeFileSync(file, actual);
  expect(existsSync(file), `missing golden ${name} (run with UPDATE_GOLDEN=1)`).toBe(true);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

const METRICS_SERVER = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'metrics-server', namespace: 'kube-system' },
  spec: {
    selector: { matchLabels: { 'k8s-app': 'metrics-server' } },
    template: {
      metadata: { labels: { 'k8s-app': 'metrics-server' } },
      spec: { containers: [{ name: 'metrics-server', image: 'registry.k8s.io/metrics-server/metrics-server:v0.8.0', args: ['--kubelet-insecure-tls'] }] },
    },
  },
};

describe('kubectl top on a live cluster', () => {
  it('shows usage once metrics-server runs', () => {
    const c = liveCluster();
    const t = new Transcript(c);
    t.kubectl('top nodes');
    create(c, METRICS_SERVER);
    c.runUntilQuiet();
    t.note('metrics-server installed');
    t.kubectl('top nodes');
    t.kubectl('top pods');
    create(c, deployment('web', 'nginx:1.27', 2));
    c.runUntilQuiet();
    t.kubectl('top pods');
    t.advance(40_000);
    t.kubectl('top pods');
    t.kubectl('top pods -A --sort-by=memory');
    t.kubectl('top pods -n kube-system -l k8s-app=kube-proxy --containers --sum');
    t.kubectl('top pods --sum --no-headers');
    t.kubectl('top pod web');
    t.kubectl('top pod web a');
    t.kubectl('top pod web -l app=web');
    t.kubectl('top pods --sort-by=name');
    t.kubectl('top pods --show-swap');
    t.kubectl('top nodes --sort-by=cpu --no-headers');
    t.kubectl('top node node01 --show-capacity');
    t.kubectl('top node nope');
    t.kubectl('top no -l kubernetes.io/hostname=node02 --show-swap');
    t.kubectl('top');
    t.kubectl('top foo');
    golden('top.txt', t.text);
  });

  it('says why a namespace has no figures', () => {
    const c = liveCluster();
    const t = new Transcript(c);
    create(c, METRICS_SERVER);
    c.runUntilQuiet();
    create(c, { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'stuck', namespace: 'default' }, spec: { containers: [{ name: 'c', image: 'nginx:doesnotexist' }] } });
    t.kubectl('top pods');
    t.advance(180_000);
    t.kubectl('top pods');
    t.kubectl('top pods -n nothing-here');
    golden('top-empty.txt', t.text);
  });
});
