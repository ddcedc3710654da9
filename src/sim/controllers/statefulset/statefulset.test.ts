import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../api/object';
import type { Cluster } from '../../cluster';
import { RESOURCE_TYPE } from '../types';
import {
  edit, must, podSummary, pods, recordTimeline, scale, setImage, statefulSetRolloutLine, statusLine, watchRolloutLines, webStatefulSet,
  workloadCluster,
} from './testing';

/** Compares with `__golden__/<name>`; UPDATE_GOLDEN=1 rewrites it (then review the diff). */
function golden(name: string, actual: string): void {
  const file = new URL(`./__golden__/${name}`, import.meta.url);
  if (process.env['UPDATE_GOLDEN']) writeFileSync(file, actual);
  expect(existsSync(file), `missing golden ${name} (run with UPDATE_GOLDEN=1)`).toBe(true);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

/** The web pods without their nodes (placement is the scheduler's business). */
const webPods = (c: Cluster) => podSummary(c, 'web', 'default', false);
const sts = (c: Cluster, name = 'web') => c.api.peek<KubeObject>('statefulsets.apps', 'default', name);
const claims = (c: Cluster) =>
  c.store.list('persistentvolumeclaims', 'default').map((p) => `${p.metadata.name} labels=${JSON.stringify(p.metadata.labels)} owners=${(p.metadata.ownerReferences ?? []).map((r) => `${r.kind}/${r.name}`).join(',') || '-'}${p.metadata.deletionTimestamp ? ' Terminating' : ''}`);
const revisions = (c: Cluster) =>
  c.store.list('controllerrevisions.apps', 'default').map((r) => `${r.metadata.name} revision=${String(r['revision'])}`).sort();

describe('StatefulSet scaling with OrderedReady', () => {
  it('creates web-0, web-1, web-2 each once the one before is Ready, and scales down from the highest ordinal', () => {
    const c = workloadCluster();
    must(c.api.create(webStatefulSet({ replicas: 0 })));
    c.runUntilQuiet();
    const tl = recordTimeline(c, 'StatefulSet', 'web');
    tl.push('--- kubectl scale sts web --replicas=3');
    scale(c, 'statefulsets.apps', 'web', 3);
    c.runUntilQuiet();
    const afterUp = [statusLine(sts(c)), ...webPods(c), ...claims(c)];
    tl.push('--- kubectl scale sts web --replicas=1');
    scale(c, 'statefulsets.apps', 'web', 1);
    c.runUntilQuiet();
    golden('scale-ordered.txt', [...tl, '', ...afterUp, '', statusLine(sts(c)), ...webPods(c), ...claims(c), ''].join('\n'));
  });

  it('gives each pod its identity: pod-name and pod-index labels, the revision label, hostname, subdomain and its claim', () => {
    const c = workloadCluster();
    must(c.api.create(webStatefulSet({ replicas: 2 })));
    c.runUntilQuiet();
    const web1 = pods(c).find((p) => p.metadata.name === 'web-1');
    const rev = sts(c)?.['status'] as { updateRevision: string };
    expect(rev.updateRevision).toMatch(/^web-[4-9bcdf]{10}$/);
    expect(web1?.metadata.generateName).toBe('web-');
    expect(web1?.metadata.labels).toEqual({
      app: 'nginx', 'statefulset.kubernetes.io/pod-name': 'web-1', 'apps.kubernetes.io/pod-index': '1', 'controller-revision-hash': rev.updateRevision,
    });
    expect([web1?.spec?.hostname, web1?.spec?.subdomain]).toEqual(['web-1', 'nginx']);
    expect(web1?.spec?.volumes?.[0]).toEqual({ name: 'www', persistentVolumeClaim: { claimName: 'www-web-1' } });
    const claim = c.api.peek<KubeObject>('persistentvolumeclaims', 'default', 'www-web-1');
    expect(claim?.['spec']).toMatchObject({ accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } });
    const cr = c.api.peek<KubeObject>('controllerrevisions.apps', 'default', rev.updateRevision);
    expect(cr?.metadata.labels).toEqual({ app: 'nginx', 'controller.kubernetes.io/hash': rev.updateRevision.slice(4) });
    expect(cr?.metadata.ownerReferences?.map((r) => `${r.kind}/${r.name} controller=${String(r.controller)}`)).toEqual(['StatefulSet/web controller=true']);
    expect(cr?.['revision']).toBe(1);
  });

  it('with minReadySeconds waits for each pod to be available before the next', () => {
    const c = workloadCluster();
    const tl = recordTimeline(c, 'StatefulSet', 'web');
    must(c.api.create(webStatefulSet({ replicas: 2, claims: false, extraSpec: { minReadySeconds: 10 } })));
    c.runUntilQuiet();
    golden('min-ready.txt', [...tl, '', statusLine(sts(c)), ''].join('\n'));
  });
});

