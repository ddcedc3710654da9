// The engine as the browser's worker has it: the image catalog, the API server's validation and write
// path, and the CSR controllers' work are chunks loaded right after the prompt
// (src/sim/images/catalog-source.lazy.ts, src/sim/api/validate-source.lazy.ts,
// src/sim/api/plugins-source.lazy.ts, src/sim/controllers/certificates/csr-source.lazy.ts). Here
// they are held back until the test lets them arrive: the prompt comes without them, the clock does
// not move and a line waits, and once they are there the real time that passed meanwhile is applied,
// as if the cluster had run all along.
import { describe, expect, it, vi } from 'vitest';
import { createSandbox } from '../../sandbox/create-sandbox';
import { EngineGate } from './engine-gate';
import { EngineHost } from './engine-host';
import { loadEngineParts } from './engine-parts';
import type { WorkerMessage } from './protocol';
import { memoryStore } from './sandbox-store';

const held = vi.hoisted(() => {
  let release: () => void = () => undefined;
  const arrived = new Promise<void>((resolve) => (release = resolve));
  return { here: false, arrived, arrive: () => release() };
});

vi.mock('../../sim/images/catalog-source', async (actual) => {
  const real = await actual<typeof import('../../sim/images/catalog-source')>();
  return {
    loadCatalog: () => held.arrived,
    loadedCatalog: () => (held.here ? real.loadedCatalog() : undefined),
    catalogPart: () => {
      if (!held.here) throw new Error('the image catalog is not loaded yet');
      return real.catalogPart();
    },
  };
});
vi.mock('../../sim/api/validate-source', async (actual) => {
  const real = await actual<typeof import('../../sim/api/validate-source')>();
  return { loadValidation: () => held.arrived, loadedValidation: () => (held.here ? real.loadedValidation() : undefined) };
});
vi.mock('../../sim/api/plugins-source', async (actual) => {
  const real = await actual<typeof import('../../sim/api/plugins-source')>();
  return { loadApiPlugins: () => held.arrived, loadedApiPlugins: () => (held.here ? real.loadedApiPlugins() : undefined) };
});
vi.mock('../../sim/controllers/certificates/csr-source', async (actual) => {
  const real = await actual<typeof import('../../sim/controllers/certificates/csr-source')>();
  return { loadCsrReconcilers: () => held.arrived, loadedCsrReconcilers: () => (held.here ? real.loadedCsrReconcilers() : undefined) };
});

describe('EngineHost before what the running cluster needs is loaded', () => {
  it('restores and shows the prompt, holds the clock and the first line, then catches up', async () => {
    // The pre-booted snapshot, as the site builds it (booting runs the cluster: the parts are needed for that).
    held.here = true;
    const snapshot = JSON.stringify(createSandbox({ seed: 7 }).snapshot());
    held.here = false;

    const posted: WorkerMessage[] = [];
    let now = 0;
    let tick: () => void = () => undefined;
    const host = new EngineHost({
      post: (m) => void posted.push(m),
      wallNow: () => now,
      wallClock: () => Date.UTC(2030, 0, 1) + now,
      every: (_ms, run) => ((tick = run), () => undefined),
      after: () => () => undefined,
      openStore: async () => memoryStore(),
      fetchText: async () => snapshot,
    });
    const gate = new EngineGate(Promise.resolve(host), loadEngineParts);
    await host.receive({ type: 'init', id: 'lesson/a', seed: 7, fixture: '', lab: '', bootUrl: '/sandbox-boot/7.json', control: null, columns: 80 });
    const ready = posted.find((m) => m.type === 'ready');
    expect(ready?.type === 'ready' && ready.origin).toBe('preboot');
    const start = ready?.type === 'ready' ? ready.clock.now : NaN;
    const shown = () => posted.flatMap((m) => (m.type === 'clock' ? [`clock +${m.clock.now - start}`] : m.type === 'output' ? [m.text] : []));

    // Two seconds pass: the ticks come and the clock stays; a line waits.
    now = 1000;
    tick();
    now = 2000;
    tick();
    const ran = gate.receive({ type: 'run', seq: 1, line: 'kubectl get ns default -o name', history: [] });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(shown()).toEqual([]);

    // They arrive: the two seconds are applied before the line runs; the next tick goes on from there.
    held.here = true;
    held.arrive();
    await ran;
    now = 2200;
    tick();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(shown()).toEqual(['clock +2000', 'namespace/default\n', 'clock +2000', 'clock +2200']);
  }, 60_000);
});
