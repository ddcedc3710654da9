// Where the worker gets the cluster picture's data (src/sandbox/view.ts, which draws on kubectl's
// tables: ~35 KB of the engine's chunk that restoring a cluster and drawing its prompt never run).
// Here, in Node (tests) and wherever this module is bundled as is, it comes with the engine: loaded
// as soon as this module is.
//
// The browser's worker bundle replaces this module with view-source.lazy.ts (the `lazyTwins` plugin
// in astro.config.mjs): there the picture is a chunk the worker loads when it first posts a picture,
// right after the prompt (engine-host.ts), so the engine the prompt waits for is smaller. Both
// modules export the same functions.
import * as view from '../../sandbox/view';

export type ViewPart = typeof view;

/** Resolves once the picture can be made (here: at once). */
export function loadView(): Promise<void> {
  return Promise.resolve();
}

/** The picture's module, or undefined while it is not loaded (never, here). */
export function loadedView(): ViewPart | undefined {
  return view;
}
