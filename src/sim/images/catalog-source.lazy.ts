// The browser worker's catalog-source.ts (swapped in by astro.config.mjs; see that file): the image
// catalog is a separate chunk, loaded right after the prompt with what the running cluster needs.
import { LazyPart } from '../../lib/lazy-part';
import type { CatalogPart } from './catalog-source';

const part = new LazyPart<CatalogPart>(() => import('./catalog-part'));

export function loadCatalog(): Promise<void> {
  return part.load();
}

export function loadedCatalog(): CatalogPart | undefined {
  return part.loaded;
}

/** The catalog; only the browser's worker, before its chunk arrived, has none (it lets the cluster run only once it has). */
export function catalogPart(): CatalogPart {
  const loaded = loadedCatalog();
  if (!loaded) throw new Error('the image catalog is not loaded yet');
  return loaded;
}
