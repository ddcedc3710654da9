import { describe, expect, it } from 'vitest';
import * as boot from './boot-part';
import { bootPart as lazyPart, loadBootPart as loadLazy, loadedBootPart as lazyLoaded } from './boot-source.lazy';
import { loadedBootPart } from './boot-source';

describe('boot code sources', () => {
  it('has it at once in Node (boot-source.ts)', () => {
    expect(loadedBootPart()).toBe(boot);
  });

  it('has it after loadBootPart() in the worker (boot-source.lazy.ts)', async () => {
    expect(lazyLoaded()).toBeUndefined();
    expect(() => lazyPart()).toThrow('the boot code is not loaded yet');
    await loadLazy();
    expect(lazyPart().bootstrapDefaultCluster).toBe(boot.bootstrapDefaultCluster);
  });
});
