// Test support: the pods and workload controllers of the reference captures' cluster, with the
// container states behind each STATUS / READY / RESTARTS cell of get-pods.txt.

import type { Ago, Seed } from './golden-objects';

const TEN_DAYS = 864_000;
const NINE_DAYS = 777_600;

interface PodOpts {
  name: string;
  ns?: string;
  age: number;
  labels: Record<string, string>;
  container: string;
  image: string;
  node?: string;
  ip?: string;
  /** Container state and pod phase. */
  state: 'running' | 'pulling' | 'creating' | 'crashloop' | 'oom' | 'unschedulable' | 'completed';
  restartPolicy?: string;
}

const HOSTS: Record<string, string> = { controlplane: '192.168.1.10', node01: '192.168.1.11', node02: '192.168.1.12' };

function podSeed(o: PodOpts, ago: Ago): Seed {
  const started = ago(o.age - 3);
  const conditionsReady = (ready: boolean) => [
    { type: 'Initialized', status: 'True', lastProbeTime: null, lastTransitionTime: ago(o.age - 1) },
    { type: 'Ready', status: ready ? 'True' : 'False', lastProbeTime: null, lastTransitionTime: ago(o.age - 3) },
    { type: 'ContainersReady', status: ready ? 'True' : 'False', lastProbeTime: null, lastTransitionTime: ago(o.age - 3) },
    { type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: ago(o.age) },
  ];
  const base = { name: o.container, image: o.image, imageID: '', ready: false, restartCount: 0, started: false };
  let phase = 'Running';
  let container: Record<string, unknown> = { ...base, ready: true, started: true, state: { running: { startedAt: started } } };
  let conditions: unknown[] = conditionsReady(true);
  switch (o.state) {
    case 'pulling':
      phase = 'Pending';
      container = { ...base, state: { waiting: { reason: 'ImagePullBackOff', message: `Back-off pulling image "${o.image}"` } } };
      conditions = conditionsReady(false);
      break;
    case 'creating':
      phase = 'Pending';
      container = { ...base, state: { waiting: { reason: 'ContainerCreating' } } };
      conditions = conditionsReady(false);
      break;
    case 'crashloop':
      container = {
        ...base,
        restartCount: 7,
        state: { waiting: { reason: 'CrashLoopBackOff', message: 'back-off 5m0s restarting failed container' } },
        lastState: { terminated: { exitCode: 1, reason: 'Error', startedAt: ago(76), finishedAt: ago(75) } },
      };
      conditions = conditionsReady(false);
      break;
    case 'oom':
      container = {
        ...base,
        restartCount: 2,
        state: { terminated: { exitCode: 137, reason: 'OOMKilled', startedAt: ago(20), finishedAt: ago(19) } },
        lastState: { terminated: { exitCode: 137, reason: 'OOMKilled', startedAt: ago(45), finishedAt: ago(44) } },
      };
      conditions = conditionsReady(false);
      break;
    case 'completed':
      phase = 'Succeeded';
      container = { ...base, state: { terminated: { exitCode: 0, reason: 'Completed', startedAt: started, finishedAt: ago(o.age - 25) } } };
      conditions = conditionsReady(false);
      break;
    case 'unschedulable':
      phase = 'Pending';
      conditions = [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable', lastProbeTime: null, lastTransitionTime: ago(o.age) }];
      break;
  }
  const scheduled = o.state !== 'unschedulable';
  const hostIP = o.node ? HOSTS[o.node] : undefined;
  return {
    age: o.age,
    object: {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: o.name, namespace: o.ns ?? 'default', labels: o.labels },
      spec: {
        containers: [{ name: o.container, image: o.image }],
        restartPolicy: o.restartPolicy ?? 'Always',
        automountServiceAccountToken: false,
        ...(o.node ? { nodeName: o.node } : {}),
      },
    },
    status: {
      phase,
      conditions,
      ...(scheduled ? { containerStatuses: [container], startTime: ago(o.age) } : {}),
      ...(hostIP ? { hostIP, hostIPs: [{ ip: hostIP }] } : {}),
      ...(o.ip ? { podIP: o.ip, podIPs: [{ ip: o.ip }] } : {}),
      qosClass: 'BestEffort',
    },
  };
}

