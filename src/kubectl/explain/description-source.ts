// Where `kubectl explain` gets its descriptions (descriptions/, the largest table of kubectl: only
// explain reads it). Here, in Node (the CLI, tests) and wherever this module is bundled as is, they
// come with the rest of kubectl: loaded as soon as this module is, so explain is synchronous.
//
// The browser's worker bundle replaces this module with description-source.lazy.ts (the
// `lazyExplainDescriptions` plugin in astro.config.mjs): there the descriptions are a chunk of their
// own, fetched after the prompt is up, and the worker awaits `loadDescriptions()` before it runs a
// line (src/ui/sandbox/engine-parts.ts). Both modules export the same two functions.
import * as descriptions from './descriptions';

export type Descriptions = typeof descriptions;

/** Resolves once the descriptions can be read (here: at once). */
export function loadDescriptions(): Promise<void> {
  return Promise.resolve();
}

/** The descriptions, or undefined while they are not loaded (never, here). */
export function loadedDescriptions(): Descriptions | undefined {
  return descriptions;
}