describe('StatefulSet with podManagementPolicy Parallel', () => {
  it('creates and deletes all pods at once', () => {
    const c = workloadCluster();
    const tl = recordTimeline(c, 'StatefulSet', 'web');
    must(c.api.create(webStatefulSet({ extraSpec: { podManagementPolicy: 'Parallel' } })));
    c.runUntilQuiet();
    tl.push('--- kubectl scale sts web --replicas=0');
    scale(c, 'statefulsets.apps', 'web', 0);
    c.runUntilQuiet();
    golden('parallel.txt', [...tl, '', statusLine(sts(c)), ''].join('\n'));
  });
});

describe('StatefulSet rolling update', () => {
  it('replaces web-2, web-1, web-0 in turn, each after the one before is Ready again', () => {
    const c = workloadCluster();
    must(c.api.create(webStatefulSet()));
    c.runUntilQuiet();
    const tl = recordTimeline(c, 'StatefulSet', 'web');
    const rollout = watchRolloutLines(c, 'statefulsets.apps', 'web', statefulSetRolloutLine);
    tl.push('--- kubectl set image sts web nginx=nginx:1.27');
    setImage(c, 'statefulsets.apps', 'web', 'nginx:1.27');
    c.runUntilQuiet();
    golden('rolling-update.txt', [...tl, '', ...rollout, '', statusLine(sts(c)), ...webPods(c), ...revisions(c), ''].join('\n'));
  });

  it('with partition 2 updates only web-2; a deleted web-0 comes back at the old revision', () => {
    const c = workloadCluster();
    must(c.api.create(webStatefulSet({ extraSpec: { updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 2 } } } })));
    c.runUntilQuiet();
    const tl = recordTimeline(c, 'StatefulSet', 'web');
    const rollout = watchRolloutLines(c, 'statefulsets.apps', 'web', statefulSetRolloutLine);
    tl.push('--- kubectl set image sts web nginx=nginx:1.27');
    setImage(c, 'statefulsets.apps', 'web', 'nginx:1.27');
    c.runUntilQuiet();
    tl.push('--- kubectl delete pod web-0');
    must(c.api.delete(c.api.typeOf(pods(c)[0] as KubeObject) as never, 'default', 'web-0'));
    c.runUntilQuiet();
    golden('partition.txt', [...tl, '', ...rollout, '', statusLine(sts(c)), ...webPods(c), ''].join('\n'));
  });

  it('with maxUnavailable 2 replaces two pods at a time', () => {
    const c = workloadCluster();
    must(c.api.create(webStatefulSet({ replicas: 4, claims: false, extraSpec: { updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 2 } } } })));
    c.runUntilQuiet();
    const tl = recordTimeline(c, 'StatefulSet', 'web');
    setImage(c, 'statefulsets.apps', 'web', 'nginx:1.27');
    c.runUntilQuiet();
    golden('max-unavailable.txt', [...tl, ''].join('\n'));
  });

  it('with OnDelete changes nothing until a pod is deleted, which comes back at the new revision', () => {
    const c = workloadCluster();
    must(c.api.create(webStatefulSet({ replicas: 2, claims: false, extraSpec: { updateStrategy: { type: 'OnDelete' } } })));
    c.runUntilQuiet();
    setImage(c, 'statefulsets.apps', 'web', 'nginx:1.27');
    c.runUntilQuiet();
    const before = webPods(c);
    must(c.api.delete(c.api.typeOf(pods(c)[1] as KubeObject) as never, 'default', 'web-1'));
    c.runUntilQuiet();
    golden('on-delete.txt', [...before, '--- kubectl delete pod web-1', ...webPods(c), statusLine(sts(c)), ''].join('\n'));
  });

  it('rolling back to an earlier template reuses its revision under the next number', () => {
    const c = workloadCluster();
    must(c.api.create(webStatefulSet({ replicas: 1, claims: false })));
    c.runUntilQuiet();
    const first = revisions(c);
    setImage(c, 'statefulsets.apps', 'web', 'nginx:1.27');
    c.runUntilQuiet();
    setImage(c, 'statefulsets.apps', 'web', 'registry.k8s.io/nginx-slim:0.24');
    c.runUntilQuiet();
    expect(revisions(c)).toHaveLength(2);
    expect(revisions(c)).toContain(first[0]?.replace('revision=1', 'revision=3'));
    const st = sts(c)?.['status'] as { currentRevision: string };
    expect(`${st.currentRevision} revision=3`).toBe(first[0]?.replace('revision=1', 'revision=3'));
  });

  it('keeps revisionHistoryLimit old revisions besides the live ones', () => {
    const c = workloadCluster();
    must(c.api.create(webStatefulSet({ replicas: 1, claims: false, extraSpec: { revisionHistoryLimit: 1 } })));
    c.runUntilQuiet();
    for (const tag of ['1.25', '1.26', '1.27']) {
      setImage(c, 'statefulsets.apps', 'web', `nginx:${tag}`);
      c.runUntilQuiet();
    }
    expect(revisions(c).map((r) => r.replace(/^web-\w+ /, ''))).toEqual(['revision=3', 'revision=4'].sort());
  });
});

