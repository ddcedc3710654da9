// The browser worker's command-source.ts (swapped in by astro.config.mjs; see that file): the
// commands are a separate chunk, loaded by `loadCommands()`, which the worker awaits before it runs
// a line, so no line ever runs without them.
import type { CommandParts } from './command-source';

let loaded: CommandParts | undefined;
let loading: Promise<void> | undefined;
/** Sandboxes made before the commands arrived, waiting to be given them. */
let waiting: ((commands: CommandParts) => void)[] = [];

export function loadCommands(): Promise<void> {
  loading ??= import('./command-parts').then(
    (module) => {
      loaded = module;
      for (const use of waiting.splice(0)) use(module);
    },
    (error: unknown) => {
      // Offline before the chunk was ever fetched: the next line tries again.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

export function loadedCommands(): CommandParts | undefined {
  return loaded;
}

export function whenCommandsLoaded(use: (commands: CommandParts) => void): void {
  if (loaded) use(loaded);
  else waiting.push(use);
}

/** For tests: back to nothing loaded. */
export function forgetCommands(): void {
  loaded = undefined;
  loading = undefined;
  waiting = [];
}
