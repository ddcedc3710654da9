import type { Pod } from 'kubernetes-types/core/v1';
import { controllerRef, ownerReferenceTo } from '../../api/object';
import type { ParsedLabelSelector } from '../../api/labels';
import { matchesLabels } from '../../api/labels';
import { POD_BY_CONTROLLER } from '../../store/indexes';
import { byCreation } from './replicasets';
import type { DeploymentSync } from './sync-context';
import { updateReplicaSet } from './sync-context';
import type { ReplicaSetObject } from './types';

/**
 * getReplicaSetsForDeployment with the ControllerRefManager rules: keep our ReplicaSets that still
 * match the selector, release ours that no longer do, adopt matching orphans. A deployment being
 * deleted neither adopts nor releases. The result is sorted oldest first.
 */
export function claimReplicaSets(s: DeploymentSync, selector: ParsedLabelSelector): ReplicaSetObject[] {
  const d = s.d;
  const deleting = d.metadata.deletionTimestamp !== undefined;
  const claimed: ReplicaSetObject[] = [];
  for (const rs of s.ctx.store.list('replicasets.apps', d.metadata.namespace) as ReplicaSetObject[]) {
    const ref = controllerRef(rs);
    const matches = matchesLabels(selector, rs.metadata.labels);
    if (ref) {
      if (ref.uid !== d.metadata.uid) continue;
      if (matches) claimed.push(rs);
      else if (!deleting) release(s, rs);
      continue;
    }
    if (deleting || !matches || rs.metadata.deletionTimestamp) continue;
    const adopted = adopt(s, rs);
    if (adopted) claimed.push(adopted);
  }
  return claimed.sort(byCreation);
}

function adopt(s: DeploymentSync, rs: ReplicaSetObject): ReplicaSetObject | undefined {
  const owners = [...(rs.metadata.ownerReferences ?? []), ownerReferenceTo(s.d)];
  return updateReplicaSet(s, { ...rs, metadata: { ...rs.metadata, ownerReferences: owners } });
}

function release(s: DeploymentSync, rs: ReplicaSetObject): void {
  const owners = (rs.metadata.ownerReferences ?? []).filter((r) => r.uid !== s.d.metadata.uid);
  const metadata = { ...rs.metadata, ownerReferences: owners };
  if (owners.length === 0) delete (metadata as { ownerReferences?: unknown }).ownerReferences;
  updateReplicaSet(s, { ...rs, metadata });
}

/** The pods each ReplicaSet controls, terminating ones included (Recreate waits for those too). */
export function podsOf(s: DeploymentSync, rs: ReplicaSetObject): Pod[] {
  return s.ctx.store.byIndex('pods', POD_BY_CONTROLLER, rs.metadata.uid ?? '') as unknown as Pod[];
}