describe('a StatefulSet pod that goes away', () => {
  it('is recreated under the same name, only once the old object is gone', () => {
    const c = workloadCluster();
    must(c.api.create(webStatefulSet()));
    c.runUntilQuiet();
    const tl = recordTimeline(c, 'StatefulSet', 'web');
    // A finalizer holds web-1 in Terminating, as a pod on an unreachable node stays.
    edit(c, 'pods', 'web-1', (p) => ({ ...p, metadata: { ...p.metadata, finalizers: ['example.com/hold'] } }));
    tl.push('--- kubectl delete pod web-1 (held by a finalizer)');
    must(c.api.delete(c.api.typeOf(pods(c)[1] as KubeObject) as never, 'default', 'web-1'));
    c.advance(10 * 60_000);
    const held = webPods(c);
    tl.push('--- finalizer removed');
    edit(c, 'pods', 'web-1', (p) => ({ ...p, metadata: { ...p.metadata, finalizers: [] } }));
    c.runUntilQuiet();
    golden('recreate.txt', [...tl, '', ...held, '', ...webPods(c), ''].join('\n'));
  });

  it('when it fails is deleted and replaced', () => {
    const c = workloadCluster();
    must(c.api.create(webStatefulSet({ replicas: 1, claims: false })));
    c.runUntilQuiet();
    const tl = recordTimeline(c, 'StatefulSet', 'web');
    const p = pods(c)[0] as KubeObject & { status: object };
    must(c.api.updateStatus({ ...p, status: { ...p.status, phase: 'Failed', conditions: [] } }));
    c.runUntilQuiet();
    golden('failed-pod.txt', [...tl, ''].join('\n'));
  });
});

