// Behaviour of `kubectl rollout` on a live simulated cluster (the default wiring: controllers,
// scheduler, kubelets): the commands change what the controllers do, and `rollout status` follows
// them in virtual time. Transcripts are checked whole against __golden__/ files.

import { describe, expect, it } from 'vitest';
import { createCluster } from '../../../sim';
import type { Cluster } from '../../../sim/cluster';
import { kubectl } from '../../index';
import { deployment, LiveSession, mustCreate, podImages, setImage, statefulSet, stored } from './live-session';

/** A cluster running the 3-replica deployment `web` on nginx:1.27, fully rolled out. */
function clusterWithWeb(extraSpec: Record<string, unknown> = {}): Cluster {
  const cluster = createCluster();
  mustCreate(cluster, deployment('web', 'nginx:1.27', extraSpec));
  cluster.runUntilQuiet(5 * 60_000);
  return cluster;
}

const templateAnnotations = (obj: { [k: string]: unknown }): Record<string, string> =>
  ((obj['spec'] as { template: { metadata?: { annotations?: Record<string, string> } } }).template.metadata?.annotations ?? {});

describe('kubectl rollout on a deployment', () => {
  it('status follows an image change made through the API until the rollout succeeds', async () => {
    const s = new LiveSession(clusterWithWeb());
    setImage(s.cluster, 'deployments.apps', 'web', 'nginx:1.28');
    const status = s.run('kubectl rollout status deployment/web');
    expect(status.exitCode).toBe(0);
    expect(status.waitedMs).toBeGreaterThan(0);
    expect(podImages(s.cluster, 'web')).toEqual(['nginx:1.28', 'nginx:1.28', 'nginx:1.28']);
    s.run('kubectl rollout status deployment/web --watch=false');
    s.run('kubectl rollout history deployment/web');
    await expect(s.transcript).toMatchFileSnapshot('./__golden__/deployment-status.txt');
  });

  it('undo brings the previous image back, and history renumbers that revision', async () => {
    const s = new LiveSession(clusterWithWeb());
    setImage(s.cluster, 'deployments.apps', 'web', 'nginx:1.28');
    s.run('kubectl rollout status deployment/web');
    s.run('kubectl rollout undo deployment/web --dry-run=client');
    s.run('kubectl rollout undo deployment/web --dry-run=server');
    s.cluster.runUntilQuiet(60_000);
    expect(podImages(s.cluster, 'web')).toEqual(['nginx:1.28', 'nginx:1.28', 'nginx:1.28']);
    expect(s.run('kubectl rollout undo deployment/web').exitCode).toBe(0);
    expect(s.run('kubectl rollout status deployment/web').exitCode).toBe(0);
    expect(podImages(s.cluster, 'web')).toEqual(['nginx:1.27', 'nginx:1.27', 'nginx:1.27']);
    s.run('kubectl rollout history deployment/web');
    s.run('kubectl rollout undo deployment/web --to-revision=3');
    s.run('kubectl rollout undo deployment/web --to-revision=1');
    s.run('kubectl rollout history deployment/web --revision=2');
    await expect(s.transcript).toMatchFileSnapshot('./__golden__/deployment-undo.txt');
  });

  it('pause stops a rollout until resume', async () => {
    const s = new LiveSession(clusterWithWeb());
    s.run('kubectl rollout pause deployment/web');
    setImage(s.cluster, 'deployments.apps', 'web', 'nginx:1.28');
    s.cluster.runUntilQuiet(5 * 60_000);
    expect(podImages(s.cluster, 'web')).toEqual(['nginx:1.27', 'nginx:1.27', 'nginx:1.27']);
    s.run('kubectl rollout status deployment/web --watch=false');
    s.run('kubectl rollout status deployment/web --timeout=30s');
    expect(podImages(s.cluster, 'web')).toEqual(['nginx:1.27', 'nginx:1.27', 'nginx:1.27']);
    s.run('kubectl rollout pause deployment/web');
    s.run('kubectl rollout restart deployment/web');
    s.run('kubectl rollout undo deployment/web');
    s.run('kubectl rollout resume deployment/web');
    expect(s.run('kubectl rollout status deployment/web').exitCode).toBe(0);
    expect(podImages(s.cluster, 'web')).toEqual(['nginx:1.28', 'nginx:1.28', 'nginx:1.28']);
    s.run('kubectl rollout resume deployment/web');
    await expect(s.transcript).toMatchFileSnapshot('./__golden__/deployment-pause.txt');
  });

  it('restart stamps the virtual time on the template and replaces every pod', async () => {
    const s = new LiveSession(clusterWithWeb());
    const before = s.cluster.store.list('pods', 'default').map((p) => p.metadata.name);
    const now = s.cluster.rt.timestamp();
    s.run('kubectl rollout restart deployment/web');
    expect(templateAnnotations(stored(s.cluster, 'deployments.apps', 'web'))).toEqual({ 'kubectl.kubernetes.io/restartedAt': now });
    // A second restart within the same second would change nothing: kubectl refuses it.
    s.run('kubectl rollout restart deployment/web');
    s.run('kubectl rollout status deployment/web');
    const after = s.cluster.store.list('pods', 'default').filter((p) => !p.metadata.deletionTimestamp).map((p) => p.metadata.name);
    expect(after.filter((n) => before.includes(n))).toEqual([]);
    expect(after).toHaveLength(3);
    await expect(s.transcript).toMatchFileSnapshot('./__golden__/deployment-restart.txt');
  });

  it('status ends with an error when the deployment exceeds its progress deadline', async () => {
    const s = new LiveSession(clusterWithWeb({ progressDeadlineSeconds: 30 }));
    setImage(s.cluster, 'deployments.apps', 'web', 'nginx:doesnotexist');
    const status = s.run('kubectl rollout status deployment/web');
    expect(status.exitCode).toBe(1);
    expect(status.waitedMs).toBeGreaterThanOrEqual(30_000);
    await expect(s.transcript).toMatchFileSnapshot('./__golden__/deployment-deadline.txt');
  });

  it('status reports a deployment deleted while it waits', () => {
    const cluster = clusterWithWeb();
    setImage(cluster, 'deployments.apps', 'web', 'nginx:1.28');
    const s = new LiveSession(cluster, (waited) => {
      if (waited === 1000) cluster.api.delete(cluster.api.typeOf(stored(cluster, 'deployments.apps', 'web')) as never, 'default', 'web');
    });
    const status = s.run('kubectl rollout status deployment/web');
    expect(status.stderr).toBe('error: object has been deleted\n');
    expect(status.exitCode).toBe(1);
  });
});

