// The browser worker's decode-source.ts (swapped in by astro.config.mjs; see that file): the strict
// decoder is a separate chunk, loaded by `loadDecoder()` with the commands, before any of them runs.
import { LazyPart } from '../../lib/lazy-part';
import type { Decoder } from './decode-source';

const part = new LazyPart<Decoder>(() => import('./schema/decoder'));

export function loadDecoder(): Promise<void> {
  return part.load();
}

export function loadedDecoder(): Decoder | undefined {
  return part.loaded;
}
