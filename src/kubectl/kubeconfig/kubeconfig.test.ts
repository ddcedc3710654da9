// The kubeconfig module: parsing and writing back (round trip), redaction and minify, kubeadm's
// admin kubeconfig, and the kubeconfig deciding kubectl's context and default namespace.

import { identityOfClientCertificate } from '../../sim/pki';
import { describe, expect, it } from 'vitest';
import { decodeBase64 } from '../../lib/base64';
import type { KubeObject } from '../../sim/api/object';
import { createCluster } from '../../sim/index';
import { kubectl } from '../index';
import { goldenCluster } from '../testing/golden-state';
import { currentContext, serverUnavailable } from './current';
import { defaultKubeconfig, defaultKubeconfigText } from './default';
import { memoryKubeconfig } from './memory-file';
import { minifyKubeconfig, parseKubeconfig, redactKubeconfig, serializeKubeconfig } from './model';

const TWO_CONTEXTS = `apiVersion: v1
kind: Config
preferences: {}
current-context: b
clusters:
- name: prod
  cluster:
    server: https://10.0.0.1:6443
    certificate-authority-data: QUJD
- name: lab
  cluster: {server: 'https://10.0.0.2:6443'}
contexts:
- name: b
  context: {cluster: lab, user: admin, namespace: dev}
- name: a
  context: {cluster: prod, user: admin}
users:
- name: admin
  user:
    token: s3cr3t
    client-key-data: S0VZ
`;

describe('parse and serialise', () => {
  it('writes the file kubectl writes: keys and entries sorted, empty preferences dropped', () => {
    const parsed = parseKubeconfig(TWO_CONTEXTS, '/root/.kube/config');
    if (!parsed.ok) throw new Error('parse failed');
    expect(serializeKubeconfig(parsed.config)).toBe(`apiVersion: v1
clusters:
- cluster:
    server: https://10.0.0.2:6443
  name: lab
- cluster:
    certificate-authority-data: QUJD
    server: https://10.0.0.1:6443
  name: prod
contexts:
- context:
    cluster: prod
    user: admin
  name: a
- context:
    cluster: lab
    namespace: dev
    user: admin
  name: b
current-context: b
kind: Config
users:
- name: admin
  user:
    client-key-data: S0VZ
    token: s3cr3t
`);
    const again = parseKubeconfig(serializeKubeconfig(parsed.config), 'x');
    expect(again.ok && serializeKubeconfig(again.config)).toBe(serializeKubeconfig(parsed.config));
  });

  it('reads an empty file as an empty config and reports broken YAML as kubectl does', () => {
    const empty = parseKubeconfig('', 'x');
    expect(empty.ok && serializeKubeconfig(empty.config)).toBe('apiVersion: v1\nclusters: null\ncontexts: null\ncurrent-context: ""\nkind: Config\nusers: null\n');
    const broken = parseKubeconfig('apiVersion: v1\nclusters:\n- name: a\n  cluster: [\n', '/root/.kube/config');
    expect(broken.ok).toBe(false);
    if (!broken.ok && broken.error.kind === 'message') expect(broken.error.message).toMatch(/^error loading config file "\/root\/.kube\/config": yaml: line \d+: /);
  });

  it('redacts secrets and certificate data, and minifies to the current context', () => {
    const parsed = parseKubeconfig(TWO_CONTEXTS, 'x');
    if (!parsed.ok) throw new Error('parse failed');
    const red = redactKubeconfig(parsed.config);
    expect(red.users.get('admin')).toEqual({ token: 'REDACTED', 'client-key-data': 'DATA+OMITTED' });
    expect(red.clusters.get('prod')?.['certificate-authority-data']).toBe('DATA+OMITTED');
    const mini = minifyKubeconfig(parsed.config);
    expect(mini.ok && [...mini.config.clusters.keys(), ...mini.config.contexts.keys()]).toEqual(['lab', 'b']);
    expect(minifyKubeconfig({ ...parsed.config, currentContext: '' })).toEqual({ ok: false, error: { kind: 'message', message: 'current-context must exist in order to minify' } });
  });
});

