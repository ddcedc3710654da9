// The browser worker's description-source.ts (swapped in by astro.config.mjs; see that file): the
// descriptions are a separate chunk, loaded by `loadDescriptions()`, which the worker awaits before
// it runs a line, so explain never runs without them.
import { LazyPart } from '../../lib/lazy-part';
import type { Descriptions } from './description-source';

const part = new LazyPart<Descriptions>(() => import('./descriptions'));

export function loadDescriptions(): Promise<void> {
  return part.load();
}

export function loadedDescriptions(): Descriptions | undefined {
  return part.loaded;
}
