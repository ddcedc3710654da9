// kubectl cordon, uncordon and drain on a live simulated cluster: evictions go through the API
// (PodDisruptionBudgets refuse some, drain retries them), the node's Deployment pods come back on the
// other node, waits happen in virtual time, --timeout and --disable-eviction, and the argument errors.
// Transcripts are compared whole with __golden__/*.txt (UPDATE_GOLDEN=1 rewrites them).

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Pod } from 'kubernetes-types/core/v1';
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../sim/api/object';
import { create, deployment, liveCluster, pod, Transcript } from '../node-debug-fixture';
import { goroutineOrder } from './evict';

function golden(name: string, actual: string): void {
  const file = new URL(`./__golden__/${name}`, import.meta.url);
  if (process.env['UPDATE_GOLDEN']) writeFileSync(file, actual);
  expect(existsSync(file), `missing golden ${name} (run with UPDATE_GOLDEN=1)`).toBe(true);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

const pdb = (name: string, spec: Record<string, unknown>): KubeObject => ({
  apiVersion: 'policy/v1',
  kind: 'PodDisruptionBudget',
  metadata: { name, namespace: 'default' },
  spec: { ...spec, selector: { matchLabels: { app: name } } },
});

const podsOf = (c: ReturnType<typeof liveCluster>, app: string) =>
  (c.store.list('pods', 'default') as (Pod & KubeObject)[]).filter((p) => p.metadata.labels?.['app'] === app);

describe('kubectl drain on a live cluster', () => {
  it('moves the Deployment pods of node01 to node02, one disruption at a time', () => {
    const c = liveCluster();
    const t = new Transcript(c);
    create(
      c,
      deployment('web', 'nginx:1.27', 4),
      pdb('web', { maxUnavailable: 1 }),
      pod('scratch', [['c', 'busybox:1.36', 'sleep 3600']], { terminationGracePeriodSeconds: 5, volumes: [{ name: 'tmp', emptyDir: {} }] }),
    );
    c.runUntilQuiet();
    t.advance(10_000);
    expect(podsOf(c, 'web').some((p) => p.spec?.nodeName === 'node01')).toBe(true);
    t.kubectl('get pods -o wide');
    t.kubectl('drain node01');
    t.kubectl('drain node01 --ignore-daemonsets --delete-emptydir-data --force');
    t.kubectl('get pods -o wide');
    t.kubectl('get nodes');
    c.runUntilQuiet();
    const web = podsOf(c, 'web');
    expect(web).toHaveLength(4);
    expect(web.every((p) => p.spec?.nodeName === 'node02' && p.status?.phase === 'Running')).toBe(true);
    t.kubectl('uncordon node01');
    golden('drain-deployment.txt', t.text);
  });

  it('retries evictions a budget refuses until --timeout, and --disable-eviction ignores budgets', () => {
    const c = liveCluster();
    const t = new Transcript(c);
    create(c, deployment('db', 'nginx:1.27', 2), pdb('db', { minAvailable: 2 }));
    c.runUntilQuiet();
    t.advance(10_000);
    const node = podsOf(c, 'db')[0]?.spec?.nodeName ?? '';
    t.kubectl(`drain ${node} --ignore-daemonsets --timeout=12s`);
    t.kubectl(`drain ${node} --ignore-daemonsets --dry-run=server --timeout=6s`);
    t.note('without --timeout a refusing budget keeps drain retrying: until Ctrl-C, or the headless watch limit');
    t.kubectl(`drain ${node} --ignore-daemonsets`, { ctrlCAfterMs: 7_000 });
    t.kubectl(`drain ${node} --ignore-daemonsets`, { watchLimitMs: 8_000 });
    t.kubectl(`drain ${node} --ignore-daemonsets --disable-eviction --grace-period=1`);
    t.kubectl('get pods -o wide');
    t.kubectl(`uncordon ${node}`);
    c.runUntilQuiet();
    t.note('without a clock hook no time can pass: kubectl acts as if the timeout had passed after its first look');
    t.kubectl(`drain ${node === 'node01' ? 'node02' : 'node01'} --ignore-daemonsets`, { wait: false });
    golden('drain-budget.txt', t.text);
  });

  it('answers argument and selection errors as kubectl does', () => {
    const c = liveCluster();
    const t = new Transcript(c);
    create(c, { apiVersion: 'v1', kind: 'Node', metadata: { name: 'node03', labels: { disk: 'ssd' } } });
    t.kubectl('drain');
    t.kubectl('cordon');
    t.kubectl('uncordon');
    t.kubectl('drain node01 -l disk=ssd');
    t.kubectl('drain node01 --dry-run=bogus');
    t.kubectl("drain node01 --pod-selector='a b'");
    t.kubectl('cordon pod/nope');
    t.kubectl('cordon node01 nope');
    t.kubectl('cordon -l disk=ssd');
    t.kubectl('cordon -l disk=hdd');
    t.kubectl('cordon node01 node02 --dry-run=server');
    t.kubectl('uncordon -l disk=ssd');
    t.kubectl('drain -l disk=ssd --dry-run=client');
    golden('drain-errors.txt', t.text);
  });
});

describe('the order drain starts its evictions in', () => {
  it("is Go's: the last goroutine started runs first, then the others in order", () => {
    expect(goroutineOrder([1, 2, 3, 4])).toEqual([4, 1, 2, 3]);
    expect(goroutineOrder([1])).toEqual([1]);
  });
});