function pods(ago: Ago): Seed[] {
  const nginx = { app: 'nginx', 'pod-template-hash': '5869d7778c' };
  const list: PodOpts[] = [
    { name: 'badimage', age: 241, labels: { run: 'badimage' }, container: 'badimage', image: 'nginx:doesnotexist', node: 'node01', ip: '10.244.1.8', state: 'pulling' },
    { name: 'crashy', age: 750, labels: { run: 'crashy' }, container: 'crashy', image: 'busybox:1.36', node: 'node01', ip: '10.244.1.7', state: 'crashloop' },
    { name: 'creating', age: 6, labels: { run: 'creating' }, container: 'creating', image: 'nginx:1.27', node: 'node01', state: 'creating' },
    { name: 'nginx-5869d7778c-4xk2p', age: 1505, labels: nginx, container: 'nginx', image: 'nginx:1.27', node: 'node01', ip: '10.244.1.4', state: 'running' },
    { name: 'nginx-5869d7778c-9vwhm', age: 1505, labels: nginx, container: 'nginx', image: 'nginx:1.27', node: 'node02', ip: '10.244.2.3', state: 'running' },
    { name: 'nginx-5869d7778c-tzq8b', age: 1505, labels: nginx, container: 'nginx', image: 'nginx:1.27', node: 'node01', ip: '10.244.1.5', state: 'running' },
    { name: 'oom', age: 124, labels: { run: 'oom' }, container: 'oom', image: 'polinux/stress', node: 'node01', ip: '10.244.1.10', state: 'oom' },
    { name: 'pending', age: 91, labels: { run: 'pending' }, container: 'pending', image: 'nginx:1.27', state: 'unschedulable' },
    {
      name: 'pi-6xmrk', age: 2419, labels: { 'batch.kubernetes.io/job-name': 'pi', 'job-name': 'pi' }, container: 'pi', image: 'perl:5.34.0',
      node: 'node01', ip: '10.244.1.3', state: 'completed', restartPolicy: 'Never',
    },
    { name: 'web', age: 12004, labels: { run: 'web' }, container: 'nginx', image: 'nginx:1.27', node: 'node01', ip: '10.244.1.9', state: 'running' },
  ];
  const system: PodOpts[] = [
    ...['etcd', 'kube-apiserver', 'kube-controller-manager', 'kube-scheduler'].map((c) => ({
      name: `${c}-controlplane`, ns: 'kube-system', age: TEN_DAYS + 100, labels: { component: c, tier: 'control-plane' }, container: c,
      image: `registry.k8s.io/${c}:v1.35.0`, node: 'controlplane', ip: '192.168.1.10', state: 'running' as const,
    })),
    ...[['5kxjl', '10.244.0.2'], ['hxw9m', '10.244.0.3']].map(([suffix, ip]) => ({
      name: `coredns-7db6d8ff4d-${suffix}`, ns: 'kube-system', age: TEN_DAYS + 50, labels: { 'k8s-app': 'kube-dns', 'pod-template-hash': '7db6d8ff4d' },
      container: 'coredns', image: 'registry.k8s.io/coredns/coredns:v1.12.1', node: 'controlplane', ip: ip as string, state: 'running' as const,
    })),
    ...[['8kq4z', 'controlplane'], ['dq2lw', 'node01'], ['x7n5c', 'node02']].map(([suffix, node]) => ({
      name: `kube-proxy-${suffix}`, ns: 'kube-system', age: NINE_DAYS + 200, labels: { 'k8s-app': 'kube-proxy' }, container: 'kube-proxy',
      image: 'registry.k8s.io/kube-proxy:v1.35.0', node: node as string, ip: HOSTS[node as string] as string, state: 'running' as const,
    })),
  ];
  return [...list, ...system].map((o) => podSeed(o, ago));
}

