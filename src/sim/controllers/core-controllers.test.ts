import { describe, expect, it } from 'vitest';
import { Cluster } from '../cluster';
import type { KubeObject } from '../api/object';
import { RESOURCE_TYPE } from './types';
import { endpointsController } from './endpoints';
import { garbageCollector } from './garbage-collector';
import { namespaceController } from './namespace';
import { replicaSetController } from './replicaset';
import { serviceAccountController } from './serviceaccount';
import { schedulerComponent } from '../scheduler';
import { instantKubelet, testWiring } from '../testing/test-wiring';

function cluster(): Cluster {
  return Cluster.create(
    { seed: 7, freezeObjects: true },
    testWiring((ctx) => [
      {
        name: 'controllers',
        controllers: [namespaceController(ctx), serviceAccountController(ctx), garbageCollector(ctx), replicaSetController(ctx), endpointsController(ctx)],
      },
      schedulerComponent(ctx),
      instantKubelet(ctx),
    ]),
  );
}

const rs = (replicas: number): KubeObject => ({
  apiVersion: 'apps/v1',
  kind: 'ReplicaSet',
  metadata: { name: 'web', namespace: 'default' },
  spec: {
    replicas,
    selector: { matchLabels: { app: 'web' } },
    template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] } },
  },
});

const podNames = (c: Cluster, ns = 'default') => c.store.list('pods', ns).filter((p) => !p.metadata.deletionTimestamp).map((p) => p.metadata.name);

describe('core controllers', () => {
  it('a ReplicaSet keeps its pods, spread over the workers, and replaces a deleted one with a new name', () => {
    const c = cluster();
    expect(c.api.create(rs(3)).ok).toBe(true);
    c.runUntilQuiet();
    const before = podNames(c);
    expect(before).toHaveLength(3);
    const nodes = c.store.list('pods', 'default').map((p) => (p['spec'] as { nodeName: string }).nodeName);
    expect(new Set(nodes)).toEqual(new Set(['node01', 'node02']));
    const status = c.api.peek<KubeObject>('replicasets.apps', 'default', 'web')?.['status'];
    expect(status).toEqual({ replicas: 3, fullyLabeledReplicas: 3, readyReplicas: 3, availableReplicas: 3, observedGeneration: 1 });

    const victim = before[0] as string;
    c.api.delete(RESOURCE_TYPE.pods, 'default', victim);
    c.runUntilQuiet();
    const after = podNames(c);
    expect(after).toHaveLength(3);
    expect(after).not.toContain(victim);
  });

  it('keeps a pod that fits nowhere Pending with the scheduler\'s message', () => {
    const c = cluster();
    c.api.create({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'huge', namespace: 'default' },
      spec: { containers: [{ name: 'c', image: 'nginx', resources: { requests: { cpu: '100' } } }] },
    });
    c.runUntilQuiet();
    const pod = c.api.peek<KubeObject>('pods', 'default', 'huge');
    const cond = (pod?.['status'] as { conditions: { type: string; message: string; reason: string }[] }).conditions.find((x) => x.type === 'PodScheduled');
    expect(cond?.reason).toBe('Unschedulable');
    expect(cond?.message).toBe(
      '0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient cpu. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.',
    );
  });

  it('deleting a ReplicaSet deletes its pods (background), or leaves them with orphan', () => {
    const c = cluster();
    c.api.create(rs(2));
    c.runUntilQuiet();
    c.api.delete(RESOURCE_TYPE.replicasets, 'default', 'web', { propagationPolicy: 'Orphan' });
    c.runUntilQuiet();
    expect(c.api.peek('replicasets.apps', 'default', 'web')).toBeUndefined();
    const orphans = c.store.list('pods', 'default');
    expect(orphans).toHaveLength(2);
    expect(orphans.every((p) => p.metadata.ownerReferences === undefined)).toBe(true);

    c.api.create(rs(2));
    c.runUntilQuiet();
    // The new ReplicaSet keeps the two orphans' count in mind only through its own pods.
    c.api.delete(RESOURCE_TYPE.replicasets, 'default', 'web');
    c.runUntilQuiet();
    expect(c.store.list('pods', 'default').filter((p) => p.metadata.ownerReferences)).toHaveLength(0);
  });

  it('foreground deletion removes the dependents before the owner', () => {
    const c = cluster();
    c.api.create(rs(2));
    c.runUntilQuiet();
    c.api.delete(RESOURCE_TYPE.replicasets, 'default', 'web', { propagationPolicy: 'Foreground' });
    c.settle();
    const owner = c.api.peek<KubeObject>('replicasets.apps', 'default', 'web');
    expect(owner?.metadata.finalizers).toEqual(['foregroundDeletion']);
    c.runUntilQuiet();
    expect(c.api.peek('replicasets.apps', 'default', 'web')).toBeUndefined();
    expect(c.store.list('pods', 'default')).toHaveLength(0);
  });

  it('deleting a namespace deletes its contents, then the namespace', () => {
    const c = cluster();
    c.api.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop' } });
    c.settle();
    expect(c.api.peek('serviceaccounts', 'shop', 'default')).toBeDefined();
    c.api.create({ ...rs(2), metadata: { name: 'web', namespace: 'shop' } });
    c.api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cfg', namespace: 'shop' }, data: { a: '1' } });
    c.runUntilQuiet();
    c.api.delete(RESOURCE_TYPE.namespaces, undefined, 'shop');
    c.settle();
    expect((c.api.peek<KubeObject>('namespaces', undefined, 'shop')?.['status'] as { phase: string }).phase).toBe('Terminating');
    const refused = c.api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'late', namespace: 'shop' } });
    expect(refused.ok ? '' : refused.status.message).toBe('configmaps "late" is forbidden: unable to create new content in namespace shop because it is being terminated');
    c.runUntilQuiet();
    expect(c.api.peek('namespaces', undefined, 'shop')).toBeUndefined();
    for (const r of ['pods', 'configmaps', 'replicasets.apps', 'serviceaccounts']) expect(c.store.list(r, 'shop')).toHaveLength(0);
  });

  it('a Service gets Endpoints and an EndpointSlice for its ready pods', () => {
    const c = cluster();
    c.api.create(rs(2));
    c.api.create({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'web', namespace: 'default' }, spec: { selector: { app: 'web' }, ports: [{ port: 80 }] } });
    c.runUntilQuiet();
    const ep = c.api.peek<KubeObject>('endpoints', 'default', 'web');
    const addrs = (ep?.['subsets'] as { addresses: { ip: string }[] }[])[0]?.addresses ?? [];
    expect(addrs).toHaveLength(2);
    const slices = c.store.list('endpointslices.discovery.k8s.io', 'default').filter((s) => s.metadata.labels?.['kubernetes.io/service-name'] === 'web');
    expect(slices).toHaveLength(1);
    expect(slices[0]?.metadata.name).toMatch(/^web-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
  });
});
