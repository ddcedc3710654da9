import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DeploymentObject } from './types';
import {
  activePods, deploymentManifest, editDeployment, followRollout, getDeployment, replicaSetsOf, rolloutCluster, rolloutStatusLine, rsSummary,
  setImage, watchDeploymentEvents,
} from './testing';

/** Compares with `__golden__/<name>`; UPDATE_GOLDEN=1 rewrites it (then review the diff). */
function golden(name: string, actual: string): void {
  const file = new URL(`./__golden__/${name}`, import.meta.url);
  if (process.env['UPDATE_GOLDEN']) writeFileSync(file, actual);
  expect(existsSync(file), `missing golden ${name} (run with UPDATE_GOLDEN=1)`).toBe(true);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('creating a Deployment', () => {
  it('makes one ReplicaSet <name>-<pod-template-hash>, labels it and its pods, and reports a settled status', () => {
    const c = rolloutCluster();
    const events = watchDeploymentEvents(c, 'nginx');
    c.api.create(deploymentManifest('nginx'));
    c.runUntilQuiet();
    const d = getDeployment(c, 'nginx');
    const [rs] = replicaSetsOf(c, 'nginx');
    const hash = rs?.metadata.labels?.['pod-template-hash'] ?? '';
    expect(hash).toMatch(/^[4-9bcdf]{10}$/);
    expect(rs?.metadata.name).toBe(`nginx-${hash}`);
    const spec = rs?.['spec'] as { selector: unknown; template: { metadata: { labels: unknown } }; replicas: number };
    expect(spec.selector).toEqual({ matchLabels: { app: 'nginx', 'pod-template-hash': hash } });
    expect(spec.template.metadata.labels).toEqual({ app: 'nginx', 'pod-template-hash': hash });
    expect(rs?.metadata.ownerReferences).toEqual([{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'nginx', uid: d.metadata.uid, controller: true, blockOwnerDeletion: true }]);
    expect(activePods(c, `nginx-${hash}`).map((p) => p.metadata.labels)).toEqual(Array(3).fill({ app: 'nginx', 'pod-template-hash': hash }));
    golden('create.txt', [
      `deployment annotations: ${JSON.stringify(d.metadata.annotations)}`,
      `replicaset annotations: ${JSON.stringify(rs?.metadata.annotations)}`,
      `status: ${JSON.stringify(d.status, null, 2)}`,
      ...events,
      '',
    ].join('\n'));
  });

  it('leaves zero counters out of the status, as the API does (all are omitempty)', () => {
    const c = rolloutCluster();
    c.api.create(deploymentManifest('idle', { replicas: 0 }));
    c.runUntilQuiet();
    const st = getDeployment(c, 'idle').status ?? {};
    expect(Object.keys(st)).toEqual(['observedGeneration', 'conditions']);
    expect(st.conditions?.map((x) => `${x.type}=${x.status} ${x.reason}`)).toEqual(['Available=True MinimumReplicasAvailable', 'Progressing=True NewReplicaSetAvailable']);
  });
});

describe('a rolling update', () => {
  it('of 3 replicas scales one pod at a time and reports the rollout as kubectl rollout status shows it', () => {
    const c = rolloutCluster();
    c.api.create(deploymentManifest('nginx'));
    c.runUntilQuiet();
    const events = watchDeploymentEvents(c, 'nginx');
    setImage(c, 'nginx', 'nginx:1.28');
    const lines = followRollout(c, 'nginx');
    // Real kubectl against the fake API server of the reference also printed
    // "2 of 3 updated replicas are available..." before the end; with maxUnavailable 0 the last old
    // pod only goes once all three new ones are available, so a faithful controller never passes
    // through replicas == updated > available here (see the report).
    golden('rolling-3.txt', [...lines, '', ...events, '', ...rsSummary(c, 'nginx'), ''].join('\n'));
    const d = getDeployment(c, 'nginx');
    expect(d.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('2');
    expect(d.status?.conditions?.find((x) => x.type === 'Progressing')?.message).toMatch(/^ReplicaSet "nginx-[4-9bcdf]{10}" has successfully progressed\.$/);
  });

  it('of 10 replicas at 25%/25% never has fewer than 8 available pods nor more than 13 pods', () => {
    const c = rolloutCluster();
    c.api.create(deploymentManifest('big', { replicas: 10 }));
    c.runUntilQuiet();
    const [oldRS] = replicaSetsOf(c, 'big');
    setImage(c, 'big', 'nginx:1.28');
    let minAvailable = Infinity;
    let maxPods = 0;
    let steps = 0;
    const done = c.runUntil(() => {
      steps++;
      const pods = activePods(c, 'big');
      const ready = pods.filter((p) => p.status?.conditions?.some((x) => x.type === 'Ready' && x.status === 'True'));
      minAvailable = Math.min(minAvailable, ready.length);
      maxPods = Math.max(maxPods, pods.length);
      return rolloutStatusLine(getDeployment(c, 'big')) === 'deployment "big" successfully rolled out';
    });
    expect(done).toBe(true);
    expect(steps).toBeGreaterThan(3);
    expect(minAvailable).toBe(8);
    expect(maxPods).toBe(13);
    const rss = replicaSetsOf(c, 'big');
    const newRS = rss.find((rs) => rs.metadata.uid !== oldRS?.metadata.uid);
    expect((c.api.peek<DeploymentObject>('replicasets.apps', 'default', oldRS?.metadata.name ?? '')?.spec as { replicas: number }).replicas).toBe(0);
    expect(activePods(c, 'big').every((p) => p.metadata.name?.startsWith(`${newRS?.metadata.name}-`))).toBe(true);
    expect(activePods(c, 'big')).toHaveLength(10);
  });

  it('with minReadySeconds waits that long after each new pod is ready before going on', () => {
    const c = rolloutCluster();
    c.api.create(deploymentManifest('slow', { extraSpec: { minReadySeconds: 10 } }));
    c.runUntilQuiet();
    expect((replicaSetsOf(c, 'slow')[0]?.['spec'] as { minReadySeconds?: number }).minReadySeconds).toBe(10);
    setImage(c, 'slow', 'nginx:1.28');
    const start = c.now();
    followRollout(c, 'slow');
    // Three steps of (2 s to become ready + 10 s to count as available).
    expect(c.now() - start).toBeGreaterThanOrEqual(36_000);
  });

  it('is a new revision for `rollout restart` (a restartedAt template annotation)', () => {
    const c = rolloutCluster();
    c.api.create(deploymentManifest('web'));
    c.runUntilQuiet();
    editDeployment(c, 'web', (d) => {
      const template = d.spec?.template ?? {};
      const annotations = { 'kubectl.kubernetes.io/restartedAt': '2026-11-24T15:05:00Z' };
      return { ...d, spec: { ...(d.spec as object), template: { ...template, metadata: { ...(template.metadata ?? {}), annotations } } } } as unknown as DeploymentObject;
    });
    followRollout(c, 'web');
    expect(rsSummary(c, 'web').map((l) => l.replace(/-[4-9bcdf]{10}/, '-HASH'))).toEqual([
      'web-HASH nginx:1.27 replicas=0 revision=1',
      'web-HASH nginx:1.27 replicas=3 revision=2',
    ]);
    const newest = replicaSetsOf(c, 'web').find((rs) => rs.metadata.annotations?.['deployment.kubernetes.io/revision'] === '2');
    expect((newest?.['spec'] as { template: { metadata: { annotations: unknown } } }).template.metadata.annotations).toEqual({ 'kubectl.kubernetes.io/restartedAt': '2026-11-24T15:05:00Z' });
  });
});

describe('a Recreate rollout', () => {
  it('removes every old pod before the first new one exists', () => {
    const c = rolloutCluster();
    c.api.create(deploymentManifest('db', { strategy: { type: 'Recreate' } }));
    c.runUntilQuiet();
    const [oldRS] = replicaSetsOf(c, 'db');
    const events = watchDeploymentEvents(c, 'db');
    setImage(c, 'db', 'nginx:1.28');
    const mixed: string[] = [];
    const done = c.runUntil(() => {
      const all = c.store.list('pods', 'default').filter((p) => p.metadata.name?.startsWith('db-'));
      const old = all.filter((p) => p.metadata.name?.startsWith(`${oldRS?.metadata.name}-`));
      if (old.length > 0 && old.length < all.length) mixed.push(`${c.now()}: ${all.map((p) => p.metadata.name).join(' ')}`);
      return rolloutStatusLine(getDeployment(c, 'db')) === 'deployment "db" successfully rolled out';
    });
    expect(done).toBe(true);
    expect(mixed).toEqual([]);
    expect(activePods(c, 'db')).toHaveLength(3);
    golden('recreate.txt', [...events, '', ...rsSummary(c, 'db'), ''].join('\n'));
  });
});
