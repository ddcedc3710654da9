// kubectl --as / --as-group / --as-uid / --as-user-extra on a live simulated cluster: every API
// request of the command is authorized as the impersonated user against the stored RBAC objects,
// with the API server's Forbidden messages (verb, resource/subresource, group, namespace or cluster
// scope, the RBAC reason), while the admin's own commands are untouched. Each transcript is compared
// whole with its __golden__ file (UPDATE_GOLDEN=1 rewrites them).

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../sim/api/object';
import type { Cluster } from '../../sim/cluster';
import { create, deployment, liveCluster, Transcript } from '../commands/node-debug-fixture';

function golden(name: string, actual: string): void {
  const file = new URL(`./__golden__/${name}`, import.meta.url);
  if (process.env['UPDATE_GOLDEN']) writeFileSync(file, actual);
  expect(existsSync(file), `missing golden ${name} (run with UPDATE_GOLDEN=1)`).toBe(true);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

/** A cluster with namespace dev and a running deployment web (1 pod) in it. */
function devCluster(): { cluster: Cluster; t: Transcript } {
  const cluster = liveCluster();
  create(cluster, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'dev' } });
  create(cluster, { ...deployment('web', 'nginx:1.27', 1), metadata: { name: 'web', namespace: 'dev' } });
  cluster.runUntilQuiet();
  return { cluster, t: new Transcript(cluster) };
}

const podOf = (cluster: Cluster): string => cluster.store.list('pods', 'dev')[0]?.metadata.name ?? '';

describe('kubectl --as', () => {
  it('refuses what no binding grants, with the API server messages', () => {
    const { cluster, t } = devCluster();
    const pod = podOf(cluster);
    t.kubectl('get pods --as=jane');
    t.kubectl('get pods -A --as=jane');
    t.kubectl('get nodes --as jane');
    t.kubectl(`get pod ${pod} -n dev --as jane`);
    t.kubectl('get deployments -n dev --as=system:serviceaccount:dev:sa1');
    t.kubectl('create deployment api --image=nginx -n dev --as jane');
    t.kubectl('create configmap c --from-literal=a=b -n dev --as jane');
    t.kubectl(`delete pod ${pod} -n dev --as jane`);
    t.kubectl(`logs ${pod} -n dev --as jane`);
    t.kubectl(`exec ${pod} -n dev --as jane -- hostname`);
    // A request on one namespace is in that namespace; the list of namespaces is not.
    t.kubectl('get namespace dev --as jane');
    t.kubectl('delete namespace dev --as jane');
    t.kubectl('get namespaces --as jane');
    t.kubectl('create namespace qa --as jane');
    t.kubectl('get componentstatuses --as jane');
    t.kubectl('cluster-info --as jane');
    t.kubectl('auth can-i list pods -n dev --as jane');
    t.kubectl('auth whoami --as system:anonymous');
    golden('impersonation-forbidden.txt', t.text);
  });

  it('allows what bindings grant, request by request (list, watch, subresources, patch)', () => {
    const { cluster, t } = devCluster();
    const pod = podOf(cluster);
    t.kubectl('create role reader --verb=get,list --resource=pods,pods/log -n dev');
    t.kubectl('create rolebinding jane-reads --role=reader --user=jane -n dev');
    t.kubectl('get pods -n dev --as jane');
    // Several types: what may be listed is printed, the refusals come last.
    t.kubectl('get pods,deployments,services -n dev --as jane');
    t.kubectl(`logs ${pod} -n dev --as jane`);
    t.kubectl(`exec ${pod} -n dev --as jane -- hostname`);
    t.kubectl(`port-forward ${pod} 8080:80 -n dev --as jane`);
    t.kubectl('get pods -n dev -w --as jane', { watchLimitMs: 2000 });
    t.kubectl(`label pod ${pod} -n dev tier=web --as jane`);
    t.kubectl('scale deployment web -n dev --replicas=2 --as jane');
    t.kubectl(`describe pod ${pod} -n dev --as jane`);
    // A service account by its groups; edit lets it patch, scale and roll out.
    t.kubectl('create rolebinding sa-edit --clusterrole=edit --group=system:serviceaccounts:dev -n dev');
    t.kubectl(`label pod ${pod} -n dev tier=web --as system:serviceaccount:dev:sa1`);
    t.kubectl('scale deployment web -n dev --replicas=2 --as system:serviceaccount:dev:sa1');
    t.kubectl('rollout status deployment web -n dev --as system:serviceaccount:dev:sa1');
    t.kubectl('get pods -n default --as system:serviceaccount:dev:sa1');
    t.kubectl('delete deployment web -n dev --as system:serviceaccount:dev:sa1');
    golden('impersonation-allowed.txt', t.text);
  });

  it('names the missing role, honours system:masters and the admin’s right to impersonate', () => {
    const { t } = devCluster();
    t.kubectl('create rolebinding ghost --role=missing --user=bob -n dev');
    t.kubectl('get pods -n dev --as bob');
    t.kubectl('get pods -n dev --as bob --as-group system:masters');
    t.kubectl('auth whoami --as jane --as-group devs --as-uid 42 --as-user-extra Team=a --as-user-extra team=b --as-user-extra dropped');
    t.kubectl('auth whoami --as system:serviceaccount:dev:sa1');
    t.kubectl('get pods --as-group devs');
    t.kubectl('create deployment x --image=nginx --dry-run=client -o name --as-uid 1');
    t.kubectl('config view --minify -o jsonpath={.users[0].name} --as-group devs');
    t.kubectl('version --client --as-group devs');
    // Without its binding the admin may no longer impersonate anyone.
    t.kubectl('delete clusterrolebinding kubeadm:cluster-admins');
    t.kubectl('get pods --as jane');
    t.kubectl('get pods --as system:serviceaccount:dev:sa1');
    golden('impersonation-identity.txt', t.text);
  });

  it('asks the Metrics API as the user for kubectl top', () => {
    const { cluster, t } = devCluster();
    create(cluster, {
      apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'metrics-server', namespace: 'kube-system' },
      spec: {
        selector: { matchLabels: { 'k8s-app': 'metrics-server' } },
        template: {
          metadata: { labels: { 'k8s-app': 'metrics-server' } },
          spec: { containers: [{ name: 'metrics-server', image: 'registry.k8s.io/metrics-server/metrics-server:v0.8.0', args: ['--kubelet-insecure-tls'] }] },
        },
      },
    });
    // What metrics-server's manifest adds: its readings for whoever may view.
    create(cluster, {
      apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole',
      metadata: { name: 'system:aggregated-metrics-reader', labels: { 'rbac.authorization.k8s.io/aggregate-to-view': 'true' } },
      rules: [{ apiGroups: ['metrics.k8s.io'], resources: ['pods', 'nodes'], verbs: ['get', 'list', 'watch'] }],
    } as unknown as KubeObject);
    cluster.runUntilQuiet();
    cluster.advance(40_000);
    t.kubectl('top pods -n dev --as jane');
    t.kubectl('top pod web -n dev --as jane');
    t.kubectl('top nodes --as jane');
    t.kubectl('create clusterrolebinding jane-view --clusterrole=view --user=jane');
    t.kubectl('top pods -n dev --as jane');
    // view reads node metrics, but not the nodes top also lists.
    t.kubectl('top nodes --as jane');
    golden('impersonation-top.txt', t.text);
  });
});
