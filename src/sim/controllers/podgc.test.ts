import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../api/object';
import { Cluster } from '../cluster';
import { createCluster } from '../index';
import { testWiring } from '../testing/test-wiring';
import { podGcController } from './podgc';
import { RESOURCE_TYPE } from './types';

type PodLike = KubeObject & { spec?: { nodeName?: string }; status?: { phase?: string; conditions?: { type: string; reason?: string; message?: string }[] } };

/** One line per pod: name, node, phase, and whether it is being deleted. */
function pods(c: Cluster, ns = 'default'): string {
  return (c.store.list('pods', ns) as PodLike[]).map((p) => `${p.metadata.name} ${p.spec?.nodeName ?? '<none>'} ${p.status?.phase ?? ''}${p.metadata.deletionTimestamp ? ' Terminating' : ''}`).join('\n');
}

describe('pod garbage collector', () => {
  it('deletes the pods of a deleted node after the quarantine; their ReplicaSet recreates them elsewhere', async () => {
    const c = createCluster({ seed: 31 });
    c.api.create({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', namespace: 'default' },
      spec: { replicas: 4, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] } } },
    });
    c.advance(60_000);
    const before = pods(c);
    const seen: string[] = [];
    c.store.watch((e) => {
      if (e.resource !== 'pods' || e.type !== 'MODIFIED') return;
      const cond = (e.object as PodLike).status?.conditions?.find((x) => x.type === 'DisruptionTarget');
      if ((e.object as PodLike).status?.phase === 'Failed' && cond) seen.push(`${e.object.metadata.name}: Failed ${cond.reason} ${cond.message}`);
    });
    const deleted = c.api.delete(RESOURCE_TYPE.nodes, undefined, 'node01');
    expect(deleted.ok).toBe(true);
    c.advance(39_000);
    const during = pods(c);
    c.advance(41_000);
    const after = pods(c);
    const system = pods(c, 'kube-system');
    const text = `# running\n${before}\n# node01 deleted, 39 s later\n${during}\n# 80 s later\n${after}\n# kube-system then\n${system}\n# marked before deletion\n${seen.sort().join('\n')}\n`;
    await expect(text).toMatchFileSnapshot('__golden__/podgc-node-deleted.txt');
  });

  it('force-deletes a terminating pod that was never scheduled, and finished pods past the threshold, oldest first', () => {
    const c = Cluster.create({ seed: 5, freezeObjects: true }, testWiring((ctx) => [{ name: 'controllers', controllers: [podGcController(ctx, { terminatedThreshold: 2 })] }]));
    const pod = (name: string, extra: Partial<PodLike> = {}): KubeObject => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default', ...extra.metadata }, spec: { containers: [{ name: 'c', image: 'busybox' }] } });
    c.api.create(pod('stuck', { metadata: { name: 'stuck', finalizers: ['example.com/hold'] } }));
    c.api.delete(RESOURCE_TYPE.pods, 'default', 'stuck');
    for (const name of ['done-1', 'done-2', 'done-3', 'done-4']) {
      const res = c.api.create(pod(name));
      if (res.ok) c.api.updateStatus({ ...res.object, status: { phase: 'Succeeded' } });
      c.advance(1000);
    }
    c.runUntilQuiet();
    expect(c.store.list('pods', 'default').map((p) => `${p.metadata.name}${p.metadata.deletionTimestamp ? ' (terminating)' : ''}`)).toEqual(['done-3', 'done-4', 'stuck (terminating)']);
    expect((c.api.peek<PodLike>('pods', 'default', 'stuck') as PodLike).status?.phase).toBe('Failed');
  });

  it('force-deletes terminating pods on a not-ready node tainted out-of-service', () => {
    const c = Cluster.create({ seed: 6, freezeObjects: true }, testWiring((ctx) => [{ name: 'controllers', controllers: [podGcController(ctx)] }]));
    c.api.create({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'db', namespace: 'default' }, spec: { nodeName: 'node01', containers: [{ name: 'c', image: 'busybox' }] } });
    c.api.delete(RESOURCE_TYPE.pods, 'default', 'db');
    c.advance(60_000);
    const stuck = c.store.list('pods', 'default').map((p) => `${p.metadata.name}${p.metadata.deletionTimestamp ? ' (terminating)' : ''}`);
    const node = c.api.peek<KubeObject & { spec?: object; status?: { conditions?: { type: string; status: string }[] } }>('nodes', undefined, 'node01') as KubeObject & { spec?: object; status?: { conditions?: { type: string; status: string }[] } };
    const conditions = (node.status?.conditions ?? []).map((x) => (x.type === 'Ready' ? { ...x, status: 'False' } : x));
    const res = c.api.updateStatus({ ...node, status: { ...node.status, conditions } });
    if (res.ok) c.api.update({ ...res.object, spec: { ...(res.object['spec'] as object), taints: [{ key: 'node.kubernetes.io/out-of-service', value: 'nodeshutdown', effect: 'NoExecute' }] } });
    c.advance(20_000);
    expect({ stuck, after: c.store.list('pods', 'default').map((p) => p.metadata.name) }).toEqual({ stuck: ['db (terminating)'], after: [] });
  });

  it('deletes a pod bound to a node that never existed once the quarantine has passed', () => {
    const c = Cluster.create({ seed: 8, freezeObjects: true }, testWiring((ctx) => [{ name: 'controllers', controllers: [podGcController(ctx)] }]));
    c.api.create({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'lost', namespace: 'default' }, spec: { nodeName: 'ghost', containers: [{ name: 'c', image: 'busybox' }] } });
    c.advance(39_000);
    const during = c.store.list('pods', 'default').map((p) => p.metadata.name);
    c.runUntilQuiet();
    expect({ during, after: c.store.list('pods', 'default').map((p) => p.metadata.name) }).toEqual({ during: ['lost'], after: [] });
  });
});
