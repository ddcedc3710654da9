// Test support for the rollout and wait captures: the fake API server of the captures kept state
// that the shared golden cluster (src/kubectl/testing) does not have — the nginx ReplicaSet's
// revision and owner, the history of three revisions, and statuses it wrote from a script. These
// helpers build that state on a goldenCluster() through status writes and updates (and, where the
// capture prints an object verbatim, by storing the object as the fake server kept it).

import type { KubeObject } from '../../../sim/api/object';
import { clone, ownerReferenceTo } from '../../../sim/api/object';
import type { Cluster } from '../../../sim/cluster';

const NS = 'default';

function get(cluster: Cluster, resource: string, name: string, ns = NS): KubeObject {
  const obj = cluster.api.peek<KubeObject>(resource, ns, name);
  if (!obj) throw new Error(`fixture: no ${resource} ${ns}/${name}`);
  return obj;
}

function must<T>(res: { ok: true; object: T } | { ok: false; status: { message: string } }): T {
  if (!res.ok) throw new Error(`fixture: ${res.status.message}`);
  return res.object;
}

/** Merges `status` into the stored object's status (a status write). */
export function writeStatus(cluster: Cluster, resource: string, name: string, status: Record<string, unknown>, ns = NS): void {
  const obj = get(cluster, resource, name, ns);
  must(cluster.api.updateStatus({ ...obj, status: { ...((obj['status'] as object | undefined) ?? {}), ...status } }));
}

/** Replaces the stored status outright. */
export function replaceStatus(cluster: Cluster, resource: string, name: string, status: Record<string, unknown>, ns = NS): void {
  const obj = get(cluster, resource, name, ns);
  must(cluster.api.updateStatus({ ...obj, status }));
}

/** Marks the spec as seen by its controller (status.observedGeneration = generation). */
export function observed(cluster: Cluster, resource: string, name: string, ns = NS): void {
  writeStatus(cluster, resource, name, { observedGeneration: get(cluster, resource, name, ns).metadata.generation ?? 1 }, ns);
}

const PORTS = [{ containerPort: 80, protocol: 'TCP' }];

/** nginx's pod template at revision 1, as `rollout history --revision=1` shows it. */
function revision1Template(hash?: string): Record<string, unknown> {
  return {
    metadata: { labels: { app: 'nginx', ...(hash ? { 'pod-template-hash': hash } : {}) } },
    spec: { containers: [{ name: 'nginx', image: 'nginx:1.27', ports: PORTS }] },
  };
}

/** Revision 2 (the capture's nginx-6d9f8c5b7d): image 1.28, a restart, env, limits and a service account. */
function revision2Template(hash?: string): Record<string, unknown> {
  return {
    metadata: {
      labels: { app: 'nginx', ...(hash ? { 'pod-template-hash': hash } : {}) },
      annotations: { 'kubectl.kubernetes.io/restartedAt': '2026-11-24T15:04:14Z' },
    },
    spec: {
      serviceAccountName: 'builder',
      containers: [
        { name: 'nginx', image: 'nginx:1.28', ports: PORTS, env: [{ name: 'FOO', value: 'bar' }], resources: { limits: { cpu: '200m', memory: '512Mi' } } },
      ],
    },
  };
}

/** Revision 3: revision 2 on image 1.29, without the restart. */
function revision3Template(hash?: string): Record<string, unknown> {
  const t = revision2Template(hash) as { metadata: { annotations?: unknown }; spec: { containers: { image: string }[] } };
  delete t.metadata.annotations;
  (t.spec.containers[0] as { image: string }).image = 'nginx:1.29';
  return t;
}

function setDeploymentTemplate(cluster: Cluster, template: Record<string, unknown>, revision: string): void {
  const d = get(cluster, 'deployments.apps', 'nginx');
  must(
    cluster.api.update(
      { ...d, metadata: { ...d.metadata, annotations: { ...(d.metadata.annotations ?? {}), 'deployment.kubernetes.io/revision': revision } }, spec: { ...(d['spec'] as object), template } },
      { fieldValidation: 'Strict' },
    ),
  );
  observed(cluster, 'deployments.apps', 'nginx');
}

