// Where the kubelet and the network get the image catalog (catalog/, the in-container shell and
// tools: the largest part of the sim). The catalog answers what a container does once it starts,
// its logs, HTTP answers and exec; restoring a cluster asks it nothing (a restored container's
// plan is in the snapshot: plan-shared.ts), only a running cluster does.
// Here, in Node (the CLI, tests) and wherever this module is bundled as is, it comes with the rest
// of the sim: loaded as soon as this module is.
//
// The browser's worker bundle replaces this module with catalog-source.lazy.ts (the `lazyTwins`
// plugin in astro.config.mjs): there the catalog is a chunk the worker loads right after the
// prompt, and the cluster's clock waits for it (src/ui/sandbox/engine-parts.ts: the parts a running
// cluster needs). Both modules export the same functions.
import * as catalog from './catalog-part';

export type CatalogPart = typeof catalog;

/** Resolves once the catalog can be used (here: at once). */
export function loadCatalog(): Promise<void> {
  return Promise.resolve();
}

/** The catalog, or undefined while it is not loaded (never, here). */
export function loadedCatalog(): CatalogPart | undefined {
  return catalog;
}

/** The catalog; only the browser's worker, before its chunk arrived, has none (it lets the cluster run only once it has). */
export function catalogPart(): CatalogPart {
  const loaded = loadedCatalog();
  if (!loaded) throw new Error('the image catalog is not loaded yet');
  return loaded;
}
