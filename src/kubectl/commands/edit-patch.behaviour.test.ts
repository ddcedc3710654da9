// label, annotate, patch, edit and replace against a full simulated cluster (every controller, the
// kubelet, the network): the changes they make must have the effects they have on a real cluster.

import { describe, expect, it } from 'vitest';
import { createCluster, type Cluster, type KubeObject } from '../../sim';
import { kubectl, type KubectlContext } from '../index';
import { shellWords } from '../testing/shell-words';

const FILES: Record<string, string> = {
  'web.yaml':
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n      - name: nginx\n        image: nginx:1.27\n',
  'svc.yaml':
    'apiVersion: v1\nkind: Service\nmetadata:\n  name: front\nspec:\n  selector:\n    tier: front\n  ports:\n  - port: 80\n',
  'pod.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: solo\n  labels:\n    app: solo\nspec:\n  containers:\n  - name: c\n    image: nginx:1.27\n',
};

function setup(): { cluster: Cluster; run: (line: string, extra?: Partial<KubectlContext>) => ReturnType<typeof kubectl> } {
  const cluster = createCluster();
  const files = { readFile: (p: string) => FILES[p], isDir: () => false, list: () => [] };
  const run = (line: string, extra: Partial<KubectlContext> = {}) =>
    kubectl(shellWords(line).slice(1), { cluster, files, wait: (ms) => cluster.advance(ms), ...extra });
  return { cluster, run };
}

const ok = (r: ReturnType<typeof kubectl>): string => {
  expect(r.stderr).toBe('');
  expect(r.exitCode).toBe(0);
  return r.stdout;
};

function endpointIPs(cluster: Cluster, name: string): string[] {
  const slices = cluster.api.list(cluster.api.resourceOf('endpointslices.discovery.k8s.io')!, { namespace: 'default', labelSelector: `kubernetes.io/service-name=${name}` });
  if (!slices.ok) return [];
  return slices.object.flatMap((s) => ((s['endpoints'] ?? []) as { addresses: string[] }[]).flatMap((e) => e.addresses)).sort();
}

function pods(cluster: Cluster, selector: string): KubeObject[] {
  const res = cluster.api.list(cluster.api.resourceOf('pods')!, { namespace: 'default', labelSelector: selector });
  return res.ok ? res.object.filter((p) => !p.metadata.deletionTimestamp) : [];
}

const images = (ps: KubeObject[]): string[] => ps.map((p) => ((p['spec'] as { containers: { image: string }[] }).containers[0] as { image: string }).image);

describe('label changes what selectors select', () => {
  it('a pod labelled to match a Service becomes one of its endpoints, and leaves when unlabelled', () => {
    const { cluster, run } = setup();
    ok(run('kubectl apply -f svc.yaml'));
    ok(run('kubectl apply -f pod.yaml'));
    cluster.runUntilQuiet();
    expect(endpointIPs(cluster, 'front')).toEqual([]);

    expect(ok(run('kubectl label pod solo tier=front'))).toBe('pod/solo labeled\n');
    cluster.runUntilQuiet();
    const ip = ((cluster.api.get(cluster.api.resourceOf('pods')!, 'default', 'solo') as { object: KubeObject }).object['status'] as { podIP: string }).podIP;
    expect(endpointIPs(cluster, 'front')).toEqual([ip]);

    expect(ok(run('kubectl label pod solo tier-'))).toBe('pod/solo unlabeled\n');
    cluster.runUntilQuiet();
    expect(endpointIPs(cluster, 'front')).toEqual([]);
  });
});

describe('patch and edit start rollouts', () => {
  it("patching a Deployment's image rolls every pod over to it", () => {
    const { cluster, run } = setup();
    ok(run('kubectl apply -f web.yaml'));
    cluster.runUntilQuiet();
    expect(images(pods(cluster, 'app=web'))).toEqual(['nginx:1.27', 'nginx:1.27']);
    const patch = '{"spec":{"template":{"spec":{"containers":[{"name":"nginx","image":"nginx:1.28"}]}}}}';
    expect(ok(run(`kubectl patch deployment web -p '${patch}'`))).toBe('deployment.apps/web patched\n');
    cluster.runUntilQuiet();
    expect(images(pods(cluster, 'app=web'))).toEqual(['nginx:1.28', 'nginx:1.28']);
    expect(ok(run('kubectl rollout history deployment/web'))).toContain('2         <none>');
  });

  it('a JSON patch of the replicas scales the Deployment', () => {
    const { cluster, run } = setup();
    ok(run('kubectl apply -f web.yaml'));
    cluster.runUntilQuiet();
    ok(run(`kubectl patch deployment web --type=json -p '[{"op":"replace","path":"/spec/replicas","value":4}]'`));
    cluster.runUntilQuiet();
    expect(pods(cluster, 'app=web')).toHaveLength(4);
  });

  it('the scale subresource patched with a merge patch scales too', () => {
    const { cluster, run } = setup();
    ok(run('kubectl apply -f web.yaml'));
    cluster.runUntilQuiet();
    expect(ok(run(`kubectl patch deployment web --subresource=scale --type=merge -p '{"spec":{"replicas":1}}'`))).toBe('scale.autoscaling/web patched\n');
    cluster.runUntilQuiet();
    expect(pods(cluster, 'app=web')).toHaveLength(1);
  });

  it('editing the image in the editor rolls the pods over', () => {
    const { cluster, run } = setup();
    ok(run('kubectl apply -f web.yaml'));
    cluster.runUntilQuiet();
    const editor = (text: string) => text.replace('image: nginx:1.27', 'image: nginx:1.29');
    expect(ok(run('kubectl edit deployment web', { editor }))).toBe('deployment.apps/web edited\n');
    cluster.runUntilQuiet();
    expect(images(pods(cluster, 'app=web'))).toEqual(['nginx:1.29', 'nginx:1.29']);
  });
});

describe('replace --force', () => {
  it('deletes a running pod, waits in virtual time until it is gone, and creates it again', () => {
    const { cluster, run } = setup();
    ok(run('kubectl apply -f pod.yaml'));
    cluster.runUntilQuiet();
    const uid = (cluster.api.get(cluster.api.resourceOf('pods')!, 'default', 'solo') as { object: KubeObject }).object.metadata.uid;
    const start = cluster.now();
    const out = ok(run('kubectl replace --force -f pod.yaml'));
    expect(out).toBe('pod "solo" deleted from default namespace\npod/solo replaced\n');
    expect(cluster.now()).toBeGreaterThan(start);
    const now = cluster.api.get(cluster.api.resourceOf('pods')!, 'default', 'solo') as { ok: true; object: KubeObject };
    expect(now.object.metadata.uid).not.toBe(uid);
  });

  it('without a way to wait, a pod that takes time to stop ends the command like a timeout', () => {
    const { cluster, run } = setup();
    ok(run('kubectl apply -f pod.yaml'));
    cluster.runUntilQuiet();
    const r = run('kubectl replace --force -f pod.yaml', { wait: undefined });
    expect(r).toEqual({ stdout: 'pod "solo" deleted from default namespace\n', stderr: 'error: context deadline exceeded\n', exitCode: 1 });
  });
});
