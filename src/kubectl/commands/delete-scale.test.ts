// delete, scale and autoscale against a whole simulated cluster (controllers, scheduler, kubelets,
// garbage collector, HPA): what the commands print, how much virtual time their waits take, and
// what the cluster looks like afterwards.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../sim/api/object';
import { createCluster, type Cluster } from '../../sim';
import { kubectl } from '../index';
import { deletableGoldenCluster, runner, type Runner } from './delete-scale.test-util';

function live(): Runner {
  return runner(createCluster());
}

function create(c: Cluster, obj: KubeObject): void {
  const r = c.api.create(obj);
  if (!r.ok) throw new Error(r.status.message);
}

function deployment(name: string, replicas: number): KubeObject {
  return {
    apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name, namespace: 'default' },
    spec: {
      replicas, selector: { matchLabels: { app: name } },
      template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.27', resources: { requests: { cpu: '100m' } } }] } },
    },
  };
}

/**
 * A running pod `sleeper` whose process ignores SIGTERM, so deleting it takes the whole grace
 * period. (Not runUntilQuiet: that would run until `sleep` itself ends.)
 */
function startSleeper(c: Cluster, grace: number): void {
  create(c, {
    apiVersion: 'v1', kind: 'Pod', metadata: { name: 'sleeper', namespace: 'default' },
    spec: { terminationGracePeriodSeconds: grace, containers: [{ name: 'sleep', image: 'busybox:1.36', command: ['sleep', '3600'] }] },
  });
  c.runUntil(() => isRunning(c.api.peek('pods', 'default', 'sleeper') as KubeObject));
}

const names = (c: Cluster, resource: string): string[] => c.store.list(resource, 'default').map((o) => o.metadata.name ?? '');
const podsOf = (c: Cluster, app: string): KubeObject[] => c.store.list('pods', 'default').filter((p) => p.metadata.labels?.['app'] === app);
const isRunning = (p: KubeObject): boolean => (p['status'] as { phase?: string } | undefined)?.phase === 'Running' && !p.metadata.deletionTimestamp;

