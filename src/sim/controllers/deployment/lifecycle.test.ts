import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../api/object';
import { RESOURCE_TYPE } from '../types';
import type { DeploymentObject } from './types';
import {
  activePods, BAD_IMAGE, deploymentManifest, editDeployment, followRollout, getDeployment, replicaSetsOf, rolloutCluster, rolloutStatusLine,
  rsSummary, scaleDeployment, setImage, undoTo, watchDeploymentEvents,
} from './testing';

/** Compares with `__golden__/<name>`; UPDATE_GOLDEN=1 rewrites it (then review the diff). */
function golden(name: string, actual: string): void {
  const file = new URL(`./__golden__/${name}`, import.meta.url);
  if (process.env['UPDATE_GOLDEN']) writeFileSync(file, actual);
  expect(existsSync(file), `missing golden ${name} (run with UPDATE_GOLDEN=1)`).toBe(true);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

const progressing = (d: DeploymentObject): string => {
  const cond = d.status?.conditions?.find((x) => x.type === 'Progressing');
  return `${cond?.status} ${cond?.reason}: ${cond?.message}`;
};
const specReplicas = (rs: KubeObject | undefined): number | undefined => (rs?.['spec'] as { replicas?: number } | undefined)?.replicas;

describe('rollback', () => {
  it('to revision 1 reuses the first ReplicaSet, which becomes revision 3 and remembers revision 1', () => {
    const c = rolloutCluster();
    c.api.create(deploymentManifest('nginx'));
    c.runUntilQuiet();
    // `kubectl set image … --record`: the change-cause travels to the new ReplicaSet.
    editDeployment(c, 'nginx', (d) => ({ ...d, metadata: { ...d.metadata, annotations: { ...d.metadata.annotations, 'kubernetes.io/change-cause': 'kubectl set image deployment/nginx nginx=nginx:1.28 --record=true' } } }));
    setImage(c, 'nginx', 'nginx:1.28');
    followRollout(c, 'nginx');
    const events = watchDeploymentEvents(c, 'nginx');
    undoTo(c, 'nginx', 1);
    const lines = followRollout(c, 'nginx');
    const rss = replicaSetsOf(c, 'nginx');
    expect(rss).toHaveLength(2);
    expect(getDeployment(c, 'nginx').metadata.annotations).toEqual({ 'deployment.kubernetes.io/revision': '3' });
    golden('rollback.txt', [
      ...lines, '', ...events, '', ...rsSummary(c, 'nginx'), '',
      ...rss.map((rs) => `${rs.metadata.name}: ${JSON.stringify(rs.metadata.annotations)}`), '',
    ].join('\n'));
  });
});

describe('pause and resume', () => {
  it('a paused deployment takes no template change, still scales, and rolls out when resumed', () => {
    const c = rolloutCluster();
    c.api.create(deploymentManifest('web'));
    c.runUntilQuiet();
    editDeployment(c, 'web', (d) => ({ ...d, spec: { ...(d.spec as object), paused: true } }) as DeploymentObject);
    c.runUntilQuiet();
    expect(progressing(getDeployment(c, 'web'))).toBe('Unknown DeploymentPaused: Deployment is paused');

    setImage(c, 'web', 'nginx:1.28');
    c.runUntilQuiet();
    expect(replicaSetsOf(c, 'web')).toHaveLength(1);
    expect(rolloutStatusLine(getDeployment(c, 'web'))).toBe('Waiting for deployment "web" rollout to finish: 0 out of 3 new replicas have been updated...');

    scaleDeployment(c, 'web', 5);
    c.runUntilQuiet();
    expect(replicaSetsOf(c, 'web').map(specReplicas)).toEqual([5]);
    expect(activePods(c, 'web')).toHaveLength(5);

    const events = watchDeploymentEvents(c, 'web');
    const conditions: string[] = [];
    c.store.watch((e) => {
      if (e.resource !== 'deployments.apps' || e.object.metadata.name !== 'web') return;
      const line = progressing(e.object as DeploymentObject);
      if (conditions[conditions.length - 1] !== line) conditions.push(line);
    });
    editDeployment(c, 'web', (d) => ({ ...d, spec: { ...(d.spec as object), paused: false } }) as DeploymentObject);
    followRollout(c, 'web');
    expect(replicaSetsOf(c, 'web')).toHaveLength(2);
    golden('pause-resume.txt', [...conditions, '', ...events, '', ...rsSummary(c, 'web'), ''].join('\n'));
  });

  it('resuming writes DeploymentResumed before the rollout goes on', () => {
    const c = rolloutCluster();
    c.api.create(deploymentManifest('web'));
    c.runUntilQuiet();
    editDeployment(c, 'web', (d) => ({ ...d, spec: { ...(d.spec as object), paused: true } }) as DeploymentObject);
    c.runUntilQuiet();
    const reasons: string[] = [];
    c.store.watch((e) => {
      if (e.resource !== 'deployments.apps') return;
      const r = (e.object as DeploymentObject).status?.conditions?.find((x) => x.type === 'Progressing')?.reason ?? '';
      if (reasons[reasons.length - 1] !== r) reasons.push(r);
    });
    editDeployment(c, 'web', (d) => ({ ...d, spec: { ...(d.spec as object), paused: false } }) as DeploymentObject);
    c.runUntilQuiet();
    // Nothing to roll out: the resumed deployment is simply complete again.
    expect(reasons).toEqual(['DeploymentPaused', 'DeploymentResumed', 'NewReplicaSetAvailable']);
  });
});

describe('progress deadline', () => {
  it('a rollout whose new pods never start is marked ProgressDeadlineExceeded just after 600 s', () => {
    const c = rolloutCluster();
    c.api.create(deploymentManifest('web'));
    c.runUntilQuiet();
    setImage(c, 'web', BAD_IMAGE);
    c.settle();
    const start = c.now();
    c.advance(599_000);
    const d = getDeployment(c, 'web');
    expect(progressing(d)).toMatch(/^True ReplicaSetUpdated: ReplicaSet "web-[4-9bcdf]{10}" is progressing\.$/);
    // One surge pod that never starts; the old ReplicaSet keeps all three.
    expect(replicaSetsOf(c, 'web').map(specReplicas).sort()).toEqual([1, 3]);
    const timedOut = c.runUntil(() => progressing(getDeployment(c, 'web')).startsWith('False'), 10_000);
    expect(timedOut).toBe(true);
    const elapsed = c.now() - start;
    expect(elapsed).toBeGreaterThan(600_000);
    expect(elapsed).toBeLessThanOrEqual(602_000);
    expect(progressing(getDeployment(c, 'web'))).toMatch(/^False ProgressDeadlineExceeded: ReplicaSet "web-[4-9bcdf]{10}" has timed out progressing\.$/);
    expect(rolloutStatusLine(getDeployment(c, 'web'))).toBe('error: deployment "web" exceeded its progress deadline');
    // The old pods keep serving: maxUnavailable 0 of 3 lets none of them go.
    const available = getDeployment(c, 'web').status?.conditions?.find((x) => x.type === 'Available');
    expect(`${available?.status} ${available?.reason}`).toBe('True MinimumReplicasAvailable');
    // Nothing more to wait for: the cluster is quiet.
    expect(c.runUntilQuiet()).toBe(0);
  });

  it('a rollback to a good template afterwards finishes and reports success again', () => {
    const c = rolloutCluster();
    c.api.create(deploymentManifest('web'));
    c.runUntilQuiet();
    setImage(c, 'web', BAD_IMAGE);
    c.advance(700_000);
    undoTo(c, 'web', 1);
    expect(followRollout(c, 'web').at(-1)).toBe('deployment "web" successfully rolled out');
    expect(progressing(getDeployment(c, 'web'))).toMatch(/^True NewReplicaSetAvailable/);
  });
});

describe('revision history', () => {
  it('revisionHistoryLimit 2 keeps the two most recent old ReplicaSets', () => {
    const c = rolloutCluster();
    c.api.create(deploymentManifest('web', { extraSpec: { revisionHistoryLimit: 2 } }));
    c.runUntilQuiet();
    for (const tag of ['1.28', '1.29', '1.30', '1.31']) {
      setImage(c, 'web', `nginx:${tag}`);
      followRollout(c, 'web');
      c.runUntilQuiet();
    }
    expect(rsSummary(c, 'web').map((l) => l.replace(/-[4-9bcdf]{10}/, '')).sort()).toEqual([
      'web nginx:1.29 replicas=0 revision=3',
      'web nginx:1.30 replicas=0 revision=4',
      'web nginx:1.31 replicas=3 revision=5',
    ]);
  });
});

describe('scaling during a rollout', () => {
  it('spreads new replicas over the ReplicaSets in proportion (the documented 10 → 15 example)', () => {
    const c = rolloutCluster();
    c.api.create(deploymentManifest('web', { replicas: 10, strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 3, maxUnavailable: 2 } } }));
    c.runUntilQuiet();
    const [old] = replicaSetsOf(c, 'web');
    const oldName = old?.metadata.name ?? '';
    setImage(c, 'web', BAD_IMAGE);
    c.runUntilQuiet();
    const sizes = () => replicaSetsOf(c, 'web').map((rs) => `${rs.metadata.name === oldName ? 'old' : 'new'}=${specReplicas(rs)}`).sort();
    expect(sizes()).toEqual(['new=5', 'old=8']);
    const events = watchDeploymentEvents(c, 'web');
    scaleDeployment(c, 'web', 15);
    c.runUntilQuiet();
    expect(sizes()).toEqual(['new=7', 'old=11']);
    // Shrinking shares out the cut the same way (old 11→5, new 7→3); with room under
    // maxUnavailable again, the rollout then goes on as far as it can (old 3, new 5).
    scaleDeployment(c, 'web', 5);
    c.runUntilQuiet();
    expect(sizes()).toEqual(['new=5', 'old=3']);
    const newName = replicaSetsOf(c, 'web').find((rs) => rs.metadata.name !== oldName)?.metadata.name ?? '';
    golden('proportional.txt', [...events, ''].join('\n').replaceAll(oldName, 'web-OLD').replaceAll(newName, 'web-NEW'));
  });
});

