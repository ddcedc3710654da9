// Test support: the reference cluster (kubectl/testing/golden-state) with the extra detail the
// describe captures show — full nodes and leases, pods with volumes and container ids, owner
// references, controller annotations and conditions — written straight into the store.

import type { KubeObject } from '../../../sim/api/object';
import type { Cluster } from '../../../sim/cluster';
import { goldenCluster } from '../../testing/golden-state';
import { patchPod, POD_PATCHES } from './golden-describe-pods';

type Json = Record<string, unknown>;

/** Shallow-merges `patch` into the stored object's top-level sections (metadata, spec, status…). */
function merge(cluster: Cluster, resource: string, key: string, patch: Json): void {
  const obj = cluster.store.get(resource, key) as unknown as Json | undefined;
  if (!obj) throw new Error(`fixture: no ${resource} ${key}`);
  const out: Json = { ...obj };
  for (const [k, v] of Object.entries(patch)) {
    const cur = obj[k];
    out[k] = v && typeof v === 'object' && !Array.isArray(v) && cur && typeof cur === 'object' ? { ...(cur as Json), ...(v as Json) } : v;
  }
  cluster.store.put(resource, out as unknown as KubeObject);
}

const uidOf = (cluster: Cluster, resource: string, key: string): string | undefined => cluster.store.get(resource, key)?.metadata.uid;
const T = (d: number, hms: string): string => `2026-11-${d}T${hms}Z`;
const ownerRef = (cluster: Cluster, kind: string, apiVersion: string, resource: string, key: string) => [
  { apiVersion, kind, name: key.split('/').pop(), uid: uidOf(cluster, resource, key), controller: true, blockOwnerDeletion: true },
];

const RESOURCES = (allocatable: boolean) => ({
  cpu: '2', 'ephemeral-storage': allocatable ? '37399969321' : '40581564Ki', 'hugepages-1Gi': '0', 'hugepages-2Mi': '0',
  memory: allocatable ? '3912960Ki' : '4015360Ki', pods: '110',
});