describe('kubectl delete on a live cluster', () => {
  it('deletes a Deployment; the garbage collector then removes its ReplicaSet and pods', () => {
    const k = live();
    create(k.cluster, deployment('web', 3));
    k.cluster.runUntilQuiet();
    expect(podsOf(k.cluster, 'web').filter(isRunning)).toHaveLength(3);
    expect(k('kubectl delete deployment web')).toEqual({ stdout: 'deployment.apps "web" deleted from default namespace\n', stderr: '', exitCode: 0 });
    k.cluster.runUntilQuiet();
    expect(names(k.cluster, 'replicasets.apps')).toEqual([]);
    expect(podsOf(k.cluster, 'web')).toEqual([]);
  });

  it('--cascade=orphan leaves the ReplicaSet and pods running, without an owner', () => {
    const k = live();
    create(k.cluster, deployment('web', 2));
    k.cluster.runUntilQuiet();
    expect(k('kubectl delete deployment web --cascade=orphan').stdout).toBe('deployment.apps "web" deleted from default namespace\n');
    k.cluster.runUntilQuiet();
    const [rs] = k.cluster.store.list('replicasets.apps', 'default');
    expect(rs?.metadata.ownerReferences ?? []).toEqual([]);
    expect(podsOf(k.cluster, 'web').filter(isRunning)).toHaveLength(2);
  });

  it('--cascade=foreground returns only once the pods are gone', () => {
    const k = live();
    create(k.cluster, deployment('web', 2));
    k.cluster.runUntilQuiet();
    const before = k.cluster.now();
    expect(k('kubectl delete deployment web --cascade=foreground').exitCode).toBe(0);
    expect(k.cluster.now()).toBeGreaterThan(before);
    expect(podsOf(k.cluster, 'web')).toEqual([]);
    expect(names(k.cluster, 'deployments.apps')).toEqual([]);
  });

  it('waits out a pod\'s grace period in virtual time', () => {
    const k = live();
    startSleeper(k.cluster, 20);
    const before = k.cluster.now();
    expect(k('kubectl delete pod sleeper')).toEqual({ stdout: 'pod "sleeper" deleted from default namespace\n', stderr: '', exitCode: 0 });
    const waited = k.cluster.now() - before;
    expect(waited).toBeGreaterThanOrEqual(20_000);
    expect(waited).toBeLessThan(21_000);
    expect(names(k.cluster, 'pods')).not.toContain('sleeper');
  });

  it('--now gives the pod one second', () => {
    const k = live();
    startSleeper(k.cluster, 20);
    const before = k.cluster.now();
    expect(k('kubectl delete pod sleeper --now').stdout).toBe('pod "sleeper" deleted from default namespace\n');
    const waited = k.cluster.now() - before;
    expect(waited).toBeGreaterThanOrEqual(1000);
    expect(waited).toBeLessThan(2000);
  });

  it('--force --grace-period=0 removes the pod at once, with the warning', () => {
    const k = live();
    startSleeper(k.cluster, 20);
    const before = k.cluster.now();
    expect(k('kubectl delete pod sleeper --force --grace-period=0')).toEqual({
      stdout: 'pod "sleeper" force deleted from default namespace\n',
      stderr: 'Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n',
      exitCode: 0,
    });
    expect(k.cluster.now()).toBe(before);
    expect(names(k.cluster, 'pods')).not.toContain('sleeper');
  });

  it('--wait=false returns while the pod is still Terminating', () => {
    const k = live();
    startSleeper(k.cluster, 20);
    const before = k.cluster.now();
    expect(k('kubectl delete pod sleeper --wait=false').exitCode).toBe(0);
    expect(k.cluster.now()).toBe(before);
    expect(k.cluster.api.peek('pods', 'default', 'sleeper')?.metadata.deletionTimestamp).toBeDefined();
  });

  it('--timeout gives up with kubectl\'s error after that much virtual time', () => {
    const k = live();
    startSleeper(k.cluster, 20);
    const before = k.cluster.now();
    expect(k('kubectl delete pod sleeper --timeout=5s')).toEqual({
      stdout: 'pod "sleeper" deleted from default namespace\n',
      stderr: 'error: timed out waiting for the condition on pods/sleeper\n',
      exitCode: 1,
    });
    expect(k.cluster.now() - before).toBe(5000);
  });

  it('without a way to wait, acts as if the timeout passed at once', () => {
    const k = live();
    startSleeper(k.cluster, 20);
    const r = k('kubectl delete pod sleeper', { wait: undefined });
    expect(r.stderr).toBe('error: timed out waiting for the condition on pods/sleeper\n');
    expect(k('kubectl delete configmap kube-root-ca.crt', { wait: undefined }).exitCode).toBe(0);
  });

  it('deletes a namespace and waits until its content is gone', () => {
    const k = live();
    expect(k('kubectl create namespace shop').exitCode).toBe(0);
    create(k.cluster, { ...deployment('web', 2), metadata: { name: 'web', namespace: 'shop' } });
    k.cluster.runUntilQuiet();
    expect(k('kubectl delete ns shop')).toEqual({ stdout: 'namespace "shop" deleted\n', stderr: '', exitCode: 0 });
    expect(k.cluster.api.peek('namespaces', undefined, 'shop')).toBeUndefined();
    expect(k.cluster.store.list('pods', 'shop')).toEqual([]);
  });
});

