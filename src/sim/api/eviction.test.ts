import type { Pod } from 'kubernetes-types/core/v1';
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1';
import { describe, expect, it } from 'vitest';
import { createCluster } from '../index';
import type { Cluster } from '../cluster';
import { disruptionFigures, type PdbObject } from './disruption';
import { evictPod } from './eviction';
import type { KubeObject } from './object';

function cluster(replicas: number, budget: Record<string, unknown>, extra: KubeObject[] = []): Cluster {
  const c = createCluster();
  const objects: KubeObject[] = [
    {
      apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'default' },
      spec: { replicas, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx:1.27' }] } } },
    },
    { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: 'web', namespace: 'default' }, spec: { ...budget, selector: { matchLabels: { app: 'web' } } } },
    ...extra,
  ];
  for (const o of objects) {
    const r = c.api.create(o);
    if (!r.ok) throw new Error(r.status.message);
  }
  c.runUntilQuiet();
  c.advance(10_000);
  return c;
}

const webPods = (c: Cluster) => (c.store.list('pods', 'default') as (Pod & KubeObject)[]).filter((p) => p.metadata.labels?.['app'] === 'web');
const budget = (c: Cluster, name = 'web') => c.api.peek<PdbObject>('poddisruptionbudgets.policy', 'default', name) as PdbObject;

describe('the pods/eviction subresource', () => {
  it('allows what the budget allows, records it, then refuses with 429 and the figures', () => {
    const c = cluster(2, { minAvailable: 1 });
    const [a, b] = webPods(c).map((p) => p.metadata.name ?? '');
    expect(disruptionFigures(c.ctx, budget(c), c.now())).toEqual({ expectedPods: 2, desiredHealthy: 1, currentHealthy: 2, disruptionsAllowed: 1 });
    expect(evictPod(c.ctx, 'default', a ?? '')).toEqual({ ok: true, object: null });
    const status = budget(c).status as NonNullable<PodDisruptionBudget['status']>;
    expect(status.disruptionsAllowed).toBe(0);
    expect(Object.keys(status.disruptedPods ?? {})).toEqual([a]);
    expect(c.api.peek<KubeObject>('pods', 'default', a ?? '')?.metadata.deletionTimestamp).toBeDefined();
    const refused = evictPod(c.ctx, 'default', b ?? '');
    expect(refused).toEqual({
      ok: false,
      status: {
        kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', code: 429, reason: 'TooManyRequests',
        message: "Cannot evict pod as it would violate the pod's disruption budget.",
        details: { causes: [{ reason: 'DisruptionBudget', message: 'The disruption budget web needs 1 healthy pods and has 1 currently' }] },
      },
    });
    // Once the replacement is ready, the budget allows the next one.
    c.runUntilQuiet();
    c.advance(10_000);
    expect(evictPod(c.ctx, 'default', b ?? '').ok).toBe(true);
  });

  it('scales percentages and maxUnavailable by the Deployment, rounding up', () => {
    const c = cluster(4, { maxUnavailable: '30%' });
    expect(disruptionFigures(c.ctx, budget(c), c.now())).toEqual({ expectedPods: 4, desiredHealthy: 2, currentHealthy: 4, disruptionsAllowed: 2 });
  });

  it('deletes pods that are not running yet, and pods under AlwaysAllow that are not ready, without asking', () => {
    const c = cluster(1, { minAvailable: 1, unhealthyPodEvictionPolicy: 'AlwaysAllow' });
    const name = webPods(c)[0]?.metadata.name ?? '';
    const pod = c.api.peek<Pod & KubeObject>('pods', 'default', name) as Pod & KubeObject;
    c.api.updateStatus({ ...pod, status: { ...pod.status, conditions: (pod.status?.conditions ?? []).map((x) => (x.type === 'Ready' ? { ...x, status: 'False' } : x)) } });
    expect(evictPod(c.ctx, 'default', name).ok).toBe(true);
    const pending = c.api.create({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'pending', namespace: 'default', labels: { app: 'web' } }, spec: { containers: [{ name: 'c', image: 'nginx:1.27' }] } });
    expect(pending.ok).toBe(true);
    expect(evictPod(c.ctx, 'default', 'pending').ok).toBe(true);
    expect(c.api.peek('pods', 'default', 'pending')).toBeUndefined();
  });

  it('refuses a pod under two budgets, changes nothing on a dry run, and answers NotFound', () => {
    const second: KubeObject = { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: 'other', namespace: 'default' }, spec: { maxUnavailable: 1, selector: { matchLabels: { app: 'web' } } } };
    const c = cluster(2, { minAvailable: 1 }, [second]);
    const name = webPods(c)[0]?.metadata.name ?? '';
    const res = evictPod(c.ctx, 'default', name);
    expect(res.ok ? '' : `${res.status.code} ${res.status.message}`).toBe('500 This pod has more than one PodDisruptionBudget, which the eviction subresource does not support.');
    const single = cluster(2, { minAvailable: 1 });
    const pod = webPods(single)[0]?.metadata.name ?? '';
    expect(evictPod(single.ctx, 'default', pod, { dryRun: true }).ok).toBe(true);
    expect(single.api.peek<KubeObject>('pods', 'default', pod)?.metadata.deletionTimestamp).toBeUndefined();
    expect(budget(single).status?.disruptedPods).toBeUndefined();
    const missing = evictPod(single.ctx, 'default', 'nope');
    expect(missing.ok ? '' : missing.status.message).toBe('pods "nope" not found');
  });
});
