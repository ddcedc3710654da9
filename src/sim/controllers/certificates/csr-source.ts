// Where the CSR controllers get what they do (reconcile.ts, with X.509, RSA and the cluster CA).
// Here, in Node (the CLI, tests) and wherever this module is bundled as is, it comes with the rest
// of the sim: loaded as soon as this module is.
//
// The browser's worker bundle replaces this module with csr-source.lazy.ts (the `lazyTwins` plugin
// in astro.config.mjs): there it is a chunk the worker loads right after the prompt with what the
// running cluster needs (src/ui/sandbox/engine-parts.ts). Restoring a cluster reconciles nothing, and
// its clock does not move until that chunk is there, so no reconcile comes before it. Both modules
// export the same functions.
import * as reconcilers from './reconcile';

export type CsrReconcilers = typeof reconcilers;

/** Resolves once the reconcilers can be used (here: at once). */
export function loadCsrReconcilers(): Promise<void> {
  return Promise.resolve();
}

/** The reconcilers, or undefined while they are not loaded (never, here). */
export function loadedCsrReconcilers(): CsrReconcilers | undefined {
  return reconcilers;
}
