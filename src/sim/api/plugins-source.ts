// Where the API server gets its write path (plugins.ts: strict decoding, defaulting, admission, CRD
// schemas, wired to validation). Only writes run it, and restoring a cluster writes nothing.
// Here, in Node (the CLI, tests) and wherever this module is bundled as is, it comes with the rest
// of the sim: loaded as soon as this module is, and the API server calls it directly (deferred-plugins.ts).
//
// The browser's worker bundle replaces this module with plugins-source.lazy.ts (the `lazyTwins`
// plugin in astro.config.mjs): there it is a chunk the worker loads right after the prompt with what
// the running cluster needs (src/ui/sandbox/engine-parts.ts), like validation, and no write reaches
// the API server before it. Both modules export the same functions.
import * as plugins from './plugins';

export type PluginsPart = typeof plugins;

/** Resolves once the write path can be used (here: at once). */
export function loadApiPlugins(): Promise<void> {
  return Promise.resolve();
}

/** The write path, or undefined while it is not loaded (never, here). */
export function loadedApiPlugins(): PluginsPart | undefined {
  return plugins;
}
