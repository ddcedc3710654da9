// kubectl describe beyond the captures: the command's behaviours (prefix matching, selectors, -A,
// --show-events=false, several objects, errors) and the describers no capture covers, on the
// reference cluster; and a live cluster booted by createCluster() describing a running nginx
// Deployment's pod and node01. Each transcript is compared whole with its file in __golden__/
// (reviewed by eye; set UPDATE_GOLDEN=1 to rewrite them).

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createCluster } from '../../sim/index';
import type { KubeObject } from '../../sim/api/object';
import type { Cluster } from '../../sim/cluster';
import { kubectl } from '../index';
import { describeGoldenCluster } from './testing/golden-describe';

const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), '__golden__');

/** `$ kubectl …` then stdout, stderr and the exit code of each command, as one transcript. */
function transcript(cluster: Cluster, commands: readonly (readonly string[])[]): string {
  return commands
    .map((args) => {
      const r = kubectl(args, { cluster });
      return `$ kubectl ${args.join(' ')}\n${r.stdout}${r.stderr ? `[stderr]\n${r.stderr}` : ''}[exit ${r.exitCode}]\n`;
    })
    .join('\n');
}

function expectGolden(name: string, text: string): void {
  const file = join(GOLDEN_DIR, `${name}.txt`);
  if (process.env['UPDATE_GOLDEN'] || !existsSync(file)) {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(file, text);
  }
  expect(text).toBe(readFileSync(file, 'utf8'));
}

const create = (cluster: Cluster, obj: Record<string, unknown>): void => {
  const r = cluster.api.create(obj as unknown as KubeObject);
  if (!r.ok) throw new Error(r.status.message);
};

describe('kubectl describe: command behaviour', () => {
  it('prefix match, TYPE/NAME, selectors, -A, --show-events=false, errors', () => {
    const cluster = describeGoldenCluster(4);
    expectGolden(
      'command',
      transcript(cluster, [
        ['describe', 'pods', 'nginx-5869d7778c-4'],
        ['describe', 'svc/web-np', 'svc/kubernetes'],
        ['describe', 'pod', 'crashy', 'nope'],
        ['describe', 'deploy', 'nginx', '--show-events=false'],
        ['describe', 'ds', '-A', '-l', 'k8s-app=kube-proxy'],
        ['describe', 'pods', '-n', 'dev'],
        ['describe', 'pods', 'zzz'],
        ['describe'],
        ['describe', 'nodes', '-l', 'node-role.kubernetes.io/control-plane', '--show-events=false'],
      ]),
    );
  });
});

describe('kubectl describe: describers without a capture', () => {
  it('rbac, quota, limit range, priority class, storage class, endpoint slice, lease, event, terminating pod', () => {
    const cluster = describeGoldenCluster(4);
    create(cluster, {
      apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: { name: 'pod-reader', namespace: 'default' },
      rules: [{ apiGroups: [''], resources: ['pods', 'pods/log'], verbs: ['get', 'list', 'watch'] }, { apiGroups: ['apps'], resources: ['deployments'], resourceNames: ['web'], verbs: ['get', 'patch'] }],
    });
    create(cluster, {
      apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding', metadata: { name: 'read-pods', namespace: 'default' },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'pod-reader' },
      subjects: [{ kind: 'User', name: 'jane', apiGroup: 'rbac.authorization.k8s.io' }, { kind: 'ServiceAccount', name: 'default', namespace: 'default' }],
    });
    create(cluster, { apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name: 'compute', namespace: 'dev' }, spec: { hard: { pods: '10', 'requests.cpu': '2', 'limits.memory': '2Gi' } } });
    // This fixture runs no quota controller: write the status it would.
    const quota = cluster.store.get('resourcequotas', 'dev/compute') as KubeObject;
    cluster.store.put('resourcequotas', { ...quota, status: { hard: { pods: '10', 'requests.cpu': '2', 'limits.memory': '2Gi' }, used: { pods: '1', 'requests.cpu': '250m', 'limits.memory': '512Mi' } } });
    create(cluster, {
      apiVersion: 'v1', kind: 'LimitRange', metadata: { name: 'defaults', namespace: 'dev' },
      spec: { limits: [{ type: 'Container', default: { cpu: '500m', memory: '256Mi' }, defaultRequest: { cpu: '100m', memory: '128Mi' }, max: { cpu: '1' } }] },
    });
    create(cluster, { apiVersion: 'scheduling.k8s.io/v1', kind: 'PriorityClass', metadata: { name: 'high' }, value: 1000, description: 'Important workloads.' });
    const pod = cluster.store.get('pods', 'default/web') as KubeObject;
    cluster.store.put('pods', { ...pod, metadata: { ...pod.metadata, deletionTimestamp: new Date(cluster.now() - 5000).toISOString().replace('.000', ''), deletionGracePeriodSeconds: 30 } });
    expectGolden(
      'describers',
      transcript(cluster, [
        ['describe', 'role', 'pod-reader'],
        ['describe', 'rolebinding', 'read-pods'],
        ['describe', 'quota', '-n', 'dev'],
        ['describe', 'limits', '-n', 'dev'],
        ['describe', 'ns', 'dev'],
        ['describe', 'pc', 'high'],
        ['describe', 'sc', 'standard'],
        ['describe', 'endpointslice', 'nginx-7xq2v'],
        ['describe', 'lease', '-n', 'kube-node-lease', 'node01'],
        ['describe', 'pod', 'web'],
      ]),
    );
  });
});

describe('kubectl describe on a live cluster', () => {
  it('a running nginx Deployment, its pod and node01', () => {
    const cluster = createCluster();
    const created = kubectl(['create', 'deployment', 'nginx', '--image=nginx:1.27', '--replicas=2'], { cluster });
    expect(created.exitCode).toBe(0);
    cluster.advance(90_000);
    const pod = kubectl(['get', 'pods', '-l', 'app=nginx', '-o', 'name'], { cluster }).stdout.split('\n')[0] ?? '';
    expectGolden('live-nginx', transcript(cluster, [['describe', pod], ['describe', 'deployment', 'nginx'], ['describe', 'node', 'node01']]));
  });
});
