import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FaultsComponent } from '../sim';
import { createSandbox, restoreSandbox, type Sandbox } from '.';
import { clusterView, type ClusterView, type PodView } from './view';

/** Compares with `__golden__/<name>`; UPDATE_GOLDEN=1 rewrites it (then review the diff). */
function golden(name: string, view: ClusterView): void {
  const actual = `${JSON.stringify(view, null, 2)}\n`;
  const file = new URL(`./__golden__/${name}`, import.meta.url);
  if (process.env['UPDATE_GOLDEN']) writeFileSync(file, actual);
  expect(existsSync(file), `missing golden ${name} (run with UPDATE_GOLDEN=1)`).toBe(true);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

function sandboxAfter(lines: string[]): Sandbox {
  const sb = createSandbox({ seed: 7 });
  for (const line of lines) {
    const r = sb.run(line);
    if (r.exitCode !== 0) throw new Error(`${line}: ${r.output}`);
  }
  return sb;
}

const STATEFUL_SET = `kubectl apply -f - <<EOF
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db}
spec:
  serviceName: db
  replicas: 2
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec: {containers: [{name: redis, image: redis}]}
EOF`;

/** nginx answers on 80, so a readiness probe on 8080 never passes. */
const NEVER_READY = `kubectl apply -f - <<EOF
apiVersion: v1
kind: Pod
metadata: {name: api, labels: {app: api}}
spec:
  containers:
  - name: nginx
    image: nginx
    readinessProbe: {httpGet: {port: 8080}, periodSeconds: 2}
EOF`;

const allPods = (view: ClusterView): PodView[] => [...view.nodes.flatMap((n) => n.pods), ...view.unscheduled];

/** `kubectl get pods -A` as namespace/name → STATUS. */
function kubectlStatuses(sb: Sandbox): Map<string, string> {
  const out = sb.run('kubectl get pods -A --no-headers').output;
  return new Map(out.trim().split('\n').map((line) => {
    const [ns, name, , status] = line.split(/\s+/);
    return [`${ns}/${name}`, status ?? ''];
  }));
}

describe('clusterView', () => {
  it('pictures a freshly booted cluster, kube-system counted but hidden', () => {
    const sb = createSandbox({ seed: 7 });
    const view = clusterView(sb.cluster);
    golden('booted.json', view);
    expect(view.hidden.pods).toBe(view.nodes.reduce((n, node) => n + node.hiddenPods, 0));
  });

  it('shows kube-system when asked, with statuses exactly as kubectl get pods prints them', () => {
    const sb = sandboxAfter(['kubectl run broken --image=nginx:no-such-tag', `kubectl run lost --image=nginx --overrides='{"spec":{"nodeSelector":{"disk":"ssd"}}}'`]);
    sb.cluster.advance(30_000);
    const view = clusterView(sb.cluster, { includeKubeSystem: true });
    expect(view.hidden).toEqual({ namespaces: [], pods: 0, services: 0 });
    const statuses = kubectlStatuses(sb);
    const pods = allPods(view);
    expect(pods.length).toBe(statuses.size);
    for (const pod of pods) expect([pod.key, pod.status]).toEqual([pod.key, statuses.get(pod.key)]);
    expect(view.unscheduled.map((p) => [p.name, p.status, p.node])).toEqual([['lost', 'Pending', null]]);
    expect(pods.find((p) => p.name === 'broken')?.status).toMatch(/ImagePullBackOff|ErrImagePull/);
  });

  it('tells the old ReplicaSet from the new one in the middle of a rolling update', () => {
    const sb = sandboxAfter(['kubectl create deployment web --image=nginx --replicas=3']);
    sb.cluster.runUntilQuiet();
    sb.run('kubectl set image deploy/web nginx=nginx:1.27');
    sb.cluster.advance(2_000);
    const view = clusterView(sb.cluster);
    golden('rollout.json', view);
    const pods = allPods(view);
    const hashes = new Set(pods.map((p) => p.templateHash));
    expect(hashes.size).toBe(2);
    for (const pod of pods) {
      expect(pod.owners.map((o) => o.kind)).toEqual(['Deployment', 'ReplicaSet']);
      expect(pod.outdated).toBe(pod.owners[1]?.revision === '1');
    }
  });

  it('links a Service to the pods behind it, ready or not', () => {
    const sb = sandboxAfter(['kubectl create deployment web --image=nginx --replicas=2', 'kubectl expose deployment web --port=80 --target-port=80 --type=NodePort', NEVER_READY, 'kubectl expose pod api --port=80']);
    sb.cluster.advance(20_000);
    const view = clusterView(sb.cluster);
    golden('service.json', view);
    const web = view.services.find((s) => s.name === 'web');
    const webPods = allPods(view).filter((p) => p.name.startsWith('web-')).map((p) => p.key).sort();
    expect(web?.endpoints.map((e) => [e.pod, e.ready])).toEqual(webPods.map((key) => [key, true]));
    const api = view.services.find((s) => s.name === 'api');
    expect(api?.endpoints.map((e) => [e.pod, e.ready])).toEqual([['default/api', false]]);
  });

  it('shows a stopped node as NotReady with its unreachable taints', () => {
    const sb = sandboxAfter(['kubectl create deployment web --image=nginx --replicas=2']);
    sb.cluster.runUntilQuiet();
    sb.cluster.component<FaultsComponent>('faults').stopNode('node01');
    sb.cluster.advance(60_000);
    const view = clusterView(sb.cluster);
    golden('stopped-node.json', view);
    const node01 = view.nodes.find((n) => n.name === 'node01');
    expect(node01?.ready).toBe('NotReady');
    expect(node01?.taints).toContain('node.kubernetes.io/unreachable:NoSchedule');
  });

  it('names the owners of Job, StatefulSet and DaemonSet pods, and cordoned nodes', () => {
    const sb = sandboxAfter(['kubectl create job once --image=busybox -- true', 'kubectl cordon node02', STATEFUL_SET]);
    sb.cluster.runUntilQuiet();
    const db = allPods(clusterView(sb.cluster)).filter((p) => p.name.startsWith('db-'));
    expect(db.map((p) => [p.name, p.owners, p.outdated])).toEqual([
      ['db-0', [{ kind: 'StatefulSet', name: 'db', revision: null }], false],
      ['db-1', [{ kind: 'StatefulSet', name: 'db', revision: null }], false],
    ]);
    const view = clusterView(sb.cluster, { includeKubeSystem: true });
    const once = allPods(view).find((p) => p.name.startsWith('once-'));
    expect(once?.owners).toEqual([{ kind: 'Job', name: 'once', revision: null }]);
    expect(once?.status).toBe('Completed');
    const proxy = allPods(view).find((p) => p.name.startsWith('kube-proxy-'));
    expect(proxy?.owners).toEqual([{ kind: 'DaemonSet', name: 'kube-proxy', revision: null }]);
    expect(proxy?.outdated).toBe(false);
    const node02 = view.nodes.find((n) => n.name === 'node02');
    expect([node02?.status, node02?.schedulingDisabled]).toEqual(['Ready,SchedulingDisabled', true]);
  });

  it('gives the same view after a snapshot round trip, so updates diff cleanly', () => {
    const sb = sandboxAfter(['kubectl create deployment web --image=nginx --replicas=3', 'kubectl expose deployment web --port=80']);
    sb.cluster.advance(5_000);
    const again = restoreSandbox(JSON.parse(JSON.stringify(sb.snapshot())));
    expect(clusterView(again.cluster)).toEqual(clusterView(sb.cluster));
  });
});
