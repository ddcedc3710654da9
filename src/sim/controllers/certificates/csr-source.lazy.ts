// The browser worker's csr-source.ts (swapped in by astro.config.mjs; see that file): the CSR
// controllers' work and the certificate code are a chunk loaded right after the prompt.
import { LazyPart } from '../../../lib/lazy-part';
import type { CsrReconcilers } from './csr-source';

const part = new LazyPart<CsrReconcilers>(() => import('./reconcile'));

export function loadCsrReconcilers(): Promise<void> {
  return part.load();
}

export function loadedCsrReconcilers(): CsrReconcilers | undefined {
  return part.loaded;
}
