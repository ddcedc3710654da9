// The browser worker's decode-source.ts (swapped in by astro.config.mjs; see that file): the strict
// decoder is a separate chunk, loaded by `loadDecoder()` with the commands, before any of them runs.
import type { Decoder } from './decode-source';

let loaded: Decoder | undefined;
let loading: Promise<void> | undefined;

export function loadDecoder(): Promise<void> {
  loading ??= import('./schema/decoder').then(
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

export function loadedDecoder(): Decoder | undefined {
  return loaded;
}
