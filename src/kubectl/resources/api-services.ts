// apiregistration.k8s.io/v1 APIServices are not stored by the simulated API server: on a kubeadm
// cluster without an aggregated API (metrics-server aside) they are the Local ones kube-apiserver
// registers for every group/version it serves itself, plus one per served version of each CRD
// group. kubectl builds that answer from what the server serves, as it does for ComponentStatuses.

import { fnv32a } from '../../lib/hash';
import { apiVersionOf } from '../../sim/api/registry';
import type { ServedTypes } from '../../sim/api/crd/served-types';
import type { KubeObject } from '../../sim/api/object';
import type { Cluster } from '../../sim/cluster';

/**
 * The group/versions a kubeadm v1.35 control plane serves by default (beta APIs are off unless
 * enabled). Discovery lists them even where the simulator models none of the group's resources
 * (token reviews, CSRs, flow control, RuntimeClass, DRA, CSI...); autoscaling/v1 is served beside
 * the preferred autoscaling/v2 that api-resources shows.
 */
export const KUBEADM_API_VERSIONS: readonly string[] = [
  'admissionregistration.k8s.io/v1', 'apiextensions.k8s.io/v1', 'apiregistration.k8s.io/v1', 'apps/v1',
  'authentication.k8s.io/v1', 'authorization.k8s.io/v1', 'autoscaling/v1', 'autoscaling/v2', 'batch/v1',
  'certificates.k8s.io/v1', 'coordination.k8s.io/v1', 'discovery.k8s.io/v1', 'events.k8s.io/v1',
  'flowcontrol.apiserver.k8s.io/v1', 'networking.k8s.io/v1', 'node.k8s.io/v1', 'policy/v1',
  'rbac.authorization.k8s.io/v1', 'resource.k8s.io/v1', 'scheduling.k8s.io/v1', 'storage.k8s.io/v1', 'v1',
];

const goCompare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** What `kubectl api-versions` prints: every served group/version (CRDs' included), sorted. */
export function servedApiVersions(types: ServedTypes): string[] {
  const served = [...types.all(), ...types.customVersions()].map((t) => apiVersionOf(t));
  return [...new Set([...KUBEADM_API_VERSIONS, ...served])].sort(goCompare);
}

/** kube-apiserver's priorities for its own groups: [groupPriorityMinimum, versionPriority]. */
const PRIORITIES: Record<string, [number, number]> = {
  v1: [18000, 1], 'apps/v1': [17800, 15], 'events.k8s.io/v1': [17750, 15], 'authentication.k8s.io/v1': [17700, 15],
  'authorization.k8s.io/v1': [17600, 15], 'autoscaling/v2': [17500, 30], 'autoscaling/v1': [17500, 15],
  'batch/v1': [17400, 15], 'certificates.k8s.io/v1': [17300, 15], 'networking.k8s.io/v1': [17200, 15],
  'policy/v1': [17100, 15], 'rbac.authorization.k8s.io/v1': [17000, 15], 'storage.k8s.io/v1': [16800, 15],
  'apiextensions.k8s.io/v1': [16700, 15], 'admissionregistration.k8s.io/v1': [16700, 15],
  'scheduling.k8s.io/v1': [16600, 15], 'coordination.k8s.io/v1': [16500, 15], 'node.k8s.io/v1': [16300, 15],
  'discovery.k8s.io/v1': [16200, 15], 'flowcontrol.apiserver.k8s.io/v1': [16100, 21], 'resource.k8s.io/v1': [15900, 15],
  'apiregistration.k8s.io/v1': [18000, 15],
};

/** A stable uid for an object nothing stores: the same name always gets the same one. */
function derivedUid(name: string): string {
  const hex = [1, 2, 3, 4].map((salt) => fnv32a(`${salt}:apiservice:${name}`).toString(16).padStart(8, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function apiService(apiVersion: string, created: string, custom: boolean): KubeObject {
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') as [string, string] : ['', apiVersion];
  const name = `${version}.${group}`;
  const [groupPriorityMinimum, versionPriority] = custom ? [1000, 100] : PRIORITIES[apiVersion] ?? [15000, 15];
  return {
    apiVersion: 'apiregistration.k8s.io/v1',
    kind: 'APIService',
    metadata: {
      creationTimestamp: created,
      labels: { 'kube-aggregator.kubernetes.io/automanaged': custom ? 'true' : 'onstart' },
      name,
      uid: derivedUid(name),
    },
    spec: { ...(group ? { group } : {}), groupPriorityMinimum, version, versionPriority },
    status: {
      conditions: [{ lastTransitionTime: created, message: 'Local APIServices are always available', reason: 'Local', status: 'True', type: 'Available' }],
    },
  };
}

/** The Local APIServices, sorted by name as etcd lists them. */
export function localApiServices(cluster: Cluster): KubeObject[] {
  const boot = cluster.store.get('namespaces', 'default')?.metadata.creationTimestamp ?? '';
  const objects = new Map<string, KubeObject>();
  for (const v of KUBEADM_API_VERSIONS) objects.set(v, apiService(v, boot, false));
  for (const t of cluster.api.types.customVersions()) {
    const v = apiVersionOf(t);
    const created = cluster.api.types.definition(t)?.metadata.creationTimestamp ?? boot;
    const known = objects.get(v);
    if (!known || (known.metadata.creationTimestamp ?? '') > created) objects.set(v, apiService(v, created, true));
  }
  return [...objects.values()].sort((a, b) => goCompare(a.metadata.name ?? '', b.metadata.name ?? ''));
}
