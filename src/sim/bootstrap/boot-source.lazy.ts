// The browser worker's boot-source.ts (swapped in by astro.config.mjs; see that file): the boot code
// is a chunk loaded before a cluster is booted or an older snapshot restored.
import { LazyPart } from '../../lib/lazy-part';
import type { BootPart } from './boot-source';

const part = new LazyPart<BootPart>(() => import('./boot-part'));

export function loadBootPart(): Promise<void> {
  return part.load();
}

export function loadedBootPart(): BootPart | undefined {
  return part.loaded;
}

/** The boot code; only the browser's worker, before its chunk arrived, has none (it loads it before booting). */
export function bootPart(): BootPart {
  const loaded = loadedBootPart();
  if (!loaded) throw new Error('the boot code is not loaded yet');
  return loaded;
}
