import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1';
import { describe, expect, it } from 'vitest';
import { rfc3339 } from '../../lib/duration';
import { createCluster } from '../index';
import type { KubeObject } from '../api/object';

type Pdb = PodDisruptionBudget & KubeObject;

function cluster() {
  const c = createCluster({ seed: 5 });
  for (const o of [
    {
      apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'default' },
      spec: { replicas: 3, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx:1.27' }] } } },
    },
    { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: 'web', namespace: 'default' }, spec: { minAvailable: 1, selector: { matchLabels: { app: 'web' } } } },
  ]) {
    const r = c.api.create(o as KubeObject);
    if (!r.ok) throw new Error(r.status.message);
  }
  c.advance(30_000);
  return c;
}

const budget = (c: ReturnType<typeof cluster>) => c.api.peek<Pdb>('poddisruptionbudgets.policy', 'default', 'web') as Pdb;
const figures = (pdb: Pdb) => {
  const { currentHealthy, desiredHealthy, disruptionsAllowed, expectedPods, disruptedPods } = pdb.status ?? {};
  return { currentHealthy, desiredHealthy, disruptionsAllowed, expectedPods, disrupted: Object.keys(disruptedPods ?? {}) };
};

describe('the disruption controller', () => {
  it('counts a pod an eviction marked as not healthy for two minutes, then forgets the mark', () => {
    const c = cluster();
    expect(figures(budget(c))).toEqual({ currentHealthy: 3, desiredHealthy: 1, disruptionsAllowed: 2, expectedPods: 3, disrupted: [] });
    // An eviction whose delete never happened: the mark stays, the pod does not go.
    const pod = c.store.list('pods', 'default')[0] as KubeObject;
    const name = pod.metadata.name ?? '';
    const pdb = budget(c);
    c.api.updateStatus({ ...pdb, status: { ...pdb.status, disruptedPods: { [name]: rfc3339(c.now()) } } } as KubeObject);
    c.advance(1000);
    expect(figures(budget(c))).toEqual({ currentHealthy: 2, desiredHealthy: 1, disruptionsAllowed: 1, expectedPods: 3, disrupted: [name] });
    c.advance(118_000);
    expect(figures(budget(c)).disrupted).toEqual([name]);
    c.advance(2000);
    expect(figures(budget(c))).toEqual({ currentHealthy: 3, desiredHealthy: 1, disruptionsAllowed: 2, expectedPods: 3, disrupted: [] });
  });
});
