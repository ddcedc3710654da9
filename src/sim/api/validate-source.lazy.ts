// The browser worker's validate-source.ts (swapped in by astro.config.mjs; see that file): validation
// is a separate chunk, loaded right after the prompt with what the running cluster needs.
import { LazyPart } from '../../lib/lazy-part';
import type { Validation } from './validate-source';

const part = new LazyPart<Validation>(() => import('./validation'));

export function loadValidation(): Promise<void> {
  return part.load();
}

export function loadedValidation(): Validation | undefined {
  return part.loaded;
}
