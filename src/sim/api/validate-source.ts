// Where the API server gets its validation (validation/: every kind's field rules, the second
// largest part of the sim). Validation runs on writes, and restoring a cluster writes nothing: only
// a running cluster (its controllers, the kubelet, a user's request) does.
// Here, in Node (the CLI, tests) and wherever this module is bundled as is, it comes with the rest
// of the sim: loaded as soon as this module is.
//
// The browser's worker bundle replaces this module with validate-source.lazy.ts (the `lazyTwins`
// plugin in astro.config.mjs): there validation is a chunk the worker loads right after the prompt,
// and the cluster's clock waits for it (src/ui/sandbox/engine-parts.ts: the parts a running cluster
// needs), so no write reaches the API server before it. Both modules export the same functions.
import * as validation from './validation';

export type Validation = typeof validation;

/** Resolves once validation can be used (here: at once). */
export function loadValidation(): Promise<void> {
  return Promise.resolve();
}

/** Validation, or undefined while it is not loaded (never, here). */
export function loadedValidation(): Validation | undefined {
  return validation;
}