/** The capture server's nginx at T0: its only ReplicaSet is revision 1 and owned by the Deployment. */
export function adoptNginxReplicaSet(cluster: Cluster): void {
  const d = get(cluster, 'deployments.apps', 'nginx');
  const rs = get(cluster, 'replicasets.apps', 'nginx-5869d7778c');
  must(
    cluster.api.update(
      {
        ...rs,
        metadata: {
          ...rs.metadata,
          annotations: { 'deployment.kubernetes.io/desired-replicas': '3', 'deployment.kubernetes.io/max-replicas': '4', 'deployment.kubernetes.io/revision': '1' },
          ownerReferences: [ownerReferenceTo(d)],
        },
        spec: { ...(rs['spec'] as object), template: revision1Template('5869d7778c') },
      },
      { fieldValidation: 'Strict' },
    ),
  );
  setDeploymentTemplate(cluster, revision1Template(), '1');
}

function replicaSet(d: KubeObject, name: string, hash: string, revision: string, template: Record<string, unknown>, extra: Record<string, string> = {}): KubeObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      name,
      namespace: NS,
      labels: { app: 'nginx', 'pod-template-hash': hash },
      annotations: { 'deployment.kubernetes.io/desired-replicas': '3', 'deployment.kubernetes.io/max-replicas': '4', 'deployment.kubernetes.io/revision': revision, ...extra },
      ownerReferences: [ownerReferenceTo(d)],
    },
    spec: { replicas: 0, selector: { matchLabels: { app: 'nginx', 'pod-template-hash': hash } }, template },
  };
}

/**
 * nginx with three revisions, as the captures after `set image --record`, `set env`, `set resources`
 * and `set serviceaccount` saw it: revision 2 is exactly the capture's nginx-6d9f8c5b7d (no
 * `generation`, created 15:04:15 by the fake server's clock); the Deployment runs revision 3.
 */
export function threeRevisions(cluster: Cluster): void {
  adoptNginxReplicaSet(cluster);
  const d = get(cluster, 'deployments.apps', 'nginx');
  const changeCause = { 'kubernetes.io/change-cause': 'kubectl set image deployment/nginx nginx=nginx:1.28 --record=true' };
  const rev2 = must(cluster.api.create(replicaSet(d, 'nginx-6d9f8c5b7d', '6d9f8c5b7d', '2', revision2Template('6d9f8c5b7d'), changeCause), { fieldValidation: 'Strict' }));
  const asFakeServerKeptIt = clone(rev2);
  delete asFakeServerKeptIt.metadata.generation;
  asFakeServerKeptIt.metadata.creationTimestamp = '2026-11-24T15:04:15Z';
  cluster.store.put('replicasets.apps', asFakeServerKeptIt);
  must(cluster.api.create(replicaSet(d, 'nginx-7f9b6c8d5c', '7f9b6c8d5c', '3', revision3Template('7f9b6c8d5c')), { fieldValidation: 'Strict' }));
  setDeploymentTemplate(cluster, revision3Template(), '3');
}

/** A status the Deployment controller would write mid-rollout (3 replicas wanted). */
export function deploymentStatus(cluster: Cluster, s: { updated: number; replicas: number; available: number }): void {
  writeStatus(cluster, 'deployments.apps', 'nginx', {
    observedGeneration: get(cluster, 'deployments.apps', 'nginx').metadata.generation ?? 1,
    replicas: s.replicas,
    updatedReplicas: s.updated,
    readyReplicas: s.available,
    availableReplicas: s.available,
  });
}

/** A template change nobody has acted on yet: generation 2, observedGeneration 1. */
export function pendingTemplateChange(cluster: Cluster): void {
  const d = get(cluster, 'deployments.apps', 'nginx');
  const spec = clone(d['spec']) as { template: { spec: { containers: { image: string }[] } } };
  (spec.template.spec.containers[0] as { image: string }).image = 'nginx:1.28';
  must(cluster.api.update({ ...d, spec }, { fieldValidation: 'Strict' }));
}
