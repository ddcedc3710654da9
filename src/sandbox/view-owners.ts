/**
 * Who owns a pod, for the cluster picture: the chain of controllers above it (Deployment →
 * ReplicaSet, CronJob → Job, StatefulSet, DaemonSet...) and whether it belongs to the revision
 * its controller is replacing — what tells old pods from new ones during a rollout.
 */
import type { Pod } from 'kubernetes-types/core/v1';
import type { OwnerReference } from 'kubernetes-types/meta/v1';
import type { Cluster, KubeObject } from '../sim';
import { resourceKey } from '../sim';
import type { OwnerView } from './view';

const REVISION = 'deployment.kubernetes.io/revision';
const REVISION_HASH = 'controller-revision-hash';
/** Ownership chains are short (CronJob → Job → Pod); a cycle must not hang the picture. */
const MAX_DEPTH = 5;

/** The newest revision of each controller that rolls pods: `ns/Kind/name` → revision or hash. */
export interface OwnerIndex {
  /** Deployments: the highest `deployment.kubernetes.io/revision` among their ReplicaSets. */
  deploymentRevision: Map<string, number>;
  /** DaemonSets: the newest ControllerRevision's hash; StatefulSets: `status.updateRevision`. */
  currentHash: Map<string, string>;
}

const controllerOf = (obj: { metadata?: { ownerReferences?: readonly OwnerReference[] } }): OwnerReference | undefined =>
  obj.metadata?.ownerReferences?.find((r) => r.controller === true);

const ownerKey = (namespace: string | undefined, kind: string, name: string): string => `${namespace ?? ''}/${kind}/${name}`;

export function ownerIndex(cluster: Cluster): OwnerIndex {
  const deploymentRevision = new Map<string, number>();
  for (const rs of cluster.store.list('replicasets.apps')) {
    const ref = controllerOf(rs);
    if (ref?.kind !== 'Deployment') continue;
    const key = ownerKey(rs.metadata.namespace, 'Deployment', ref.name);
    const revision = Number(rs.metadata.annotations?.[REVISION] ?? 0);
    if (revision > (deploymentRevision.get(key) ?? 0)) deploymentRevision.set(key, revision);
  }
  const currentHash = new Map<string, string>();
  const newestDaemonSetRevision = new Map<string, number>();
  for (const cr of cluster.store.list('controllerrevisions.apps')) {
    const ref = controllerOf(cr);
    if (ref?.kind !== 'DaemonSet') continue;
    const key = ownerKey(cr.metadata.namespace, 'DaemonSet', ref.name);
    const revision = Number(cr['revision'] ?? 0);
    if (revision < (newestDaemonSetRevision.get(key) ?? -1)) continue;
    newestDaemonSetRevision.set(key, revision);
    currentHash.set(key, cr.metadata.labels?.[REVISION_HASH] ?? '');
  }
  for (const sts of cluster.store.list('statefulsets.apps')) {
    const update = (sts['status'] as { updateRevision?: string } | undefined)?.updateRevision;
    if (update) currentHash.set(ownerKey(sts.metadata.namespace, 'StatefulSet', sts.metadata.name ?? ''), update);
  }
  return { deploymentRevision, currentHash };
}

/** Chains already worked out in one view, by owner reference: a ReplicaSet's pods share one. */
export type OwnerMemo = Map<string, OwnerView[]>;

/** The controllers above `pod`, outermost first. An owner that is gone still shows as its reference says. */
export function ownersOf(cluster: Cluster, pod: Pod, memo: OwnerMemo = new Map()): OwnerView[] {
  const ref = controllerOf(pod);
  return ref ? chainFrom(cluster, pod.metadata?.namespace, ref, memo, MAX_DEPTH) : [];
}

function chainFrom(cluster: Cluster, namespace: string | undefined, ref: OwnerReference, memo: OwnerMemo, depth: number): OwnerView[] {
  const key = `${namespace ?? ''}/${ref.kind}/${ref.name}/${ref.uid}`;
  const known = memo.get(key);
  if (known) return known;
  const type = cluster.api.typeOf(ref);
  const found = type ? cluster.api.peek<KubeObject>(resourceKey(type), type.namespaced ? namespace : undefined, ref.name) : undefined;
  // An object of that name with another uid is a namesake, not the owner.
  const owner = found?.metadata.uid === ref.uid ? found : undefined;
  const revision = ref.kind === 'ReplicaSet' ? (owner?.metadata.annotations?.[REVISION] ?? null) : null;
  const above = owner && depth > 1 ? controllerOf(owner) : undefined;
  const chain = [...(above ? chainFrom(cluster, namespace, above, memo, depth - 1) : []), { kind: ref.kind, name: ref.name, revision }];
  memo.set(key, chain);
  return chain;
}

/** Does the pod belong to a revision its controller is replacing? */
export function isOutdated(pod: Pod, chain: readonly OwnerView[], index: OwnerIndex): boolean {
  const namespace = pod.metadata?.namespace;
  const direct = chain[chain.length - 1];
  const parent = chain[chain.length - 2];
  if (!direct) return false;
  if (direct.kind === 'ReplicaSet' && parent?.kind === 'Deployment') {
    const newest = index.deploymentRevision.get(ownerKey(namespace, 'Deployment', parent.name));
    return newest !== undefined && direct.revision !== null && Number(direct.revision) < newest;
  }
  if (direct.kind === 'DaemonSet' || direct.kind === 'StatefulSet') {
    const current = index.currentHash.get(ownerKey(namespace, direct.kind, direct.name));
    const hash = pod.metadata?.labels?.[REVISION_HASH];
    return current !== undefined && hash !== undefined && hash !== current;
  }
  return false;
}
