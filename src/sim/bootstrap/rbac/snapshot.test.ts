// Snapshots write boot-time RBAC objects whole; older ones named them by reference while unchanged,
// and restore to the same cluster byte for byte.

import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../api/object';
import { keyOf } from '../../api/object';
import type { ClusterSnapshot } from '../../cluster';
import { createCluster, restoreCluster } from '../../index';
import type { BootRef } from './snapshot';

const RBAC = ['clusterroles', 'clusterrolebindings', 'roles', 'rolebindings'].map((r) => `${r}.rbac.authorization.k8s.io`);

/** `snapshot` as the version before wrote it: boot-time RBAC objects as booted (all but `except`) by reference. */
function asOlderVersion(snapshot: ClusterSnapshot, except: string): ClusterSnapshot {
  const old = JSON.parse(JSON.stringify(snapshot)) as ClusterSnapshot;
  for (const resource of RBAC) {
    old.store.objects[resource] = (old.store.objects[resource] as KubeObject[]).map((o): KubeObject | BootRef => {
      const { uid, creationTimestamp, resourceVersion } = o.metadata;
      return o.metadata.name === except ? o : [keyOf(o), uid ?? '', creationTimestamp ?? '', resourceVersion ?? ''];
    });
  }
  return old;
}

describe('boot-time RBAC objects in snapshots', () => {
  it('are written whole; a snapshot naming them by reference restores to the same cluster', () => {
    const c = createCluster({ seed: 7 });
    // Relabel `view`: it is no longer what boot stored (an older version wrote it whole).
    const view = c.api.peek<KubeObject>('clusterroles.rbac.authorization.k8s.io', undefined, 'view') as KubeObject;
    expect(c.api.update({ ...view, metadata: { ...view.metadata, labels: { ...view.metadata.labels, team: 'ops' } } }).ok).toBe(true);
    const now = c.snapshot();
    for (const resource of RBAC) {
      const items = now.store.objects[resource] ?? [];
      expect(items.length).toBeGreaterThan(0);
      expect(items.some((i) => Array.isArray(i))).toBe(false);
    }
    const json = JSON.stringify(now);
    expect(JSON.stringify(restoreCluster(JSON.parse(json)).snapshot())).toBe(json);

    const old = asOlderVersion(now, 'view');
    expect(old.store.objects['clusterroles.rbac.authorization.k8s.io']?.[0]).toEqual(['admin', expect.any(String), '2026-11-14T15:00:00Z', expect.any(String)]);
    const restored = restoreCluster(JSON.parse(JSON.stringify(old)));
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
