// The browser worker's plugins-source.ts (swapped in by astro.config.mjs; see that file): the API
// server's write path is a chunk loaded right after the prompt with what the running cluster needs.
import { LazyPart } from '../../lib/lazy-part';
import type { PluginsPart } from './plugins-source';

const part = new LazyPart<PluginsPart>(() => import('./plugins'));

export function loadApiPlugins(): Promise<void> {
  return part.load();
}

export function loadedApiPlugins(): PluginsPart | undefined {
  return part.loaded;
}
