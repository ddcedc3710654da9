import { describe, expect, it } from 'vitest';
import type { Pod } from 'kubernetes-types/core/v1';
import { Random } from '../../lib/random';
import type { KubeObject } from '../api/object';
import { controllerRef, keyOf } from '../api/object';
import { ObjectStore } from '../store/store';
import { SiblingCounts } from './siblings';

const OWNERS = ['rs-a', 'rs-b'];

/** Bound, not-deleting pods of a controller per node, counted the slow way. */
function recount(store: ObjectStore, uid: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of store.list('pods') as unknown as Pod[]) {
    const node = p.spec?.nodeName;
    if (node && !p.metadata?.deletionTimestamp && controllerRef(p as KubeObject)?.uid === uid) out[node] = (out[node] ?? 0) + 1;
  }
  return out;
}

function randomPod(r: Random, name: string): KubeObject {
  const owner = r.pick([...OWNERS, 'none']);
  const node = r.pick(['node01', 'node02', '']);
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      namespace: 'default',
      ...(owner === 'none' ? {} : { ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: owner, uid: owner, controller: true }] }),
      ...(r.int(5) === 0 ? { deletionTimestamp: '2026-11-24T10:00:00Z' } : {}),
    },
    spec: { containers: [], ...(node ? { nodeName: node } : {}) },
  };
}

describe('SiblingCounts', () => {
  it('always equals a recount of the bound pods per node', () => {
    const r = new Random(5);
    const store = new ObjectStore(undefined);
    for (let i = 0; i < 4; i++) store.put('pods', randomPod(r, `early-${i}`));
    const siblings = new SiblingCounts(store);
    const names = Array.from({ length: 10 }, (_, i) => `pod-${i}`);
    for (let step = 0; step < 500; step++) {
      const name = r.pick(names);
      const existing = store.get('pods', `default/${name}`);
      if (existing && r.int(4) === 0) store.remove('pods', keyOf(existing));
      else store.put('pods', randomPod(r, name));
      for (const uid of OWNERS) expect(Object.fromEntries(siblings.perNode(uid))).toEqual(recount(store, uid));
    }
  });
});
