// Test support: the pods of the describe captures (fake-v1.35/describe-pod*.txt, describe-node-*.txt)
// as the capture server stored them — service-account volume, default tolerations, container IDs,
// exact start times — written over the reference cluster's simpler pods.

const CONTAINER_ID = 'containerd://3f6d2a1c9b8e7d6c5b4a39281706f5e4d3c2b1a0f9e8d7c6b5a4938271605f4e';
const DIGEST = 'sha256:2d194184b067db3598771b4cf326cfe6ad5051937ba1132b8b7d4b0184e0d0a6';

/** `docker.io/library/<image without tag>@sha256:…`, as the capture server reported image IDs. */
export const imageId = (image: string): string => `docker.io/library/${image.replace(/:[^/:]*$/, '')}@${DIGEST}`;

const TOLERATIONS = ['not-ready', 'unreachable'].map((t) => ({ key: `node.kubernetes.io/${t}`, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 }));
const TOKEN_VOLUME = {
  name: 'kube-api-access-abcde',
  projected: {
    defaultMode: 420,
    sources: [
      { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
      { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
      { downwardAPI: { items: [{ path: 'namespace', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } }] } },
    ],
  },
};
const TOKEN_MOUNT = { name: 'kube-api-access-abcde', mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', readOnly: true };

type Json = Record<string, unknown>;

export interface PodPatch {
  key: string;
  container: string;
  image: string;
  /** Golden start time (RFC 3339) or undefined when unscheduled. */
  start?: string;
  state?: Json;
  lastState?: Json;
  ready?: boolean;
  restarts?: number;
  /** Pod condition statuses in golden order; false: only PodScheduled=False. */
  conditions: readonly [string, string][];
  ports?: Json[];
  resources?: Json;
  noStatus?: boolean;
  spec?: Json;
  qos?: string;
  /** Empty container and image ids (the container does not exist yet). */
  noIds?: boolean;
  owner?: { kind: string; resource: string; key: string };
}

const T = (d: number, hms: string): string => `2026-11-${d}T${hms}Z`;

const cond = (ready: boolean): [string, string][] => [
  ['PodReadyToStartContainers', 'True'],
  ['Initialized', 'True'],
  ['Ready', ready ? 'True' : 'False'],
  ['ContainersReady', ready ? 'True' : 'False'],
  ['PodScheduled', 'True'],
];

export const POD_PATCHES: PodPatch[] = [
  {
    key: 'default/nginx-5869d7778c-4xk2p', container: 'nginx', image: 'nginx:1.27', start: T(24, '14:38:56'), state: { running: { startedAt: T(24, '14:38:59') } },
    ready: true, conditions: cond(true), ports: [{ containerPort: 80, protocol: 'TCP' }], owner: { kind: 'ReplicaSet', resource: 'replicasets.apps', key: 'default/nginx-5869d7778c' },
  },
  {
    key: 'default/nginx-5869d7778c-9vwhm', container: 'nginx', image: 'nginx:1.27', start: T(24, '14:38:56'), state: { running: { startedAt: T(24, '14:38:59') } },
    ready: true, conditions: cond(true), ports: [{ containerPort: 80, protocol: 'TCP' }], owner: { kind: 'ReplicaSet', resource: 'replicasets.apps', key: 'default/nginx-5869d7778c' },
  },
  {
    key: 'default/nginx-5869d7778c-tzq8b', container: 'nginx', image: 'nginx:1.27', start: T(24, '14:38:56'), state: { running: { startedAt: T(24, '14:38:59') } },
    ready: true, conditions: cond(true), ports: [{ containerPort: 80, protocol: 'TCP' }], owner: { kind: 'ReplicaSet', resource: 'replicasets.apps', key: 'default/nginx-5869d7778c' },
  },
  {
    key: 'default/crashy', container: 'crashy', image: 'busybox:1.36', start: T(24, '14:51:56'), state: { waiting: { reason: 'CrashLoopBackOff', message: 'back-off 5m0s restarting failed container' } },
    lastState: { terminated: { exitCode: 1, reason: 'Error', startedAt: T(24, '15:02:41'), finishedAt: T(24, '15:02:42') } }, restarts: 7, conditions: cond(false),
  },
  {
    key: 'default/badimage', container: 'badimage', image: 'nginx:doesnotexist', start: T(24, '14:59:56'),
    state: { waiting: { reason: 'ImagePullBackOff', message: 'Back-off pulling image "nginx:doesnotexist"' } }, conditions: cond(false),
  },
  { key: 'default/pending', container: 'nginx', image: 'nginx:1.27', conditions: [['PodScheduled', 'False']], noStatus: true, spec: { nodeSelector: { disktype: 'ssd' } } },
  {
    key: 'default/oom', container: 'oom', image: 'polinux/stress', start: T(24, '15:01:53'),
    state: { terminated: { exitCode: 137, reason: 'OOMKilled', startedAt: T(24, '15:03:36'), finishedAt: T(24, '15:03:38') } },
    lastState: { terminated: { exitCode: 137, reason: 'OOMKilled', startedAt: T(24, '15:03:11'), finishedAt: T(24, '15:03:13') } }, restarts: 2, conditions: cond(false),
    resources: { limits: { cpu: '100m', memory: '100Mi' }, requests: { cpu: '100m', memory: '100Mi' } }, qos: 'Guaranteed',
  },
  {
    key: 'default/pi-6xmrk', container: 'pi', image: 'perl:5.34.0', start: T(24, '14:23:56'),
    state: { terminated: { exitCode: 0, reason: 'Completed', startedAt: T(24, '14:24:06'), finishedAt: T(24, '14:24:23') } }, conditions: cond(false),
    owner: { kind: 'Job', resource: 'jobs.batch', key: 'default/pi' },
  },
  { key: 'default/creating', container: 'nginx', image: 'nginx:1.27', start: T(24, '15:03:51'), state: { waiting: { reason: 'ContainerCreating' } }, conditions: cond(false), noIds: true },
  {
    key: 'default/web', container: 'nginx', image: 'nginx:1.27', start: T(24, '11:43:56'), state: { running: { startedAt: T(24, '11:43:59') } }, ready: true, conditions: cond(true),
    ports: [{ containerPort: 80, protocol: 'TCP' }],
  },
  ...(
    [
      ['etcd', { requests: { cpu: '100m', memory: '100Mi' } }],
      ['kube-apiserver', { requests: { cpu: '250m' } }],
      ['kube-controller-manager', { requests: { cpu: '200m' } }],
      ['kube-scheduler', { requests: { cpu: '100m' } }],
    ] as const
  ).map(([c, resources]): PodPatch => ({
    key: `kube-system/${c}-controlplane`, container: c, image: `registry.k8s.io/${c}:v1.35.0`, start: T(14, '15:03:56'), state: { running: { startedAt: T(14, '15:03:59') } },
    ready: true, conditions: cond(true), resources, qos: 'Burstable', spec: { priority: 2000001000, priorityClassName: 'system-node-critical' },
    owner: { kind: 'Node', resource: 'nodes', key: 'controlplane' },
  })),
  ...['5kxjl', 'hxw9m'].map((s): PodPatch => ({
    key: `kube-system/coredns-7db6d8ff4d-${s}`, container: 'coredns', image: 'registry.k8s.io/coredns/coredns:v1.12.1', start: T(14, '15:04:46'),
    state: { running: { startedAt: T(14, '15:04:49') } }, ready: true, conditions: cond(true), qos: 'Burstable',
    resources: { limits: { memory: '170Mi' }, requests: { cpu: '100m', memory: '70Mi' } },
  })),
  ...['8kq4z', 'dq2lw', 'x7n5c'].map((s): PodPatch => ({
    key: `kube-system/kube-proxy-${s}`, container: 'kube-proxy', image: 'registry.k8s.io/kube-proxy:v1.35.0', start: T(15, '15:03:56'),
    state: { running: { startedAt: T(15, '15:03:59') } }, ready: true, conditions: cond(true), owner: { kind: 'DaemonSet', resource: 'daemonsets.apps', key: 'kube-system/kube-proxy' },
  })),
];

/** The pod object with the patch applied over `pod` (uid, timestamps and names kept). */
export function patchPod(pod: Json, p: PodPatch, ownerUid: string | undefined): Json {
  const meta = pod['metadata'] as Json;
  const spec = pod['spec'] as Json;
  const status = (pod['status'] ?? {}) as Json;
  const container: Json = {
    name: p.container, image: p.image, imagePullPolicy: 'IfNotPresent', volumeMounts: [TOKEN_MOUNT],
    ...(p.ports ? { ports: p.ports } : {}), ...(p.resources ? { resources: p.resources } : {}),
  };
  const ownerName = p.owner?.key.split('/').pop();
  const newMeta: Json = {
    ...meta,
    ...(p.owner && ownerUid
      ? { ownerReferences: [{ apiVersion: p.owner.kind === 'Node' ? 'v1' : p.owner.kind === 'Job' ? 'batch/v1' : 'apps/v1', kind: p.owner.kind, name: ownerName, uid: ownerUid, controller: true }] }
      : {}),
  };
  const newSpec: Json = {
    ...spec, containers: [container], serviceAccountName: 'default', serviceAccount: 'default', priority: 0, tolerations: TOLERATIONS, volumes: [TOKEN_VOLUME],
    automountServiceAccountToken: undefined, ...(p.spec ?? {}),
  };
  const conditions = p.conditions.map(([type, s]) => ({ type, status: s, lastProbeTime: null, lastTransitionTime: p.start ?? meta['creationTimestamp'] }));
  const newStatus: Json = p.noStatus
    ? { phase: 'Pending', conditions, qosClass: p.qos ?? 'BestEffort' }
    : {
        ...status,
        startTime: p.start,
        conditions,
        qosClass: p.qos ?? 'BestEffort',
        containerStatuses: [
          {
            name: p.container, image: p.image, imageID: p.noIds ? '' : imageId(p.image), ...(p.noIds ? {} : { containerID: CONTAINER_ID }),
            ready: p.ready ?? false, restartCount: p.restarts ?? 0, started: p.ready ?? false, state: p.state, lastState: p.lastState ?? {},
          },
        ],
      };
  return { ...pod, metadata: newMeta, spec: newSpec, status: newStatus };
}
