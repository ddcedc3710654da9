// The browser worker's view-source.ts (swapped in by astro.config.mjs; see that file): the cluster
// picture is a chunk of its own, loaded when the worker first posts a picture (after the prompt).
import { LazyPart } from '../../lib/lazy-part';
import type { ViewPart } from './view-source';

const part = new LazyPart<ViewPart>(() => import('../../sandbox/view'));

export function loadView(): Promise<void> {
  return part.load();
}

export function loadedView(): ViewPart | undefined {
  return part.loaded;
}