describe('kubectl scale on a live cluster', () => {
  it('scales a deployment up and down; the pods follow', () => {
    const k = live();
    create(k.cluster, deployment('web', 1));
    k.cluster.runUntilQuiet();
    expect(k('kubectl scale deployment web --replicas=4')).toEqual({ stdout: 'deployment.apps/web scaled\n', stderr: '', exitCode: 0 });
    k.cluster.runUntilQuiet();
    expect(podsOf(k.cluster, 'web').filter(isRunning)).toHaveLength(4);
    expect(k('kubectl scale deploy/web --current-replicas=4 --replicas=2').exitCode).toBe(0);
    k.cluster.runUntilQuiet();
    expect(podsOf(k.cluster, 'web')).toHaveLength(2);
  });

  it('--timeout waits until status.replicas reaches the new size', () => {
    const k = live();
    create(k.cluster, deployment('web', 1));
    k.cluster.runUntilQuiet();
    const before = k.cluster.now();
    expect(k('kubectl scale deployment web --replicas=3 --timeout=1m').exitCode).toBe(0);
    expect(k.cluster.now()).toBeGreaterThan(before);
    const status = k.cluster.api.peek('deployments.apps', 'default', 'web')?.['status'] as { replicas?: number };
    expect(status.replicas).toBe(3);
  });

  it('--timeout too short for the pods to come: timed out waiting', () => {
    const k = live();
    create(k.cluster, { ...deployment('web', 1), spec: { ...(deployment('web', 1)['spec'] as object), paused: true } });
    k.cluster.runUntilQuiet();
    const before = k.cluster.now();
    expect(k('kubectl scale deployment web --replicas=3 --timeout=3s')).toEqual({ stdout: '', stderr: 'error: timed out waiting for "web" to be synced\n', exitCode: 1 });
    expect(k.cluster.now() - before).toBe(3000);
  });

  it('scales a StatefulSet, whose pods come one by one', () => {
    const k = live();
    create(k.cluster, {
      apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'db', namespace: 'default' },
      spec: { serviceName: 'db', replicas: 1, selector: { matchLabels: { app: 'db' } }, template: { metadata: { labels: { app: 'db' } }, spec: { containers: [{ name: 'redis', image: 'redis:7' }] } } },
    });
    k.cluster.runUntilQuiet();
    expect(k('kubectl scale sts db --replicas=3').stdout).toBe('statefulset.apps/db scaled\n');
    k.cluster.runUntilQuiet();
    expect(podsOf(k.cluster, 'db').map((p) => p.metadata.name).sort()).toEqual(['db-0', 'db-1', 'db-2']);
  });
});

describe('kubectl autoscale on a live cluster', () => {
  it('creates an autoscaling/v2 HPA that the controller acts on (up to --min)', () => {
    const k = live();
    create(k.cluster, deployment('web', 1));
    k.cluster.runUntilQuiet();
    expect(k('kubectl autoscale deployment web --min=3 --max=5 --cpu=50%')).toEqual({ stdout: 'horizontalpodautoscaler.autoscaling/web autoscaled\n', stderr: '', exitCode: 0 });
    const hpa = k.cluster.api.peek('horizontalpodautoscalers.autoscaling', 'default', 'web');
    expect(hpa?.['spec']).toMatchObject({
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' },
      minReplicas: 3,
      maxReplicas: 5,
      metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 50 } } }],
    });
    k.cluster.advance(60_000);
    k.cluster.runUntilQuiet();
    expect(podsOf(k.cluster, 'web').filter(isRunning)).toHaveLength(3);
  });
});

describe('robustness of delete, scale and autoscale', () => {
  const TOKENS = [
    'delete', 'scale', 'autoscale', 'pod', 'pods', 'web', 'nope', 'deploy', 'nginx', 'deployment/nginx', 'rs', 'sts', 'web-sts', 'ns', 'dev', 'node', 'node02',
    'cm', 'app-config', 'all', '--all', '-A', '-l', 'app=nginx', 'app in (a', '--field-selector', 'spec.nodeName=node01', '--replicas=2', '--replicas=-1',
    '--current-replicas=3', '--resource-version=1', '--timeout=3s', '--now', '--force', '--grace-period=0', '--grace-period=5', '--cascade=orphan',
    '--cascade=foreground', '--cascade=false', '--wait=false', '--ignore-not-found', '-o', 'name', 'yaml', '--dry-run=client', '--dry-run=server',
    '--max=3', '--min=2', '--cpu=50%', '--cpu=500m', '--memory=1Gi', '--cpu-percent=70', '--name=x', '-f', 'multi.yaml', '-', '-i', '--raw=/x', '-n', 'kube-system',
  ];
  const argv = fc.tuple(fc.constantFrom('delete', 'scale', 'autoscale'), fc.array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 6 })), { maxLength: 7 }));

  it('never throws, never reports an internal error, and exits 0 or 1', () => {
    const k = runner(deletableGoldenCluster(), { 'multi.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: multi-cm\n' });
    fc.assert(
      fc.property(argv, ([verb, args]) => {
        const r = kubectl([verb, ...args], { cluster: k.cluster, wait: (ms) => k.cluster.advance(Math.min(ms, 60_000)), stdin: 'y\n' });
        expect([0, 1]).toContain(r.exitCode);
        expect(r.stderr).not.toContain('internal error');
      }),
      { numRuns: 300 },
    );
  });
});