function node(cluster: Cluster, name: string, created: string, cidr: string, ready: boolean, transition: string): void {
  const heartbeat = ready ? T(24, '15:03:26') : T(24, '14:57:56');
  const conditions = [
    ['MemoryPressure', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'],
    ['DiskPressure', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'],
    ['PIDPressure', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'],
    ['Ready', 'KubeletReady', 'kubelet is posting ready status'],
  ].map(([type, reason, message]) => ({
    type, lastHeartbeatTime: heartbeat, lastTransitionTime: transition,
    ...(ready ? { status: type === 'Ready' ? 'True' : 'False', reason, message } : { status: 'Unknown', reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.' }),
  }));
  const old = cluster.store.get('nodes', name) as unknown as Json;
  const status = old['status'] as Json;
  merge(cluster, 'nodes', name, {
    metadata: {
      ...(old['metadata'] as Json), creationTimestamp: created,
      annotations: { 'node.alpha.kubernetes.io/ttl': '0', 'volumes.kubernetes.io/controller-managed-attach-detach': 'true' },
    },
    spec: {
      podCIDR: cidr, podCIDRs: [cidr],
      ...(name === 'controlplane' ? { taints: [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }] } : {}),
      ...(!ready ? { taints: [{ key: 'node.kubernetes.io/unreachable', effect: 'NoSchedule', timeAdded: transition }, { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute', timeAdded: transition }] } : {}),
    },
    status: {
      ...status, conditions, capacity: RESOURCES(false), allocatable: RESOURCES(true),
      nodeInfo: {
        ...(status['nodeInfo'] as Json), machineID: 'ec2a3f1b9c8d4e5f8a7b6c5d4e3f2a1b', systemUUID: 'ec2a3f1b-9c8d-4e5f-8a7b-6c5d4e3f2a1b', bootID: '6f1e2d3c-4b5a-4968-8776-655443322110',
      },
    },
  });
  merge(cluster, 'leases.coordination.k8s.io', `kube-node-lease/${name}`, { spec: { holderIdentity: name, leaseDurationSeconds: 40, renewTime: ready ? T(24, '15:03:51.000000') : T(24, '14:57:56.000000') } });
}

function workloads(cluster: Cluster): void {
  const port = { ports: [{ containerPort: 80, protocol: 'TCP' }] };
  const nginxTemplate = (labels: Json) => ({ metadata: { labels }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.27', ...port }] } });
  merge(cluster, 'deployments.apps', 'default/nginx', {
    metadata: { ...(cluster.store.get('deployments.apps', 'default/nginx')?.metadata as Json), creationTimestamp: T(24, '14:38:56'), annotations: { 'deployment.kubernetes.io/revision': '1' } },
    spec: { ...(cluster.store.get('deployments.apps', 'default/nginx')?.['spec'] as Json), template: nginxTemplate({ app: 'nginx' }) },
    status: {
      observedGeneration: 1, replicas: 3, updatedReplicas: 3, readyReplicas: 3, availableReplicas: 3,
      conditions: [
        { type: 'Available', status: 'True', reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.' },
        { type: 'Progressing', status: 'True', reason: 'NewReplicaSetAvailable', message: 'ReplicaSet "nginx-5869d7778c" has successfully progressed.' },
      ],
    },
  });
  const rsLabels = { app: 'nginx', 'pod-template-hash': '5869d7778c' };
  merge(cluster, 'replicasets.apps', 'default/nginx-5869d7778c', {
    metadata: {
      ...(cluster.store.get('replicasets.apps', 'default/nginx-5869d7778c')?.metadata as Json),
      annotations: { 'deployment.kubernetes.io/desired-replicas': '3', 'deployment.kubernetes.io/max-replicas': '4', 'deployment.kubernetes.io/revision': '1' },
      ownerReferences: ownerRef(cluster, 'Deployment', 'apps/v1', 'deployments.apps', 'default/nginx'),
    },
    spec: { ...(cluster.store.get('replicasets.apps', 'default/nginx-5869d7778c')?.['spec'] as Json), template: nginxTemplate(rsLabels) },
  });
  // The capture server did not default updateStrategy.rollingUpdate.maxUnavailable.
  const sts = cluster.store.get('statefulsets.apps', 'default/web-sts') as unknown as Json;
  merge(cluster, 'statefulsets.apps', 'default/web-sts', {
    metadata: { ...(sts['metadata'] as Json), creationTimestamp: T(24, '14:33:56') },
    spec: { ...(sts['spec'] as Json), updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 0 } } },
  });
  const ds = cluster.store.get('daemonsets.apps', 'kube-system/kube-proxy') as unknown as Json;
  const dsSpec = ds['spec'] as Json;
  const dsTemplate = dsSpec['template'] as Json;
  // The capture server set no template-generation annotation (a real one does).
  merge(cluster, 'daemonsets.apps', 'kube-system/kube-proxy', {
    metadata: { ...(ds['metadata'] as Json), annotations: undefined },
    spec: { ...dsSpec, template: { ...dsTemplate, spec: { ...(dsTemplate['spec'] as Json), priorityClassName: 'system-node-critical' } } },
  });
  const jobLabels = { 'batch.kubernetes.io/controller-uid': 'job-uid-1', 'batch.kubernetes.io/job-name': 'pi', 'controller-uid': 'job-uid-1', 'job-name': 'pi' };
  const job = cluster.store.get('jobs.batch', 'default/pi') as unknown as Json;
  merge(cluster, 'jobs.batch', 'default/pi', {
    metadata: { ...(job['metadata'] as Json), labels: jobLabels },
    spec: {
      ...(job['spec'] as Json), completionMode: 'NonIndexed', suspend: false, backoffLimit: 6,
      template: { metadata: { labels: jobLabels }, spec: { restartPolicy: 'Never', containers: [{ name: 'pi', image: 'perl:5.34.0', command: ['perl', '-Mbignum=bpi', '-wle', 'print bpi(2000)'] }] } },
    },
    status: { ...(job['status'] as Json), startTime: T(24, '14:23:56'), completionTime: T(24, '14:24:21'), ready: 0, active: undefined },
  });
  const cj = cluster.store.get('cronjobs.batch', 'default/hello') as unknown as Json;
  const cjSpec = cj['spec'] as Json;
  merge(cluster, 'cronjobs.batch', 'default/hello', {
    spec: {
      ...cjSpec, concurrencyPolicy: 'Allow', suspend: false, successfulJobsHistoryLimit: 3, failedJobsHistoryLimit: 1,
      jobTemplate: { spec: { template: { spec: { restartPolicy: 'OnFailure', containers: [{ name: 'hello', image: 'busybox:1.36', command: ['/bin/sh', '-c', 'date; echo Hello'] }] } } } },
    },
    status: { lastScheduleTime: T(24, '15:01:46') },
  });
  merge(cluster, 'horizontalpodautoscalers.autoscaling', 'default/nginx', {
    metadata: { ...(cluster.store.get('horizontalpodautoscalers.autoscaling', 'default/nginx')?.metadata as Json), creationTimestamp: T(24, '14:55:56') },
  });
}

function configAndNetwork(cluster: Cluster): void {
  const meta = (resource: string, key: string, extra: Json) => ({ metadata: { ...(cluster.store.get(resource, key)?.metadata as Json), ...extra } });
  const cm = cluster.store.get('configmaps', 'default/app-config') as KubeObject;
  cluster.store.put('configmaps', { ...cm, data: { LOG_LEVEL: 'debug', 'app.properties': 'a=1\nb=2\n' } });
  merge(cluster, 'services', 'default/nginx', meta('services', 'default/nginx', { labels: { app: 'nginx' } }));
  merge(cluster, 'endpoints', 'default/nginx', meta('endpoints', 'default/nginx', { labels: { app: 'nginx' } }));
  merge(cluster, 'services', 'default/kubernetes', meta('services', 'default/kubernetes', { labels: { component: 'apiserver', provider: 'kubernetes' } }));
  merge(cluster, 'services', 'kube-system/kube-dns', meta('services', 'kube-system/kube-dns', { labels: { 'k8s-app': 'kube-dns', 'kubernetes.io/cluster-service': 'true', 'kubernetes.io/name': 'CoreDNS' } }));
  const ing = cluster.store.get('ingresses.networking.k8s.io', 'default/web-ing') as unknown as Json;
  merge(cluster, 'ingresses.networking.k8s.io', 'default/web-ing', {
    spec: { ...(ing['spec'] as Json), rules: [{ host: 'foo.example.com', http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'nginx', port: { number: 80 } } } }] } }] },
  });
  const pv = cluster.store.get('persistentvolumes', 'pv-data') as unknown as Json;
  merge(cluster, 'persistentvolumes', 'pv-data', { ...meta('persistentvolumes', 'pv-data', { finalizers: undefined }), spec: { ...(pv['spec'] as Json), hostPath: { path: '/mnt/data', type: '' } } });
  merge(cluster, 'persistentvolumeclaims', 'default/data-claim', meta('persistentvolumeclaims', 'default/data-claim', { finalizers: undefined }));
}

/** The reference cluster at T0 + drift seconds, with the describe captures' detail. */
export function describeGoldenCluster(drift: number): Cluster {
  const cluster = goldenCluster({ drift });
  node(cluster, 'controlplane', T(14, '15:03:56'), '10.244.0.0/24', true, T(14, '15:04:56'));
  node(cluster, 'node01', T(14, '15:08:56'), '10.244.1.0/24', true, T(14, '15:09:56'));
  node(cluster, 'node02', T(14, '15:07:56'), '10.244.2.0/24', false, T(24, '14:58:56'));
  workloads(cluster);
  configAndNetwork(cluster);
  for (const p of POD_PATCHES) {
    const pod = cluster.store.get('pods', p.key) as unknown as Json | undefined;
    if (!pod) throw new Error(`fixture: no pod ${p.key}`);
    const ownerUid = p.owner ? uidOf(cluster, p.owner.resource, p.owner.key) : undefined;
    cluster.store.put('pods', patchPod(pod, p, ownerUid) as unknown as KubeObject);
  }
  return cluster;
}
