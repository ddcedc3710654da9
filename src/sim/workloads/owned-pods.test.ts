import { describe, expect, it } from 'vitest';
import type { Pod } from 'kubernetes-types/core/v1';
import { Random } from '../../lib/random';
import type { KubeObject } from '../api/object';
import { controllerRef, keyOf } from '../api/object';
import { parseTimestamp } from '../runtime';
import { ObjectStore } from '../store/store';
import { OwnedPodCounts, type OwnedPodTotals } from './owned-pods';
import { isPodActive, isPodReady, readyCondition } from './pods';

const OWNERS = ['rs-a', 'rs-b'];

/** What the counts must equal: a walk over every pod, as the ReplicaSet controller once did. */
function recount(store: ObjectStore, uid: string): { active: number; ready: number; groups: Record<string, number>; since: (number | undefined)[] } {
  const active = (store.list('pods') as unknown as Pod[]).filter((p) => controllerRef(p as KubeObject)?.uid === uid && isPodActive(p));
  const groups: Record<string, number> = {};
  for (const p of active) groups[JSON.stringify(p.metadata?.labels ?? null)] = (groups[JSON.stringify(p.metadata?.labels ?? null)] ?? 0) + 1;
  const ready = active.filter(isPodReady);
  return { active: active.length, ready: ready.length, groups, since: ready.map((p) => parseTimestamp(readyCondition(p)?.lastTransitionTime)).sort() };
}

function summary(t: OwnedPodTotals): ReturnType<typeof recount> {
  const groups: Record<string, number> = {};
  for (const g of t.labelGroups.values()) groups[JSON.stringify(g.labels ?? null)] = g.count;
  return { active: t.active, ready: t.ready, groups, since: [...t.readySince.values()].sort() };
}

function randomPod(r: Random, name: string): KubeObject {
  const owner = r.pick([...OWNERS, 'none']);
  const phase = r.pick(['Pending', 'Running', 'Succeeded', 'Failed']);
  const ready = r.pick(['True', 'False', 'absent']);
  const pod: KubeObject = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      namespace: 'default',
      uid: `uid-${name}`,
      labels: r.pick<Record<string, string>>([{ app: 'web' }, { app: 'web', extra: 'x' }, { app: 'db' }]),
      ...(owner === 'none' ? {} : { ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: owner, uid: owner, controller: true }] }),
      ...(r.int(5) === 0 ? { deletionTimestamp: '2026-11-24T10:00:00Z' } : {}),
    },
    spec: { containers: [] },
    status: {
      phase,
      ...(ready === 'absent' ? {} : { conditions: [{ type: 'Ready', status: ready, lastTransitionTime: `2026-11-24T10:00:${String(r.int(60)).padStart(2, '0')}Z` }] }),
    },
  };
  return pod;
}

describe('OwnedPodCounts', () => {
  it('always equals a recount of the pods, through creates, updates and deletes', () => {
    const r = new Random(11);
    const store = new ObjectStore(undefined);
    for (let i = 0; i < 5; i++) store.put('pods', randomPod(r, `early-${i}`));
    const counts = new OwnedPodCounts(store);
    const names = Array.from({ length: 12 }, (_, i) => `pod-${i}`);
    for (let step = 0; step < 600; step++) {
      const name = r.pick(names);
      const existing = store.get('pods', `default/${name}`);
      if (existing && r.int(4) === 0) store.remove('pods', keyOf(existing));
      else if (existing && r.int(2) === 0) store.put('pods', { ...existing, status: randomPod(r, name)['status'] });
      else store.put('pods', randomPod(r, name));
      for (const uid of OWNERS) expect(summary(counts.of(uid))).toEqual(recount(store, uid));
    }
  });
});
