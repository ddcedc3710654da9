// The browser worker's description-source.ts (swapped in by astro.config.mjs; see that file): the
// descriptions are a separate chunk, loaded by `loadDescriptions()`, which the worker awaits before
// it runs a line, so explain never runs without them.
import type { Descriptions } from './description-source';

let loaded: Descriptions | undefined;
let loading: Promise<void> | undefined;

export function loadDescriptions(): Promise<void> {
  loading ??= import('./descriptions').then(
    (module) => {
      loaded = module;
    },
    (error: unknown) => {
      // Offline before the chunk was ever fetched: the next line tries again.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

export function loadedDescriptions(): Descriptions | undefined {
  return loaded;
}
