// Test support: the objects of the reference captures' cluster (names, fields and ages read off
// shared/reference/golden/fake-v1.35/get-*.txt). Ages are seconds before T0.

import { rfc3339 } from '../../lib/duration';
import type { KubeObject } from '../../sim/api/object';
import { goldenEvents } from './golden-events';
import { goldenWorkloads } from './golden-workloads';

export interface Seed {
  /** Seconds before T0 at which the object is created. */
  age: number;
  object: KubeObject;
  /** Written through the status subresource right after the create. */
  status?: unknown;
}

export type Ago = (seconds: number) => string;

const TEN_DAYS = 864_000;
const NINE_DAYS = 777_600;

function nodeSeed(name: string, ip: string, age: number, ready: 'True' | 'Unknown', controlPlane: boolean, ago: Ago): Seed {
  const labels: Record<string, string> = {
    'beta.kubernetes.io/arch': 'amd64',
    'beta.kubernetes.io/os': 'linux',
    'kubernetes.io/arch': 'amd64',
    'kubernetes.io/hostname': name,
    'kubernetes.io/os': 'linux',
    ...(controlPlane ? { 'node-role.kubernetes.io/control-plane': '', 'node.kubernetes.io/exclude-from-external-load-balancers': '' } : {}),
  };
  return {
    age,
    object: { apiVersion: 'v1', kind: 'Node', metadata: { name, labels }, spec: {} },
    status: {
      conditions: [{ type: 'Ready', status: ready, reason: ready === 'True' ? 'KubeletReady' : 'NodeStatusUnknown', lastHeartbeatTime: ago(10), lastTransitionTime: ago(age - 60) }],
      addresses: [{ type: 'InternalIP', address: ip }, { type: 'Hostname', address: name }],
      nodeInfo: {
        kubeletVersion: 'v1.35.0', osImage: 'Ubuntu 24.04.1 LTS', kernelVersion: '6.8.0-45-generic', containerRuntimeVersion: 'containerd://2.0.0',
        architecture: 'amd64', operatingSystem: 'linux', bootID: '', machineID: '', systemUUID: '', kubeProxyVersion: '',
      },
    },
  };
}

function serviceSeed(name: string, ns: string, age: number, spec: Record<string, unknown>): Seed {
  return { age, object: { apiVersion: 'v1', kind: 'Service', metadata: { name, namespace: ns }, spec } };
}

function clusterObjects(ago: Ago): Seed[] {
  const ns = (name: string, age: number): Seed => ({
    age,
    object: { apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels: { 'kubernetes.io/metadata.name': name } } },
    status: { phase: 'Active' },
  });
  const sa = (namespace: string): Seed => ({ age: TEN_DAYS + 500, object: { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', namespace } } });
  const lease = (name: string, age: number): Seed => ({
    age,
    object: { apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', metadata: { name, namespace: 'kube-node-lease' }, spec: { holderIdentity: name, leaseDurationSeconds: 40 } },
  });
  return [
    ...['default', 'kube-node-lease', 'kube-public', 'kube-system'].map((n) => ns(n, TEN_DAYS + 600)),
    ns('dev', 7520),
    sa('default'),
    sa('kube-system'),
    { age: TEN_DAYS + 400, object: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'kube-root-ca.crt', namespace: 'default' }, data: { 'ca.crt': '-----BEGIN CERTIFICATE-----\n' } } },
    nodeSeed('controlplane', '192.168.1.10', TEN_DAYS + 300, 'True', true, ago),
    nodeSeed('node01', '192.168.1.11', NINE_DAYS + 300, 'True', false, ago),
    nodeSeed('node02', '192.168.1.12', NINE_DAYS + 300, 'Unknown', false, ago),
    lease('controlplane', TEN_DAYS + 300),
    lease('node01', NINE_DAYS + 300),
    lease('node02', NINE_DAYS + 300),
    serviceSeed('kubernetes', 'default', TEN_DAYS + 200, {
      type: 'ClusterIP', clusterIP: '10.96.0.1', clusterIPs: ['10.96.0.1'], ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 }],
    }),
    {
      age: TEN_DAYS + 200,
      object: {
        apiVersion: 'v1', kind: 'Endpoints', metadata: { name: 'kubernetes', namespace: 'default' },
        subsets: [{ addresses: [{ ip: '192.168.1.10' }], ports: [{ name: 'https', port: 6443, protocol: 'TCP' }] }],
      },
    },
    serviceSeed('kube-dns', 'kube-system', TEN_DAYS, {
      type: 'ClusterIP', clusterIP: '10.96.0.10', clusterIPs: ['10.96.0.10'], selector: { 'k8s-app': 'kube-dns' },
      ports: [
        { name: 'dns', port: 53, protocol: 'UDP', targetPort: 53 },
        { name: 'dns-tcp', port: 53, protocol: 'TCP', targetPort: 53 },
        { name: 'metrics', port: 9153, protocol: 'TCP', targetPort: 9153 },
      ],
    }),
    {
      age: TEN_DAYS + 50,
      object: {
        apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass',
        metadata: { name: 'standard', annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' } },
        provisioner: 'rancher.io/local-path', reclaimPolicy: 'Delete', volumeBindingMode: 'WaitForFirstConsumer',
      },
    },
  ];
}

