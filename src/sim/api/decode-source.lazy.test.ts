import { describe, expect, it } from 'vitest';
import * as decoder from './schema/decoder';
import { loadDecoder as loadLazy, loadedDecoder as lazyLoaded } from './decode-source.lazy';
import { loadedDecoder } from './decode-source';

describe('decoder sources', () => {
  it('has the decoder at once in Node (decode-source.ts)', () => {
    expect(loadedDecoder()).toBe(decoder);
  });

  it('has it after loadDecoder() in the worker (decode-source.lazy.ts)', async () => {
    expect(lazyLoaded()).toBeUndefined();
    await loadLazy();
    expect(lazyLoaded()?.decodeStrict).toBe(decoder.decodeStrict);
  });
});
