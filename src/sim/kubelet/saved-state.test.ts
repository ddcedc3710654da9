import { describe, expect, it } from 'vitest';
import { Cluster } from '../cluster';
import { planFromShared } from '../images/plan-shared';
import type { UnresolvedPlan } from '../images/plan-memo';
import { kubelet, runPod, testCluster, testWiring } from './testing';

type Saved = { pods: Record<string, { containers: { name: string; run?: { plan: unknown } }[] }>; plans?: unknown[] };

function plansOf(saved: Saved): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, rt] of Object.entries(saved.pods)) for (const c of rt.containers) if (c.run) out[`${key}/${c.name}`] = c.run.plan;
  return out;
}

describe('kubelet snapshots list shared plans once', () => {
  const a = testCluster();
  for (const name of ['web-1', 'web-2', 'web-3']) runPod(a, { metadata: { name }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] } });
  runPod(a, { metadata: { name: 'clock' }, spec: { containers: [{ name: 'c', image: 'busybox:1.36', command: ['sh', '-c', 'while true; do date; sleep 5; done'] }] } });
  a.advance(60_000);
  const saved = JSON.parse(JSON.stringify(a.snapshot())) as { components: { kubelet: Saved } };

  it('names one entry for the replicas of one template', () => {
    const refs = plansOf(saved.components.kubelet);
    expect(refs['default/web-1/nginx']).toEqual(refs['default/web-2/nginx']);
    expect(refs['default/web-1/nginx']).toEqual(refs['default/web-3/nginx']);
    expect(refs['default/clock/c']).not.toEqual(refs['default/web-1/nginx']);
  });

  it('gives each restored container the very plan it had', () => {
    const b = Cluster.restore(JSON.parse(JSON.stringify(saved)), testWiring());
    for (const pod of ['web-1', 'web-2', 'clock']) {
      const container = pod === 'clock' ? 'c' : 'nginx';
      expect(kubelet(b).logs('default', pod, container, { timestamps: true })).toEqual(kubelet(a).logs('default', pod, container, { timestamps: true }));
    }
    expect(JSON.stringify(b.snapshot())).toBe(JSON.stringify(a.snapshot()));
  });

  it('still reads snapshots with the plans written out in each run', () => {
    const inline = JSON.parse(JSON.stringify(saved)) as { components: { kubelet: Saved } };
    const table = (inline.components.kubelet.plans ?? []) as UnresolvedPlan[];
    expect(table.length).toBeGreaterThan(0);
    for (const [key, rt] of Object.entries(inline.components.kubelet.pods)) {
      for (const c of rt.containers) {
        const run = c.run as { plan: { shared: number }; input: { restartCount: number }; startedAt: number } | undefined;
        if (!run) continue;
        const [namespace, podName] = key.split('/') as [string, string];
        const plan = planFromShared(table[run.plan.shared] as UnresolvedPlan, { namespace, podName, containerName: c.name, restartCount: run.input.restartCount, startedAt: run.startedAt });
        (c.run as { plan: unknown }).plan = JSON.parse(JSON.stringify(plan));
      }
    }
    delete inline.components.kubelet.plans;
    const b = Cluster.restore(inline as never, testWiring());
    for (const pod of ['web-1', 'clock']) {
      const container = pod === 'clock' ? 'c' : 'nginx';
      expect(kubelet(b).logs('default', pod, container, { timestamps: true })).toEqual(kubelet(a).logs('default', pod, container, { timestamps: true }));
    }
    // Such a cluster keeps writing its plans out in full, and saves the same after a round trip.
    const again = JSON.stringify(b.snapshot());
    expect(JSON.stringify(Cluster.restore(JSON.parse(again), testWiring()).snapshot())).toBe(again);
  });
});