function appObjects(): Seed[] {
  return [
    serviceSeed('nginx', 'default', 1220, { type: 'ClusterIP', clusterIP: '10.96.120.15', clusterIPs: ['10.96.120.15'], selector: { app: 'nginx' }, ports: [{ port: 80, protocol: 'TCP', targetPort: 80 }] }),
    serviceSeed('web-np', 'default', 421, {
      type: 'NodePort', clusterIP: '10.110.34.201', clusterIPs: ['10.110.34.201'], selector: { run: 'web' }, ports: [{ port: 80, protocol: 'TCP', targetPort: 80, nodePort: 31234 }],
    }),
    serviceSeed('web-lb', 'default', 361, {
      type: 'LoadBalancer', clusterIP: '10.103.7.88', clusterIPs: ['10.103.7.88'], selector: { run: 'web' }, ports: [{ port: 80, protocol: 'TCP', targetPort: 80, nodePort: 30569 }],
    }),
    {
      age: 1220,
      object: {
        apiVersion: 'v1', kind: 'Endpoints', metadata: { name: 'nginx', namespace: 'default' },
        subsets: [{ addresses: [{ ip: '10.244.1.4' }, { ip: '10.244.2.3' }, { ip: '10.244.1.5' }], ports: [{ port: 80, protocol: 'TCP' }] }],
      },
    },
    {
      age: 1220,
      object: {
        apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice',
        metadata: { name: 'nginx-7xq2v', namespace: 'default', labels: { 'kubernetes.io/service-name': 'nginx' } },
        addressType: 'IPv4',
        ports: [{ name: '', port: 80, protocol: 'TCP' }],
        endpoints: ['10.244.1.4', '10.244.2.3', '10.244.1.5'].map((ip) => ({ addresses: [ip], conditions: { ready: true } })),
      },
    },
    {
      age: 544,
      object: {
        apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: 'web-ing', namespace: 'default' },
        spec: {
          ingressClassName: 'nginx',
          rules: [{ host: 'foo.example.com', http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'web-np', port: { number: 80 } } } }] } }],
        },
      },
      status: { loadBalancer: { ingress: [{ ip: '192.168.1.240' }] } },
    },
    { age: 920, object: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'app-config', namespace: 'default' }, data: { APP_ENV: 'production', LOG_LEVEL: 'info' } } },
    { age: 860, object: { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'db-secret', namespace: 'default' }, type: 'Opaque', data: { password: 'czNjcjN0', username: 'YWRtaW4=' } } },
    {
      age: 3620,
      object: {
        apiVersion: 'v1', kind: 'PersistentVolume', metadata: { name: 'pv-data' },
        spec: {
          capacity: { storage: '1Gi' }, accessModes: ['ReadWriteOnce'], persistentVolumeReclaimPolicy: 'Retain', storageClassName: 'manual',
          volumeMode: 'Filesystem', hostPath: { path: '/data' }, claimRef: { apiVersion: 'v1', kind: 'PersistentVolumeClaim', namespace: 'default', name: 'data-claim' },
        },
      },
      status: { phase: 'Bound' },
    },
    {
      age: 3020,
      object: {
        apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'data-claim', namespace: 'default' },
        spec: { accessModes: ['ReadWriteOnce'], storageClassName: 'manual', volumeName: 'pv-data', volumeMode: 'Filesystem', resources: { requests: { storage: '1Gi' } } },
      },
      status: { phase: 'Bound', accessModes: ['ReadWriteOnce'], capacity: { storage: '1Gi' } },
    },
    {
      age: 184,
      object: {
        apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'pending-claim', namespace: 'default' },
        spec: { accessModes: ['ReadWriteOnce'], storageClassName: 'standard', volumeMode: 'Filesystem', resources: { requests: { storage: '500Mi' } } },
      },
      status: { phase: 'Pending' },
    },
  ];
}

export function goldenObjects(t0: number): Seed[] {
  const ago: Ago = (seconds) => rfc3339(t0 - seconds * 1000);
  return [...clusterObjects(ago), ...appObjects(), ...goldenWorkloads(ago), ...goldenEvents(ago)];
}
