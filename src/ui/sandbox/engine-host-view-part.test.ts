// The engine as the browser's worker has it: the cluster picture's code is a chunk of its own
// (view-source.lazy.ts), first asked for right after the prompt. Here it is held back until the test
// lets it arrive: the prompt comes without it, and the picture follows as soon as it is there.
import { describe, expect, it, vi } from 'vitest';
import { createSandbox } from '../../sandbox/create-sandbox';
import { EngineHost } from './engine-host';
import type { WorkerMessage } from './protocol';
import { memoryStore } from './sandbox-store';

const held = vi.hoisted(() => {
  let release: () => void = () => undefined;
  const arrived = new Promise<void>((resolve) => (release = resolve));
  return { here: false, asked: 0, arrived, arrive: () => release() };
});

vi.mock('./view-source', async (actual) => {
  const real = await actual<typeof import('./view-source')>();
  return {
    loadView: () => (held.asked++, held.arrived),
    loadedView: () => (held.here ? real.loadedView() : undefined),
  };
});

describe('EngineHost before the picture is loaded', () => {
  it('shows the prompt first, then the picture once its code is here', async () => {
    const snapshot = JSON.stringify(createSandbox({ seed: 7 }).snapshot());
    const posted: WorkerMessage[] = [];
    const host = new EngineHost({
      post: (m) => void posted.push(m),
      wallNow: () => 0,
      wallClock: () => Date.UTC(2030, 0, 1),
      every: () => () => undefined,
      after: () => () => undefined,
      openStore: async () => memoryStore(),
      fetchText: async () => snapshot,
    });
    await host.receive({ type: 'init', id: 'lesson/a', seed: 7, fixture: '', lab: '', bootUrl: '/sandbox-boot/7.json', control: null, columns: 80 });
    expect(posted.some((m) => m.type === 'ready')).toBe(true);
    expect(posted.some((m) => m.type === 'view')).toBe(false);
    expect(held.asked).toBe(1);

    held.here = true;
    held.arrive();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const views = posted.filter((m) => m.type === 'view');
    expect(views).toHaveLength(1);
    expect(views[0]?.type === 'view' && views[0].view.nodes.map((n) => n.name)).toContain('controlplane');
  }, 60_000);
});