describe('persistentVolumeClaimRetentionPolicy', () => {
  it('Retain (the default) keeps claims when scaling down and when the set is deleted', () => {
    const c = workloadCluster();
    must(c.api.create(webStatefulSet({ replicas: 2 })));
    c.runUntilQuiet();
    scale(c, 'statefulsets.apps', 'web', 1);
    c.runUntilQuiet();
    must(c.api.delete(c.api.typeOf(sts(c) as KubeObject) as never, 'default', 'web'));
    c.runUntilQuiet();
    expect(pods(c)).toEqual([]);
    expect(claims(c)).toEqual(['www-web-0 labels={"app":"nginx"} owners=-', 'www-web-1 labels={"app":"nginx"} owners=-']);
  });

  it('whenScaled: Delete removes the claims of scaled-away ordinals; whenDeleted: Delete those of a deleted set', () => {
    const c = workloadCluster();
    must(c.api.create(webStatefulSet({ extraSpec: { persistentVolumeClaimRetentionPolicy: { whenScaled: 'Delete', whenDeleted: 'Delete' } } })));
    c.runUntilQuiet();
    const owned = claims(c);
    scale(c, 'statefulsets.apps', 'web', 1);
    c.runUntilQuiet();
    const scaled = claims(c);
    must(c.api.delete(c.api.typeOf(sts(c) as KubeObject) as never, 'default', 'web'));
    c.runUntilQuiet();
    golden('retention-delete.txt', [...owned, '--- scaled to 1', ...scaled, '--- set deleted', ...claims(c), ''].join('\n'));
  });

  it('a claim still owned by the old pod of that name blocks the new pod until it is gone', () => {
    const c = workloadCluster();
    must(c.api.create(webStatefulSet({ replicas: 2, extraSpec: { persistentVolumeClaimRetentionPolicy: { whenScaled: 'Delete', whenDeleted: 'Retain' } } })));
    c.runUntilQuiet();
    // The claim keeps a finalizer (as pvc-protection would while a pod still uses it).
    edit(c, 'persistentvolumeclaims', 'www-web-1', (p) => ({ ...p, metadata: { ...p.metadata, finalizers: ['example.com/hold'] } }));
    scale(c, 'statefulsets.apps', 'web', 1);
    c.runUntilQuiet();
    scale(c, 'statefulsets.apps', 'web', 2);
    c.advance(60_000);
    expect(webPods(c).map((l) => l.split(' ')[0])).toEqual(['web-0']);
    edit(c, 'persistentvolumeclaims', 'www-web-1', (p) => ({ ...p, metadata: { ...p.metadata, finalizers: [] } }));
    c.runUntilQuiet();
    expect(webPods(c).map((l) => l.split(' ')[0])).toEqual(['web-0', 'web-1']);
    expect(claims(c)).toContain('www-web-1 labels={"app":"nginx"} owners=-');
  });
  it('a pod waits while its claim is being deleted, then gets a new claim', () => {
    const c = workloadCluster();
    must(c.api.create(webStatefulSet({ replicas: 2 })));
    c.runUntilQuiet();
    scale(c, 'statefulsets.apps', 'web', 1);
    c.runUntilQuiet();
    const tl = recordTimeline(c, 'StatefulSet', 'web');
    edit(c, 'persistentvolumeclaims', 'www-web-1', (p) => ({ ...p, metadata: { ...p.metadata, finalizers: ['example.com/hold'] } }));
    must(c.api.delete(RESOURCE_TYPE.persistentvolumeclaims, 'default', 'www-web-1'));
    tl.push('--- kubectl delete pvc www-web-1 (held by a finalizer); kubectl scale sts web --replicas=2');
    scale(c, 'statefulsets.apps', 'web', 2);
    c.advance(15_000);
    tl.push('--- finalizer removed');
    edit(c, 'persistentvolumeclaims', 'www-web-1', (p) => ({ ...p, metadata: { ...p.metadata, finalizers: [] } }));
    c.runUntilQuiet();
    golden('claim-being-deleted.txt', [...tl, '', ...claims(c), ''].join('\n'));
  });
});

describe('StatefulSet pods and their set', () => {
  it('orphaned pods are adopted again by a set of the same name', () => {
    const c = workloadCluster();
    must(c.api.create(webStatefulSet({ replicas: 2, claims: false })));
    c.runUntilQuiet();
    must(c.api.delete(c.api.typeOf(sts(c) as KubeObject) as never, 'default', 'web', { propagationPolicy: 'Orphan' }));
    c.runUntilQuiet();
    expect(pods(c).map((p) => p.metadata.ownerReferences)).toEqual([undefined, undefined]);
    const uids = pods(c).map((p) => p.metadata.uid);
    must(c.api.create(webStatefulSet({ replicas: 2, claims: false })));
    c.runUntilQuiet();
    const set = sts(c);
    expect(pods(c).map((p) => p.metadata.uid)).toEqual(uids);
    expect(pods(c).map((p) => p.metadata.ownerReferences?.[0]?.uid)).toEqual([set?.metadata.uid, set?.metadata.uid]);
    expect(statusLine(set)).toMatch(/ replicas=2 readyReplicas=2 currentReplicas=2 updatedReplicas=2 /);
    expect(revisions(c)).toHaveLength(1);
  });
});
