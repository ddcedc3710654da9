// The browser's worker has the boot code only once it asked for it (boot-source.lazy.ts). Here it is
// held back after the cluster is booted: a current snapshot restores without it, and exactly the
// older ones that need it say so beforehand (`restoreNeedsBoot`).
import { describe, expect, it, vi } from 'vitest';
import type { KubeObject } from '../api/object';
import type { ClusterSnapshot } from '../cluster';
import { createCluster, restoreCluster } from '../index';
import { restoreNeedsBoot } from './restore-needs';

const held = vi.hoisted(() => ({ here: true }));

vi.mock('./boot-source', async (actual) => {
  const real = await actual<typeof import('./boot-source')>();
  return {
    loadBootPart: real.loadBootPart,
    loadedBootPart: () => (held.here ? real.loadedBootPart() : undefined),
    bootPart: () => {
      if (!held.here) throw new Error('the boot code is not loaded yet');
      return real.bootPart();
    },
  };
});

const CLUSTER_ROLES = 'clusterroles.rbac.authorization.k8s.io';

describe('restoring without the boot code', () => {
  it('restores a current snapshot; an older one needs the boot code and says so', () => {
    held.here = true;
    const booted = createCluster({ seed: 3 });
    const json = JSON.stringify(booted.snapshot());
    held.here = false;

    const current = JSON.parse(json) as ClusterSnapshot;
    expect(restoreNeedsBoot(current)).toBe(false);
    expect(JSON.stringify(restoreCluster(current).snapshot())).toBe(json);

    // Boot-time objects by reference (snapshot.ts), as the version before wrote them.
    const byReference = JSON.parse(json) as ClusterSnapshot;
    const admin = byReference.store.objects[CLUSTER_ROLES]?.[0] as KubeObject;
    byReference.store.objects[CLUSTER_ROLES]?.splice(0, 1, ['admin', admin.metadata.uid ?? '', admin.metadata.creationTimestamp ?? '', admin.metadata.resourceVersion ?? '']);
    expect(restoreNeedsBoot(byReference)).toBe(true);
    expect(() => restoreCluster(JSON.parse(JSON.stringify(byReference)) as ClusterSnapshot)).toThrow('the boot code is not loaded yet');

    // Saved before the RBAC policy was stored.
    const withoutPolicy = JSON.parse(json) as ClusterSnapshot;
    delete withoutPolicy.store.objects[CLUSTER_ROLES];
    expect(restoreNeedsBoot(withoutPolicy)).toBe(true);
    expect(() => restoreCluster(withoutPolicy)).toThrow('the boot code is not loaded yet');

    held.here = true;
    expect(JSON.stringify(restoreCluster(JSON.parse(JSON.stringify(byReference)) as ClusterSnapshot).snapshot())).toBe(json);
  });
});
