import { describe, expect, it } from 'vitest';
import * as reconcilers from './reconcile';
import { loadCsrReconcilers as loadLazy, loadedCsrReconcilers as lazyLoaded } from './csr-source.lazy';
import { loadedCsrReconcilers } from './csr-source';

describe('CSR reconciler sources', () => {
  it('has them at once in Node (csr-source.ts)', () => {
    expect(loadedCsrReconcilers()).toBe(reconcilers);
  });

  it('has them after loadCsrReconcilers() in the worker (csr-source.lazy.ts)', async () => {
    expect(lazyLoaded()).toBeUndefined();
    await loadLazy();
    expect(lazyLoaded()?.csrSigner).toBe(reconcilers.csrSigner);
  });
});
