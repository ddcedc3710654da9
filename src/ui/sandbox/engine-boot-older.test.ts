// The boot code as the browser's worker has it: a chunk of its own (src/sim/bootstrap/boot-source.lazy.ts),
// held back here until the test lets it arrive. A record saved by the current version restores
// without it; one saved by an older version (boot-time RBAC objects by reference) waits for it, and
// a record is not called corrupt because the boot code could not be fetched.
import { describe, expect, it, vi } from 'vitest';
import { createSandbox } from '../../sandbox/create-sandbox';
import type { SandboxSnapshot } from '../../sandbox/types';
import type { KubeObject } from '../../sim';
import { bootSandbox, type BootRequest } from './engine-boot';
import { memoryStore } from './sandbox-store';
import { STORAGE_SCHEMA, type StoredSandbox } from './stored-record';

const held = vi.hoisted(() => {
  const state = { here: true, fail: false, asked: 0, release: (): void => undefined, arrived: Promise.resolve() };
  state.arrived = new Promise<void>((resolve) => (state.release = resolve));
  return state;
});

vi.mock('../../sim/bootstrap/boot-source', async (actual) => {
  const real = await actual<typeof import('../../sim/bootstrap/boot-source')>();
  return {
    loadBootPart: () => {
      held.asked++;
      return held.fail ? Promise.reject(new Error('offline')) : held.arrived.then(() => void (held.here = true));
    },
    loadedBootPart: () => (held.here ? real.loadedBootPart() : undefined),
    bootPart: () => {
      if (!held.here) throw new Error('the boot code is not loaded yet');
      return real.bootPart();
    },
  };
});

const CLUSTER_ROLES = 'clusterroles.rbac.authorization.k8s.io';

function record(snapshot: SandboxSnapshot): StoredSandbox {
  return { schema: STORAGE_SCHEMA, id: 'lesson/a', savedAt: 0, seed: 7, snapshot: JSON.stringify(snapshot), history: [], speed: 1, paused: false };
}

function request(store: ReturnType<typeof memoryStore>): BootRequest {
  return { id: 'lesson/a', seed: 7, fixture: '', bootUrl: '', store, fetchText: async () => undefined, options: {}, wallClock: () => 0, virtually: (work) => work() };
}

describe('bootSandbox and the boot code', () => {
  it('restores a current record without it, and an older one once it is there', async () => {
    const current = createSandbox({ seed: 7 }).snapshot();
    held.here = false;
    const json = JSON.stringify(current);

    const fresh = await bootSandbox(request(memoryStore({ 'lesson/a': record(current) })));
    expect([fresh.origin, held.asked, JSON.stringify(fresh.sandbox.snapshot()) === json]).toEqual(['saved', 0, true]);

    // The admin ClusterRole by reference, as the version before wrote it.
    const older = JSON.parse(json) as SandboxSnapshot;
    const admin = older.cluster.store.objects[CLUSTER_ROLES]?.[0] as KubeObject;
    older.cluster.store.objects[CLUSTER_ROLES]?.splice(0, 1, ['admin', admin.metadata.uid ?? '', admin.metadata.creationTimestamp ?? '', admin.metadata.resourceVersion ?? '']);

    // It cannot be fetched: the boot fails, and the record stays where it is.
    held.fail = true;
    const store = memoryStore({ 'lesson/a': record(older) });
    await expect(bootSandbox(request(store))).rejects.toThrow('offline');
    expect([...store.data.keys()]).toEqual(['lesson/a']);

    held.fail = false;
    let done = false;
    const booting = bootSandbox(request(store)).finally(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(done).toBe(false);
    held.release();
    const restored = await booting;
    expect([restored.origin, restored.notices, JSON.stringify(restored.sandbox.snapshot()) === json]).toEqual(['saved', [], true]);
  }, 60_000);
});
