// Test support for run, expose and set: the objects the fake-v1.35 captures met that the shared
// reference cluster (testing/golden-state.ts) does not hold at T0, and a few extra workloads for
// the transcripts taken from the real kubectl (client-side behaviour: introspected ports and
// protocols, env lists, pods without labels). The same objects were served to the real kubectl.

import { clone, type KubeObject } from '../../sim/api/object';
import type { Cluster } from '../../sim/cluster';

function deployment(name: string, containers: Record<string, unknown>[], extra: { replicas?: number } = {}): KubeObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: 'default', labels: { app: name } },
    spec: {
      replicas: extra.replicas ?? 1,
      selector: { matchLabels: { app: name } },
      template: { metadata: { labels: { app: name } }, spec: { containers } },
    },
  };
}

/**
 * web3 as create-f / apply-f-configured (INDEX.tsv 171–185) left it before the expose captures:
 * deploy-web3-v2.yaml (3 replicas of nginx:1.27 on port 80).
 */
export const WEB3 = deployment('web3', [{ name: 'nginx', image: 'nginx:1.27', ports: [{ containerPort: 80 }] }], { replicas: 3 });

/** Workloads for the real-kubectl transcripts (also served by the fake API server they ran on). */
export const EXTRA_OBJECTS: readonly KubeObject[] = [
  deployment('ports3', [{ name: 'dns', image: 'nginx', ports: [{ containerPort: 80, protocol: 'TCP' }, { containerPort: 53, protocol: 'UDP' }, { containerPort: 53, protocol: 'TCP' }] }]),
  deployment('multi', [{ name: 'a', image: 'nginx', ports: [{ containerPort: 80 }, { containerPort: 443 }] }, { name: 'b', image: 'busybox' }]),
  deployment('envdemo', [
    {
      name: 'app',
      image: 'nginx:1.27',
      env: [
        { name: 'FOO', value: 'bar' },
        { name: 'CM', valueFrom: { configMapKeyRef: { name: 'app-config', key: 'APP_ENV' } } },
        { name: 'PW', valueFrom: { secretKeyRef: { name: 'db-secret', key: 'password' } } },
        { name: 'GONE', valueFrom: { configMapKeyRef: { name: 'app-config', key: 'NOPE' } } },
        { name: 'ME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
      ],
    },
    { name: 'sidecar', image: 'busybox', env: [{ name: 'FOO', value: 'side' }] },
  ]),
  {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'nolabels', namespace: 'default' },
    spec: { containers: [{ name: 'app', image: 'nginx:1.27', ports: [{ containerPort: 8080, name: 'http' }] }] },
  },
  {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'odd-keys', namespace: 'default' },
    data: { 'log.level': 'info', 'max-conns': '10', plain: 'x' },
  },
];

/** The manifests of set/__golden__/files-client.txt (in the directory the real kubectl ran in). */
export const MANIFESTS: Record<string, string> = {
  'filedep.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: filedep
  labels:
    app: filedep
spec:
  replicas: 2
  selector:
    matchLabels:
      app: filedep
  template:
    metadata:
      labels:
        app: filedep
    spec:
      containers:
      - name: app
        image: nginx:1.27
        ports:
        - containerPort: 8080
`,
  'nginx-ref.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: nginx
`,
};

/** Creates objects through the API server (as kubectl create would); fails loudly when one cannot be. */
export function seed(cluster: Cluster, objects: readonly KubeObject[]): void {
  for (const obj of objects) {
    const res = cluster.api.create(clone(obj));
    if (!res.ok) throw new Error(`fixture ${obj.kind} ${obj.metadata.name}: ${res.status.message}`);
  }
}

/**
 * Transcripts of the real kubectl (`__golden__/*-client.txt`): `$ kubectl …` lines, each followed by
 * the command's stdout then stderr, and `[exit N]` when it failed. Outputs always end with a newline.
 */
export function transcriptCommands(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => line.startsWith('$ kubectl '))
    .map((line) => line.slice('$ '.length));
}

export function transcriptEntry(command: string, result: { stdout: string; stderr: string; exitCode: number }): string {
  return `$ ${command}\n${result.stdout}${result.stderr}${result.exitCode !== 0 ? `[exit ${result.exitCode}]\n` : ''}`;
}
