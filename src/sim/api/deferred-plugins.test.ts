// The API server's write path as the browser's worker has it: a part loaded after the prompt
// (plugins-source.lazy.ts), held back here. A cluster restored before it arrives refuses writes,
// changing nothing, and writes as the original cluster would once it is there.
import { describe, expect, it, vi } from 'vitest';
import { createCluster, restoreCluster, type KubeObject } from '../index';
import { internalError } from './status';

const held = vi.hoisted(() => ({ here: true }));

vi.mock('./plugins-source', async (actual) => {
  const real = await actual<typeof import('./plugins-source')>();
  return { loadApiPlugins: real.loadApiPlugins, loadedApiPlugins: () => (held.here ? real.loadedApiPlugins() : undefined) };
});

describe('deferredApiPlugins', () => {
  it('refuses writes until the write path is loaded, then writes as the original cluster', () => {
    held.here = true;
    const original = createCluster({ seed: 2 });
    const json = JSON.stringify(original.snapshot());
    held.here = false;
    const restored = restoreCluster(JSON.parse(json));
    const configMap = (): KubeObject => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { generateName: 'settings-', namespace: 'default' }, data: { mode: 'on' } });

    expect(restored.api.create(configMap())).toEqual({ ok: false, status: internalError("the API server's write path is not loaded yet") });
    expect(JSON.stringify(restored.snapshot())).toBe(json);

    held.here = true;
    expect(restored.api.create(configMap())).toEqual(original.api.create(configMap()));
    expect(JSON.stringify(restored.snapshot())).toBe(JSON.stringify(original.snapshot()));
  });
});