function template(labels: Record<string, string>, name: string, image: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { metadata: { labels }, spec: { containers: [{ name, image }], ...extra } };
}

function controllers(ago: Ago): Seed[] {
  const nginxRs = { app: 'nginx', 'pod-template-hash': '5869d7778c' };
  return [
    {
      age: 1505,
      object: {
        apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'nginx', namespace: 'default', labels: { app: 'nginx' } },
        spec: { replicas: 3, selector: { matchLabels: { app: 'nginx' } }, template: template({ app: 'nginx' }, 'nginx', 'nginx:1.27') },
      },
      status: { observedGeneration: 1, replicas: 3, updatedReplicas: 3, readyReplicas: 3, availableReplicas: 3 },
    },
    {
      age: 1505,
      object: {
        apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name: 'nginx-5869d7778c', namespace: 'default', labels: nginxRs },
        spec: { replicas: 3, selector: { matchLabels: nginxRs }, template: template(nginxRs, 'nginx', 'nginx:1.27') },
      },
      status: { replicas: 3, fullyLabeledReplicas: 3, readyReplicas: 3, availableReplicas: 3, observedGeneration: 1 },
    },
    {
      age: 1820,
      object: {
        apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'web-sts', namespace: 'default' },
        spec: { replicas: 2, serviceName: 'web-sts', selector: { matchLabels: { app: 'web-sts' } }, template: template({ app: 'web-sts' }, 'nginx', 'registry.k8s.io/nginx-slim:0.24') },
      },
      status: { replicas: 2, readyReplicas: 2, currentReplicas: 2, updatedReplicas: 2, availableReplicas: 2 },
    },
    {
      age: TEN_DAYS,
      object: {
        apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'kube-proxy', namespace: 'kube-system', labels: { 'k8s-app': 'kube-proxy' } },
        spec: {
          selector: { matchLabels: { 'k8s-app': 'kube-proxy' } },
          template: template({ 'k8s-app': 'kube-proxy' }, 'kube-proxy', 'registry.k8s.io/kube-proxy:v1.35.0', { nodeSelector: { 'kubernetes.io/os': 'linux' } }),
        },
      },
      status: { desiredNumberScheduled: 3, currentNumberScheduled: 3, numberReady: 2, updatedNumberScheduled: 3, numberAvailable: 2, numberMisscheduled: 0 },
    },
    {
      age: 481,
      object: {
        apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: { name: 'nginx', namespace: 'default' },
        spec: {
          scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'nginx' }, minReplicas: 1, maxReplicas: 10,
          metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 50 } } }],
        },
      },
      status: { currentReplicas: 3, desiredReplicas: 3, currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: 0, averageValue: '0' } } }] },
    },
    {
      age: 266_700,
      object: {
        apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: 'hello', namespace: 'default' },
        spec: {
          schedule: '*/5 * * * *',
          jobTemplate: { spec: { template: template({}, 'hello', 'busybox:1.36', { restartPolicy: 'OnFailure' }) } },
        },
      },
      status: { lastScheduleTime: ago(131) },
    },
    {
      age: 2420,
      object: {
        apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'pi', namespace: 'default' },
        spec: {
          completions: 1, parallelism: 1, manualSelector: true,
          selector: { matchLabels: { 'batch.kubernetes.io/controller-uid': 'job-uid-1' } },
          template: template({ 'batch.kubernetes.io/controller-uid': 'job-uid-1', 'job-name': 'pi' }, 'pi', 'perl:5.34.0', { restartPolicy: 'Never' }),
        },
      },
      status: {
        succeeded: 1, startTime: ago(2420), completionTime: ago(2395),
        conditions: [{ type: 'Complete', status: 'True', lastProbeTime: ago(2395), lastTransitionTime: ago(2395) }],
      },
    },
  ];
}

export function goldenWorkloads(ago: Ago): Seed[] {
  return [...pods(ago), ...controllers(ago)];
}