describe("kubeadm's admin kubeconfig", () => {
  it('names cluster kubernetes at the control plane, user kubernetes-admin, with the cluster PKI’s certificates', () => {
    const cluster = goldenCluster();
    const text = defaultKubeconfigText(cluster);
    expect(text).toBe(defaultKubeconfigText(cluster));
    const config = defaultKubeconfig(cluster);
    expect(config.currentContext).toBe('kubernetes-admin@kubernetes');
    expect(config.clusters.get('kubernetes')?.['server']).toBe('https://192.168.1.10:6443');
    const ca = decodeBase64(String(config.clusters.get('kubernetes')?.['certificate-authority-data']));
    expect(ca.startsWith('-----BEGIN CERTIFICATE-----\n')).toBe(true);
    const admin = decodeBase64(String(config.users.get('kubernetes-admin')?.['client-certificate-data']));
    expect(identityOfClientCertificate(admin, ca, cluster.clock.now())).toEqual({ ok: true, user: 'kubernetes-admin', groups: ['kubeadm:cluster-admins', 'system:authenticated'] });
    const key = decodeBase64(String(config.users.get('kubernetes-admin')?.['client-key-data']));
    expect(key.startsWith('-----BEGIN RSA PRIVATE KEY-----\n')).toBe(true);
    const view = kubectl(['config', 'view'], { cluster, kubeconfig: memoryKubeconfig(text) });
    expect(view.stdout).toBe(`apiVersion: v1
clusters:
- cluster:
    certificate-authority-data: DATA+OMITTED
    server: https://192.168.1.10:6443
  name: kubernetes
contexts:
- context:
    cluster: kubernetes
    user: kubernetes-admin
  name: kubernetes-admin@kubernetes
current-context: kubernetes-admin@kubernetes
kind: Config
users:
- name: kubernetes-admin
  user:
    client-certificate-data: DATA+OMITTED
    client-key-data: DATA+OMITTED
`);
    expect(kubectl(['config', 'view', '--raw'], { cluster, kubeconfig: memoryKubeconfig(text) }).stdout).toBe(text);
  });
});

describe('the kubeconfig decides the context and the default namespace', () => {
  it('set-context --current --namespace=dev makes `kubectl get pods` list the pods of dev', () => {
    const cluster = createCluster({ workers: 1 });
    for (const obj of [
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'dev' } },
      { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'api', namespace: 'dev' }, spec: { containers: [{ name: 'api', image: 'nginx:1.27' }] } },
    ]) {
      const r = cluster.api.create(obj as KubeObject);
      if (!r.ok) throw new Error(r.status.message);
    }
    cluster.runUntilQuiet();
    const file = memoryKubeconfig(defaultKubeconfigText(cluster));
    const ctx = { cluster, kubeconfig: file };
    expect(kubectl(['get', 'pods'], ctx)).toMatchObject({ stdout: '', stderr: 'No resources found in default namespace.\n', exitCode: 0 });
    expect(kubectl(['config', 'set-context', '--current', '--namespace=dev'], ctx).stdout).toBe('Context "kubernetes-admin@kubernetes" modified.\n');
    expect(currentContext(ctx)).toEqual({ name: 'kubernetes-admin@kubernetes', namespace: 'dev', clusterName: 'kubernetes', userName: 'kubernetes-admin' });
    const pods = kubectl(['get', 'pods'], ctx);
    expect(pods.exitCode).toBe(0);
    expect(pods.stdout.split('\n')[1]).toMatch(/^api\s+1\/1\s+Running\s+0\s+\S+$/);
    // -n still wins, and a second context in the file is reachable with --context and use-context.
    expect(kubectl(['get', 'pods', '-n', 'default'], ctx).stderr).toBe('No resources found in default namespace.\n');
    expect(kubectl(['config', 'set-context', 'sys', '--cluster=kubernetes', '--user=kubernetes-admin', '--namespace=kube-system'], ctx).stdout).toBe('Context "sys" created.\n');
    expect(kubectl(['get', 'deploy', '--context', 'sys', '-o', 'name'], ctx).stdout).toBe('deployment.apps/coredns\n');
    expect(kubectl(['get', 'pods', '--context', 'nope'], ctx).stderr).toBe('Error in configuration: context was not found for specified context: nope\n');
    expect(kubectl(['config', 'use-context', 'sys'], ctx).stdout).toBe('Switched to context "sys".\n');
    expect(kubectl(['get', 'deploy', '-o', 'name'], ctx).stdout).toBe('deployment.apps/coredns\n');
    expect(file.text).toContain('current-context: sys\n');
  });

  it('without a kubeconfig file kubectl has no server; a broken file fails every command', () => {
    const cluster = goldenCluster();
    const missing = { cluster, kubeconfig: memoryKubeconfig(undefined) };
    expect(serverUnavailable(missing)).toEqual({ kind: 'raw', text: 'The connection to the server localhost:8080 was refused - did you specify the right host or port?\n' });
    expect(currentContext(missing)).toBeUndefined();
    const broken = { cluster, kubeconfig: memoryKubeconfig('apiVersion: v1\nclusters: [\n') };
    const r = kubectl(['get', 'pods'], broken);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/^error: error loading config file "\/root\/.kube\/config": yaml: line \d+: .*\n$/);
    // Without ctx.kubeconfig the host's context name and namespace stand in for the file.
    expect(currentContext({ cluster, contextName: 'lab', namespace: 'dev' })).toEqual({ name: 'lab', namespace: 'dev', clusterName: 'kubernetes', userName: 'kubernetes-admin' });
  });
});