describe('ownership', () => {
  it('a re-created deployment adopts the orphaned ReplicaSet of its template instead of making a new one', () => {
    const c = rolloutCluster();
    c.api.create(deploymentManifest('web'));
    c.runUntilQuiet();
    const [rs] = replicaSetsOf(c, 'web');
    const pods = activePods(c, 'web').map((p) => p.metadata.name);
    c.api.delete(RESOURCE_TYPE.deployments, 'default', 'web', { propagationPolicy: 'Orphan' });
    c.runUntilQuiet();
    expect(c.api.peek('replicasets.apps', 'default', rs?.metadata.name ?? '')?.metadata.ownerReferences).toBeUndefined();
    c.api.create(deploymentManifest('web'));
    c.runUntilQuiet();
    const d = getDeployment(c, 'web');
    const rss = replicaSetsOf(c, 'web');
    expect(rss.map((r) => r.metadata.name)).toEqual([rs?.metadata.name]);
    expect(rss[0]?.metadata.ownerReferences?.[0]?.uid).toBe(d.metadata.uid);
    expect(activePods(c, 'web').map((p) => p.metadata.name)).toEqual(pods);
    expect(d.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('1');
    expect(progressing(d)).toMatch(/^True NewReplicaSetAvailable/);
  });

  it('a name taken by someone else\'s ReplicaSet is a hash collision: collisionCount goes up and the hash changes', () => {
    const probe = rolloutCluster();
    probe.api.create(deploymentManifest('web'));
    probe.settle();
    const taken = replicaSetsOf(probe, 'web')[0]?.metadata.name ?? '';

    const c = rolloutCluster();
    c.api.create({
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: { name: taken, namespace: 'default', labels: { app: 'other' } },
      spec: { replicas: 0, selector: { matchLabels: { app: 'other' } }, template: { metadata: { labels: { app: 'other' } }, spec: { containers: [{ name: 'c', image: 'busybox' }] } } },
    });
    c.api.create(deploymentManifest('web'));
    c.runUntilQuiet();
    const d = getDeployment(c, 'web');
    expect(d.status?.collisionCount).toBe(1);
    const rss = replicaSetsOf(c, 'web');
    expect(rss).toHaveLength(1);
    expect(rss[0]?.metadata.name).toMatch(/^web-[4-9bcdf]{10}$/);
    expect(rss[0]?.metadata.name).not.toBe(taken);
    expect(rolloutStatusLine(d)).toBe('deployment "web" successfully rolled out');
  });

  it('a deployment being deleted never makes a ReplicaSet again', () => {
    const c = rolloutCluster();
    const manifest = deploymentManifest('web');
    c.api.create({ ...manifest, metadata: { ...manifest.metadata, finalizers: ['example.com/hold'] } });
    c.runUntilQuiet();
    c.api.delete(RESOURCE_TYPE.deployments, 'default', 'web');
    c.runUntilQuiet();
    expect(getDeployment(c, 'web').metadata.deletionTimestamp).toBeDefined();
    for (const rs of replicaSetsOf(c, 'web')) c.api.delete(RESOURCE_TYPE.replicasets, 'default', rs.metadata.name ?? '');
    c.runUntilQuiet();
    expect(replicaSetsOf(c, 'web')).toEqual([]);
    expect(activePods(c, 'web')).toEqual([]);
  });
});

describe('replica failures', () => {
  it('a ReplicaSet that cannot create pods shows ReplicaFailure on the deployment too', () => {
    const c = rolloutCluster(11, { podCapacity: 10 });
    c.api.create(deploymentManifest('web', { replicas: 6 }));
    c.runUntilQuiet();
    const [rs] = replicaSetsOf(c, 'web');
    const rsFailure = (rs?.['status'] as { conditions?: { type: string; message: string; lastTransitionTime: string }[] }).conditions?.find((x) => x.type === 'ReplicaFailure');
    expect(rsFailure).toBeDefined();
    const d = getDeployment(c, 'web');
    expect(d.status?.conditions?.find((x) => x.type === 'ReplicaFailure')).toEqual({
      type: 'ReplicaFailure',
      status: 'True',
      lastUpdateTime: rsFailure?.lastTransitionTime,
      lastTransitionTime: rsFailure?.lastTransitionTime,
      reason: 'FailedCreate',
      message: rsFailure?.message,
    });
    const available = d.status?.conditions?.find((x) => x.type === 'Available');
    expect(`${available?.status} ${available?.reason}`).toBe('False MinimumReplicasUnavailable');
    expect(d.status?.unavailableReplicas).toBe(6 - (d.status?.availableReplicas ?? 0));
  });
});
