import { describe, expect, it } from 'vitest';
import { Cluster } from '../../cluster';
import { namespaceController } from '../../controllers/namespace';
import { replicaSetController } from '../../controllers/replicaset';
import { resourceQuotaController } from '../../controllers/resourcequota';
import { serviceAccountController } from '../../controllers/serviceaccount';
import { testWiring } from '../../testing/test-wiring';
import type { KubeObject } from '../object';

function cluster(): Cluster {
  return Cluster.create(
    { seed: 3 },
    testWiring((ctx) => [{ name: 'c', controllers: [namespaceController(ctx), serviceAccountController(ctx), replicaSetController(ctx), resourceQuotaController(ctx)] }]),
  );
}

const pod = (name: string, resources?: object): KubeObject => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace: 'default' },
  spec: { containers: [{ name: 'app', image: 'nginx', ...(resources ? { resources } : {}) }] },
});

describe('ResourceQuota', () => {
  it('refuses what would exceed the quota, with the numbers, and reports usage in status', () => {
    const c = cluster();
    c.api.create({ apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name: 'compute', namespace: 'default' }, spec: { hard: { pods: '2', 'requests.cpu': '1' } } });
    const messages: string[] = [];
    for (const [name, cpu] of [['a', '500m'], ['b', '600m'], ['c', '200m'], ['d', '100m']] as const) {
      const res = c.api.create(pod(name, { requests: { cpu } }));
      messages.push(res.ok ? `${name} created` : res.status.message);
    }
    const noRequests = c.api.create(pod('e'));
    messages.push(noRequests.ok ? 'e created' : noRequests.status.message);
    c.settle();
    expect(messages.join('\n')).toBe(
      [
        'a created',
        'pods "b" is forbidden: exceeded quota: compute, requested: requests.cpu=600m, used: requests.cpu=500m, limited: requests.cpu=1',
        'c created',
        'pods "d" is forbidden: exceeded quota: compute, requested: pods=1, used: pods=2, limited: pods=2',
        'pods "e" is forbidden: failed quota: compute: must specify requests.cpu for: app',
      ].join('\n'),
    );
    expect(c.api.peek<KubeObject>('resourcequotas', 'default', 'compute')?.['status']).toEqual({ hard: { pods: '2', 'requests.cpu': '1' }, used: { pods: '2', 'requests.cpu': '700m' } });
  });

  it('stops a ReplicaSet at the quota with a FailedCreate event naming the generated prefix', () => {
    const c = cluster();
    c.api.create({ apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name: 'few', namespace: 'default' }, spec: { hard: { pods: '2' } } });
    c.api.create({
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: { name: 'web', namespace: 'default' },
      spec: { replicas: 10000000, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } } },
    });
    c.settle();
    expect(c.store.list('pods', 'default')).toHaveLength(2);
    const failed = c.store.list('events', 'default').find((e) => e['reason'] === 'FailedCreate');
    expect(failed?.['message']).toBe('Error creating: pods "web-" is forbidden: exceeded quota: few, requested: pods=1, used: pods=2, limited: pods=2');
  });
});

describe('cluster capacity', () => {
  it('accepts an absurd replica count and stops at the documented pod capacity', () => {
    const c = Cluster.create(
      { seed: 4, podCapacity: 60 },
      testWiring((ctx) => [{ name: 'c', controllers: [namespaceController(ctx), serviceAccountController(ctx), replicaSetController(ctx)] }]),
    );
    const res = c.api.create({
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: { name: 'huge', namespace: 'default' },
      spec: { replicas: 10000000, selector: { matchLabels: { app: 'huge' } }, template: { metadata: { labels: { app: 'huge' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } } },
    });
    expect(res.ok).toBe(true);
    c.settle();
    expect(c.store.count('pods')).toBe(60);
    const failed = c.store.list('events', 'default').find((e) => e['reason'] === 'FailedCreate');
    expect(failed?.['message']).toBe(`Error creating: pods "huge-" is forbidden: exceeded quota: kubedojo-cluster-capacity, requested: pods=1, used: pods=60, limited: pods=60`);
  });
});
