// Whether restoring a snapshot runs boot code (the boot part, boot-source.ts), told from the snapshot
// before it is restored: the browser's worker then loads that part first. Snapshots this version
// writes need none of it; only older ones do.
import type { ClusterSnapshot } from '../cluster';

/**
 * Whether a cluster was saved before the simulator stored the RBAC bootstrap policy: it was booted
 * (it has nodes) and has no ClusterRole. Its restore creates the policy (`upgradeDefaultCluster`).
 */
export function lacksRbacPolicy(count: (resource: string) => number): boolean {
  return count('nodes') > 0 && count('clusterroles.rbac.authorization.k8s.io') === 0;
}

/**
 * Whether restoring `snapshot` with the default wiring needs the boot part: older snapshots only,
 * those naming boot-time RBAC objects by reference (rbac/snapshot.ts) or without the RBAC policy.
 */
export function restoreNeedsBoot(snapshot: ClusterSnapshot): boolean {
  const { objects } = snapshot.store;
  const byReference = Object.values(objects).some((items) => items.some((item) => Array.isArray(item)));
  return byReference || lacksRbacPolicy((resource) => objects[resource]?.length ?? 0);
}
