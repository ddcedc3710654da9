// Where a workload's rollout history lives, read the way kubectl's history and rollback helpers
// read it: a Deployment's revisions are its ReplicaSets (numbered by their revision annotation), a
// DaemonSet's and a StatefulSet's are the ControllerRevisions it controls.

import type { PodTemplateSpec } from 'kubernetes-types/core/v1';
import { labelSelectorFromObject, matchesLabels } from '../../../sim/api/labels';
import type { KubeObject } from '../../../sim/api/object';
import { controllerRef } from '../../../sim/api/object';
import { RESOURCE_TYPES } from '../../../sim/api/registry';
import type { Cluster } from '../../../sim/cluster';
import { equalIgnoreHash } from '../../../sim/controllers/deployment';
import { templateOfRevision, type ControllerRevisionObject } from '../../../sim/controllers/revisions';
import { parseRevision } from './status-viewers';

export const REVISION_ANNOTATION = 'deployment.kubernetes.io/revision';
export const CHANGE_CAUSE_ANNOTATION = 'kubernetes.io/change-cause';

const typeOf = (group: string, plural: string) => RESOURCE_TYPES.find((t) => t.group === group && t.plural === plural);

/** An object's pod template (spec.template). */
export function templateOf(obj: KubeObject): PodTemplateSpec | undefined {
  return (obj['spec'] as { template?: PodTemplateSpec } | undefined)?.template;
}

/** deploymentutil.Revision: 0 without the annotation, undefined when it does not parse. */
export function revisionOf(obj: KubeObject): number | undefined {
  const raw = obj.metadata.annotations?.[REVISION_ANNOTATION];
  if (raw === undefined) return 0;
  const n = parseRevision(raw);
  return typeof n === 'number' ? n : undefined;
}

/** Objects of `plural` in the owner's namespace that its selector matches and it controls. */
function controlledBy(cluster: Cluster, owner: KubeObject, group: string, plural: string): KubeObject[] {
  const type = typeOf(group, plural);
  const selector = labelSelectorFromObject((owner['spec'] as { selector?: never } | undefined)?.selector);
  if (!type || !selector.ok) return [];
  const listed = cluster.api.list(type, { namespace: owner.metadata.namespace ?? 'default' });
  if (!listed.ok) return [];
  return listed.object.filter((o) => matchesLabels(selector.selector, o.metadata.labels) && controllerRef(o)?.uid === owner.metadata.uid);
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byCreation = (a: KubeObject, b: KubeObject): number =>
  compare(String(a.metadata.creationTimestamp ?? ''), String(b.metadata.creationTimestamp ?? '')) || compare(a.metadata.name ?? '', b.metadata.name ?? '');

/**
 * getDeploymentReplicaSets: the Deployment's ReplicaSets, oldest first, with the one running its
 * current template (FindNewReplicaSet: the oldest such) moved to the end.
 */
export function deploymentReplicaSets(cluster: Cluster, deployment: KubeObject): KubeObject[] {
  const all = controlledBy(cluster, deployment, 'apps', 'replicasets').sort(byCreation);
  const current = all.find((rs) => equalIgnoreHash(templateOf(rs), templateOf(deployment)));
  return current ? [...all.filter((rs) => rs !== current), current] : all;
}

/** Revision number → ReplicaSet (a later ReplicaSet with the same number wins, as in kubectl's map). */
export function deploymentHistory(cluster: Cluster, deployment: KubeObject): Map<number, KubeObject> {
  const out = new Map<number, KubeObject>();
  for (const rs of deploymentReplicaSets(cluster, deployment)) {
    const v = revisionOf(rs);
    if (v !== undefined) out.set(v, rs);
  }
  return out;
}

/** controlledHistory: the ControllerRevisions a DaemonSet or StatefulSet controls. */
export function controllerRevisions(cluster: Cluster, owner: KubeObject): ControllerRevisionObject[] {
  return controlledBy(cluster, owner, 'apps', 'controllerrevisions') as ControllerRevisionObject[];
}

/** applyDaemonSetHistory / applyStatefulSetHistory: the owner with the revision's template. */
export function applyRevision(owner: KubeObject, cr: ControllerRevisionObject): KubeObject {
  return { ...owner, spec: { ...((owner['spec'] as object | undefined) ?? {}), template: templateOfRevision(cr) } };
}

/** The revision a rollback goes to: `toRevision`, or the newest but one when 0 (findHistory). */
export function findControllerRevision(toRevision: number, history: readonly ControllerRevisionObject[]): ControllerRevisionObject | undefined {
  if (toRevision === 0) {
    if (history.length <= 1) return undefined;
    const sorted = [...history].sort((a, b) => a.revision - b.revision);
    return sorted[sorted.length - 2];
  }
  return history.find((h) => h.revision === toRevision);
}
