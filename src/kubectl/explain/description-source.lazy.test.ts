import { describe, expect, it } from 'vitest';
import * as descriptions from './descriptions';
import { loadDescriptions as loadLazy, loadedDescriptions as lazyLoaded } from './description-source.lazy';
import { loadedDescriptions } from './description-source';

describe('explain description sources', () => {
  it('has the descriptions at once in Node (description-source.ts)', () => {
    expect(loadedDescriptions()).toBe(descriptions);
  });

  it('has them after loadDescriptions() in the worker (description-source.lazy.ts)', async () => {
    expect(lazyLoaded()).toBeUndefined();
    await loadLazy();
    expect(lazyLoaded()?.fieldDescription('core/v1.PodSpec', 'containers')).toBe(descriptions.fieldDescription('core/v1.PodSpec', 'containers'));
  });
});
