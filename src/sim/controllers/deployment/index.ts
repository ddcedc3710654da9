import { labelSelectorFromObject, matchesLabels } from '../../api/labels';
import type { KubeObject } from '../../api/object';
import { controllerRef, keyOf, splitKey } from '../../api/object';
import type { SimContext } from '../../context';
import { ensureCommonIndexes } from '../../store/indexes';
import type { WatchEvent } from '../../store/store';
import type { Controller } from '../controller';
import { claimReplicaSets } from './claim';
import { getAllReplicaSets } from './new-replicaset';
import { rolloutRecreate } from './recreate';
import { rolloutRolling } from './rolling';
import { checkPausedConditions, isScalingEvent, syncScaling } from './scale';
import { syncDeploymentStatus } from './status';
import { newSync, saveDeployment } from './sync-context';
import type { DeploymentObject, ReplicaSetObject } from './types';
import { DEPLOYMENT_CONTROLLER, SOURCE } from './types';

export { DEPLOYMENT_CONTROLLER, DESIRED_REPLICAS, MAX_REPLICAS, POD_TEMPLATE_HASH, REVISION, REVISION_HISTORY } from './types';
export { equalIgnoreHash, podTemplateHash } from './template-hash';

/**
 * The Deployment controller (kube-controller-manager's `deployment-controller`): owns one
 * ReplicaSet per pod template and moves pods from the old ones to the new one — RollingUpdate
 * within maxSurge/maxUnavailable or Recreate — keeping revisions, conditions and status as the real
 * one does. Deleting a Deployment's ReplicaSets is the garbage collector's job.
 */
export function deploymentController(ctx: SimContext): Controller {
  ensureCommonIndexes(ctx.store);
  return {
    name: DEPLOYMENT_CONTROLLER,
    watches: {
      'deployments.apps': (e) => keyOf(e.object),
      'replicasets.apps': (e) => deploymentsOfReplicaSet(ctx, e),
      pods: (e) => (e.type === 'DELETED' ? recreateDeploymentOfPod(ctx, e.object) : undefined),
    },
    reconcile(key) {
      const { namespace, name } = splitKey(key);
      const d = ctx.api.peek<DeploymentObject>('deployments.apps', namespace, name);
      if (d) syncDeployment(ctx, d);
    },
  };
}

function syncDeployment(ctx: SimContext, deployment: DeploymentObject): void {
  const s = newSync(ctx, deployment);
  const d = s.d;
  const sel = d.spec?.selector;
  if (sel && Object.keys(sel.matchLabels ?? {}).length === 0 && (sel.matchExpressions ?? []).length === 0) {
    ctx.events.record(d, 'Warning', 'SelectingAll', 'This deployment is selecting all pods. A non-empty selector is required.', SOURCE);
    if ((d.status?.observedGeneration ?? 0) < (d.metadata.generation ?? 0)) {
      (s.d.status ??= {}).observedGeneration = d.metadata.generation ?? 0;
      saveDeployment(s);
    }
    return;
  }
  const selector = labelSelectorFromObject(sel);
  if (!selector.ok) return;
  const rsList = claimReplicaSets(s, selector.selector);
  if (d.metadata.deletionTimestamp) {
    const { newRS, oldRSs } = getAllReplicaSets(s, rsList, false);
    syncDeploymentStatus(s, [...oldRSs, newRS], newRS);
    return;
  }
  checkPausedConditions(s);
  if (s.d.spec?.paused || isScalingEvent(s, rsList)) {
    syncScaling(s, rsList);
    return;
  }
  if (s.d.spec?.strategy?.type === 'Recreate') rolloutRecreate(s, rsList);
  else if (s.d.spec?.strategy?.type === 'RollingUpdate') rolloutRolling(s, rsList);
}

/** The deployment a ReplicaSet belongs to, or — for an orphan — those that might adopt it. */
function deploymentsOfReplicaSet(ctx: SimContext, e: WatchEvent): string[] | undefined {
  const rs = e.object as ReplicaSetObject;
  const ns = rs.metadata.namespace ?? 'default';
  const keys: string[] = [];
  const ref = controllerRef(rs);
  const oldRef = e.old ? controllerRef(e.old) : undefined;
  if (oldRef && oldRef.uid !== ref?.uid && oldRef.kind === 'Deployment') keys.push(`${ns}/${oldRef.name}`);
  if (ref) {
    if (ref.kind === 'Deployment') keys.push(`${ns}/${ref.name}`);
    return keys;
  }
  // An orphan matters to adopters when it appears or its labels/owner change, not on status updates.
  const relabelled = e.old !== undefined && (JSON.stringify(e.old.metadata.labels) !== JSON.stringify(rs.metadata.labels) || oldRef !== undefined);
  if (e.type === 'DELETED' || (e.type === 'MODIFIED' && !relabelled) || !rs.metadata.labels) return keys;
  for (const d of ctx.store.list('deployments.apps', ns) as DeploymentObject[]) {
    const sel = labelSelectorFromObject(d.spec?.selector);
    if (sel.ok && sel.selector !== null && sel.selector.length > 0 && matchesLabels(sel.selector, rs.metadata.labels)) keys.push(keyOf(d));
  }
  return keys;
}

/** A Recreate rollout waits for old pods to disappear, so their final deletion wakes it up. */
function recreateDeploymentOfPod(ctx: SimContext, pod: KubeObject): string | undefined {
  const podRef = controllerRef(pod);
  if (podRef?.kind !== 'ReplicaSet') return undefined;
  const ns = pod.metadata.namespace;
  const rs = ctx.api.peek<ReplicaSetObject>('replicasets.apps', ns, podRef.name);
  const rsRef = rs && rs.metadata.uid === podRef.uid ? controllerRef(rs) : undefined;
  if (rsRef?.kind !== 'Deployment') return undefined;
  const d = ctx.api.peek<DeploymentObject>('deployments.apps', ns, rsRef.name);
  return d?.spec?.strategy?.type === 'Recreate' ? keyOf(d) : undefined;
}