describe('kubectl rollout on daemon sets and stateful sets', () => {
  it('restarts, follows, lists and undoes the kube-proxy daemon set through its ControllerRevisions', async () => {
    const s = new LiveSession(createCluster());
    s.run('kubectl rollout restart ds/kube-proxy -n kube-system');
    expect(s.run('kubectl rollout status ds/kube-proxy -n kube-system').exitCode).toBe(0);
    s.run('kubectl rollout history ds/kube-proxy -n kube-system');
    s.run('kubectl rollout undo ds/kube-proxy -n kube-system --to-revision=2');
    s.run('kubectl rollout undo ds/kube-proxy -n kube-system --to-revision=7');
    s.run('kubectl rollout undo ds/kube-proxy -n kube-system');
    expect(templateAnnotations(stored(s.cluster, 'daemonsets.apps', 'kube-proxy', 'kube-system'))).toEqual({});
    s.run('kubectl rollout status ds/kube-proxy -n kube-system');
    s.run('kubectl rollout history ds/kube-proxy -n kube-system');
    s.run('kubectl rollout pause ds/kube-proxy -n kube-system');
    await expect(s.transcript).toMatchFileSnapshot('./__golden__/daemonset.txt');
  });

  it('follows a stateful set from creation through an image change and back', async () => {
    const s = new LiveSession(createCluster());
    mustCreate(s.cluster, statefulSet('db', 'nginx:1.27'));
    expect(s.run('kubectl rollout status statefulset/db').exitCode).toBe(0);
    setImage(s.cluster, 'statefulsets.apps', 'db', 'nginx:1.28');
    expect(s.run('kubectl rollout status sts/db').exitCode).toBe(0);
    expect(podImages(s.cluster, 'db')).toEqual(['nginx:1.28', 'nginx:1.28']);
    s.run('kubectl rollout history sts/db');
    s.run('kubectl rollout undo sts/db --dry-run=client');
    s.run('kubectl rollout undo sts/db');
    expect(s.run('kubectl rollout status sts/db').exitCode).toBe(0);
    expect(podImages(s.cluster, 'db')).toEqual(['nginx:1.27', 'nginx:1.27']);
    await expect(s.transcript).toMatchFileSnapshot('./__golden__/statefulset.txt');
  });
});

