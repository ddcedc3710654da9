import { describe, expect, it } from 'vitest';
import * as plugins from './plugins';
import { loadApiPlugins as loadLazy, loadedApiPlugins as lazyLoaded } from './plugins-source.lazy';
import { loadedApiPlugins } from './plugins-source';

describe('API write path sources', () => {
  it('has it at once in Node (plugins-source.ts)', () => {
    expect(loadedApiPlugins()).toBe(plugins);
  });

  it('has it after loadApiPlugins() in the worker (plugins-source.lazy.ts)', async () => {
    expect(lazyLoaded()).toBeUndefined();
    await loadLazy();
    expect(lazyLoaded()?.realApiPlugins).toBe(plugins.realApiPlugins);
  });
});
