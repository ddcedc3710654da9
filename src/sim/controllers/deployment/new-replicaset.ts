import type { LabelSelector } from 'kubernetes-types/meta/v1';
import { clone, controllerRef, ownerReferenceTo } from '../../api/object';
import { maxRevision, setNewReplicaSetAnnotations, sortedAnnotations } from './annotations';
import { getCondition, newCondition, setCondition } from './conditions';
import { hasProgressDeadline } from './fenceposts';
import { findNewReplicaSet, findOldReplicaSets, newRSNewReplicas } from './replicasets';
import type { DeploymentSync } from './sync-context';
import { nowTimestamp, saveDeployment, updateReplicaSet } from './sync-context';
import { equalIgnoreHash, podTemplateHash, replicaSetName } from './template-hash';
import type { ReplicaSetObject } from './types';
import { POD_TEMPLATE_HASH, REASON, REVISION, SOURCE } from './types';

export interface ReplicaSetsOfDeployment {
  /** The ReplicaSet running the deployment's current template, if any (yet). */
  newRS: ReplicaSetObject | undefined;
  /** Every other ReplicaSet of the deployment, oldest first. */
  oldRSs: ReplicaSetObject[];
}

/**
 * getAllReplicaSetsAndSyncRevision: splits the ReplicaSets into new and old, brings the new one's
 * revision to max(old)+1 (creating it when asked and missing), and copies that revision onto the
 * deployment. `newRS` is undefined when it does not exist and may not (or could not) be created.
 */
export function getAllReplicaSets(s: DeploymentSync, rsList: readonly ReplicaSetObject[], create: boolean): ReplicaSetsOfDeployment {
  // Earlier steps of this sync may have written some of them: work on what is stored now.
  const fresh = rsList.flatMap((rs) => {
    const now = s.ctx.api.peek<ReplicaSetObject>('replicasets.apps', rs.metadata.namespace, rs.metadata.name ?? '');
    return now && now.metadata.uid === rs.metadata.uid ? [now] : [];
  });
  const oldRSs = findOldReplicaSets(s.d, fresh);
  return { newRS: getNewReplicaSet(s, fresh, oldRSs, create), oldRSs };
}

function getNewReplicaSet(s: DeploymentSync, rsList: readonly ReplicaSetObject[], oldRSs: readonly ReplicaSetObject[], create: boolean): ReplicaSetObject | undefined {
  const existing = findNewReplicaSet(s.d, rsList);
  const newRevision = maxRevision(oldRSs) + 1;
  if (existing) return syncExisting(s, existing, newRevision);
  if (!create) return undefined;
  return createNew(s, oldRSs, newRevision);
}

function syncExisting(s: DeploymentSync, existing: ReplicaSetObject, newRevision: number): ReplicaSetObject | undefined {
  const annotations = { ...(existing.metadata.annotations ?? {}) };
  const annotationsChanged = setNewReplicaSetAnnotations(annotations, s.d, newRevision, true);
  const minReady = s.d.spec?.minReadySeconds ?? 0;
  if (annotationsChanged || (existing.spec?.minReadySeconds ?? 0) !== minReady) {
    const spec = { ...(existing.spec ?? { selector: {} }) };
    if (minReady > 0) spec.minReadySeconds = minReady;
    else delete spec.minReadySeconds;
    // Like upstream, this sync goes on with the updated ReplicaSet; the deployment's revision
    // follows on the next sync (which the ReplicaSet update triggers).
    return updateReplicaSet(s, { ...existing, metadata: { ...existing.metadata, annotations: sortedAnnotations(annotations) }, spec }) ?? existing;
  }
  let changed = setDeploymentRevision(s, existing.metadata.annotations?.[REVISION] ?? '');
  if (hasProgressDeadline(s.d) && !getCondition(s.d.status, 'Progressing')) {
    const msg = `Found new replica set "${existing.metadata.name}"`;
    setCondition((s.d.status ??= {}), newCondition('Progressing', 'True', REASON.foundNewReplicaSet, msg, nowTimestamp(s)));
    changed = true;
  }
  if (changed) saveDeployment(s);
  return existing;
}

