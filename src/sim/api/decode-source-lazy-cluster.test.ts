// In the browser's worker the strict decoder loads with the commands (decode-source.lazy.ts): the
// cluster restores and runs without it, and a user's request that came before it is refused
// clearly instead of being stored undecoded.
import { describe, expect, it, vi } from 'vitest';
import { createCluster } from '../index';
import { loadDecoder } from './decode-source';

vi.mock('./decode-source', () => import('./decode-source.lazy'));

const configMap = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings', namespace: 'default' }, data: { mode: 'fast' }, colour: 'blue' };

describe('a cluster whose decoder loads later', () => {
  it('runs, refuses a user request until the decoder is there, then decodes it', async () => {
    const cluster = createCluster({ seed: 1 });
    cluster.advance(10_000);
    const early = cluster.api.create(structuredClone(configMap), { fieldValidation: 'Strict' });
    expect(early).toEqual({ ok: false, status: expect.objectContaining({ code: 400, message: 'the API schema is not loaded yet' }) });
    await loadDecoder();
    const later = cluster.api.create(structuredClone(configMap), { fieldValidation: 'Strict' });
    expect(later.ok ? 'created' : later.status.message).toBe('ConfigMap in version "v1" cannot be handled as a ConfigMap: strict decoding error: unknown field "colour"');
  });
});