describe('kubectl rollout arguments and errors', () => {
  it('reports each kind without rollouts, missing objects and bad flags the way kubectl does', async () => {
    const s = new LiveSession(clusterWithWeb());
    const pod = s.cluster.store.list('pods', 'default')[0]?.metadata.name ?? '';
    for (const line of [
      'kubectl rollout status',
      'kubectl rollout history',
      'kubectl rollout undo',
      'kubectl rollout pause',
      'kubectl rollout bogus',
      'kubectl rollout status deployment/web --revision=-1',
      'kubectl rollout status deployment/web --revision=3',
      'kubectl rollout status deployment/web --revision=1 --watch=false',
      `kubectl rollout status pod/${pod}`,
      'kubectl rollout status svc/kubernetes',
      'kubectl rollout status job/nope',
      'kubectl rollout status deployment -l app=nothing',
      'kubectl rollout history svc/kubernetes',
      `kubectl rollout history pod/${pod}`,
      'kubectl rollout history deployment/web --revision=5',
      'kubectl rollout history deployment/web -o name',
      'kubectl rollout undo svc/kubernetes',
      `kubectl rollout undo pod/${pod}`,
      'kubectl rollout undo deployment/web --dry-run=bogus',
      'kubectl rollout undo deployment/web --to-revision=-2',
      'kubectl rollout pause deployment -l app=nothing',
      'kubectl rollout resume svc/kubernetes',
      'kubectl rollout restart deployment/web deployment/nope',
      'kubectl rollout restart deployment/web -o name',
      'kubectl rollout status deployment/web -o yaml',
      'kubectl rollout status deployment web nope',
    ]) {
      // A second apart, so that the restarts do not fall within one second.
      s.cluster.advance(1000);
      s.run(line);
    }
    await expect(s.transcript).toMatchFileSnapshot('./__golden__/errors.txt');
  });

  it('acts on every deployment of the namespace when only the type is given', async () => {
    const s = new LiveSession(clusterWithWeb());
    mustCreate(s.cluster, deployment('api', 'nginx:1.27'));
    s.cluster.runUntilQuiet(5 * 60_000);
    s.run('kubectl rollout restart deployment');
    s.run('kubectl rollout status deployment');
    s.run('kubectl rollout history deployment -l app=api');
    await expect(s.transcript).toMatchFileSnapshot('./__golden__/all-deployments.txt');
  });

  it('without ctx.wait, status prints the current line and times out at once', () => {
    const cluster = clusterWithWeb();
    setImage(cluster, 'deployments.apps', 'web', 'nginx:1.28');
    expect(kubectl(['rollout', 'status', 'deployment/web'], { cluster })).toEqual({
      stdout: 'Waiting for deployment spec update to be observed...\n',
      stderr: 'error: timed out waiting for the condition\n',
      exitCode: 1,
    });
  });
});
