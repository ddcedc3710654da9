// Where the API server gets its strict decoder (schema/: every served kind's fields and Go types,
// the largest table of the sim). Only requests from a user are decoded — kubectl's, which the
// controllers and the kubelet never send — so restoring a cluster and letting it run need none of it.
// Here, in Node (the CLI, tests) and wherever this module is bundled as is, it comes with the rest
// of the sim: loaded as soon as this module is.
//
// The browser's worker bundle replaces this module with decode-source.lazy.ts (the `lazyTwins`
// plugin in astro.config.mjs): there the decoder is a chunk loaded with the commands, which the
// worker awaits before it hands a line to the sandbox (src/ui/sandbox/engine-parts.ts), so no
// request from kubectl arrives before it. Both modules export the same functions.
import * as decoder from './schema/decoder';

export type Decoder = typeof decoder;

/** Resolves once the decoder can be used (here: at once). */
export function loadDecoder(): Promise<void> {
  return Promise.resolve();
}

/** The decoder, or undefined while it is not loaded (never, here). */
export function loadedDecoder(): Decoder | undefined {
  return decoder;
}
