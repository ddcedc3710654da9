// Snapshots write boot-time RBAC objects as references, whole once changed, and restore both
// byte for byte.

import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../api/object';
import { createCluster, restoreCluster } from '../../index';

const RBAC = ['clusterroles', 'clusterrolebindings', 'roles', 'rolebindings'].map((r) => `${r}.rbac.authorization.k8s.io`);

describe('boot-time RBAC objects in snapshots', () => {
  it('are references while unchanged, whole once changed, and restore identically', () => {
    const c = createCluster({ seed: 7 });
    const before = c.snapshot();
    for (const resource of RBAC) {
      const items = before.store.objects[resource] ?? [];
      expect(items.length).toBeGreaterThan(0);
      expect(items.every((i) => Array.isArray(i))).toBe(true);
    }
    expect(before.store.objects['clusterroles.rbac.authorization.k8s.io']?.[0]).toEqual(['admin', expect.any(String), '2026-11-14T15:00:00Z', expect.any(String)]);

    // Relabel `view`: it is no longer what boot stored.
    const view = c.api.peek<KubeObject>('clusterroles.rbac.authorization.k8s.io', undefined, 'view') as KubeObject;
    expect(c.api.update({ ...view, metadata: { ...view.metadata, labels: { ...view.metadata.labels, team: 'ops' } } }).ok).toBe(true);
    const after = c.snapshot();
    const whole = (after.store.objects['clusterroles.rbac.authorization.k8s.io'] ?? []).filter((i) => !Array.isArray(i));
    expect(whole.map((o) => (o as KubeObject).metadata.name)).toEqual(['view']);

    const json = JSON.stringify(after);
    const restored = restoreCluster(JSON.parse(json));
    expect(JSON.stringify(restored.snapshot())).toBe(json);
    for (const resource of RBAC) expect(restored.store.list(resource)).toEqual(c.store.list(resource));
  });

  it('a cluster saved before they existed gets them on restore, with the uids a fresh boot gives', () => {
    const fresh = createCluster({ seed: 7 });
    const old = fresh.snapshot();
    for (const resource of RBAC) delete old.store.objects[resource];
    const upgraded = restoreCluster(JSON.parse(JSON.stringify(old)));
    upgraded.advance(1000);
    for (const resource of RBAC) {
      const names = (list: KubeObject[]) => list.map((o) => `${o.metadata.namespace ?? ''}/${o.metadata.name}/${o.metadata.uid}`);
      expect(names(upgraded.store.list(resource))).toEqual(names(fresh.store.list(resource)));
    }
    const admin = upgraded.api.peek<KubeObject & { rules?: unknown[] }>('clusterroles.rbac.authorization.k8s.io', undefined, 'admin');
    expect(admin?.rules).toEqual(fresh.api.peek<KubeObject & { rules?: unknown[] }>('clusterroles.rbac.authorization.k8s.io', undefined, 'admin')?.rules);
    // Restoring it again changes nothing more.
    const json = JSON.stringify(upgraded.snapshot());
    expect(JSON.stringify(restoreCluster(JSON.parse(json)).snapshot())).toBe(json);
  });
});
