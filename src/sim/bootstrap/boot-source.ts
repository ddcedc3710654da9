// Where the default wiring gets its boot code (boot-part.ts: the objects `kubeadm init`, its add-ons
// and the API server's RBAC policy make, ~15% of the sim's code). Booting a cluster runs it; restoring
// one does not, unless the snapshot is older than this version (bootstrap/restore-needs.ts).
// Here, in Node (the CLI, tests, the site's build that pre-boots clusters) and wherever this module
// is bundled as is, it comes with the rest of the sim: loaded as soon as this module is.
//
// The browser's worker bundle replaces this module with boot-source.lazy.ts (the `lazyTwins` plugin
// in astro.config.mjs): there it is a chunk the worker loads only before it boots a cluster or
// restores an older snapshot (src/ui/sandbox/engine-boot.ts), and with the commands (a lab's
// grading may boot one). Both modules export the same functions.
import * as boot from './boot-part';

export type BootPart = typeof boot;

/** Resolves once the boot code can be used (here: at once). */
export function loadBootPart(): Promise<void> {
  return Promise.resolve();
}

/** The boot code, or undefined while it is not loaded (never, here). */
export function loadedBootPart(): BootPart | undefined {
  return boot;
}

/** The boot code; only the browser's worker, before its chunk arrived, has none (it loads it before booting). */
export function bootPart(): BootPart {
  const loaded = loadedBootPart();
  if (!loaded) throw new Error('the boot code is not loaded yet');
  return loaded;
}