function setDeploymentRevision(s: DeploymentSync, revision: string): boolean {
  const annotations = (s.d.metadata.annotations ??= {});
  if (annotations[REVISION] === revision) return false;
  annotations[REVISION] = revision;
  return true;
}

function createNew(s: DeploymentSync, oldRSs: readonly ReplicaSetObject[], newRevision: number): ReplicaSetObject | undefined {
  const d = s.d;
  const template = clone(d.spec?.template ?? {});
  const hash = podTemplateHash(template, d.status?.collisionCount);
  const labels = { ...(template.metadata?.labels ?? {}), [POD_TEMPLATE_HASH]: hash };
  template.metadata = { ...(template.metadata ?? {}), labels };
  const name = replicaSetName(d.metadata.name ?? '', hash);
  const rs: ReplicaSetObject = {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: { name, namespace: d.metadata.namespace, labels: { ...labels }, ownerReferences: [ownerReferenceTo(d)] },
    spec: {
      replicas: 0,
      ...(d.spec?.minReadySeconds ? { minReadySeconds: d.spec.minReadySeconds } : {}),
      selector: selectorWithHash(d.spec?.selector, hash),
      template,
    },
  };
  const replicas = newRSNewReplicas(d, [...oldRSs, rs], rs);
  if (replicas === undefined) return undefined;
  (rs.spec as { replicas?: number }).replicas = replicas;
  const annotations: Record<string, string> = {};
  setNewReplicaSetAnnotations(annotations, d, newRevision, false);
  rs.metadata.annotations = sortedAnnotations(annotations);

  let created: ReplicaSetObject | undefined;
  let alreadyExisted = false;
  const res = s.ctx.api.create<ReplicaSetObject>(rs);
  if (res.ok) created = res.object;
  else if (res.status.reason === 'AlreadyExists') {
    const found = s.ctx.api.peek<ReplicaSetObject>('replicasets.apps', d.metadata.namespace, name);
    if (found && controllerRef(found)?.uid === d.metadata.uid && equalIgnoreHash(d.spec?.template, found.spec?.template)) {
      created = found;
      alreadyExisted = true;
    } else {
      // A hash collision: count it, which changes the next hash; the status write triggers the retry.
      (s.d.status ??= {}).collisionCount = (d.status?.collisionCount ?? 0) + 1;
      saveDeployment(s);
      return undefined;
    }
  } else if (res.status.details?.causes?.some((c) => c.reason === 'NamespaceTerminating')) {
    // Every later create fails the same way; nothing worth reporting.
    return undefined;
  } else {
    const msg = `Failed to create new replica set "${name}": ${res.status.message}`;
    if (hasProgressDeadline(d)) {
      setCondition((s.d.status ??= {}), newCondition('Progressing', 'False', REASON.replicaSetCreateError, msg, nowTimestamp(s)));
      saveDeployment(s);
    }
    s.ctx.events.record(s.d, 'Warning', REASON.replicaSetCreateError, msg, SOURCE);
    return undefined;
  }

  if (!alreadyExisted && replicas > 0) {
    s.ctx.events.record(s.d, 'Normal', 'ScalingReplicaSet', `Scaled up replica set ${name} from 0 to ${replicas}`, SOURCE);
  }
  let changed = setDeploymentRevision(s, String(newRevision));
  if (!alreadyExisted && hasProgressDeadline(s.d)) {
    setCondition((s.d.status ??= {}), newCondition('Progressing', 'True', REASON.newReplicaSetCreated, `Created new replica set "${name}"`, nowTimestamp(s)));
    changed = true;
  }
  if (changed) saveDeployment(s);
  return created;
}

/** CloneSelectorAndAddLabel: the deployment's selector plus `pod-template-hash=<hash>`. */
function selectorWithHash(selector: LabelSelector | undefined, hash: string): LabelSelector {
  const out: LabelSelector = { matchLabels: { ...(selector?.matchLabels ?? {}), [POD_TEMPLATE_HASH]: hash } };
  if (selector?.matchExpressions) out.matchExpressions = clone(selector.matchExpressions);
  return out;
}
