// The browser worker's command-source.ts (swapped in by astro.config.mjs; see that file): the
// commands are a separate chunk, loaded by `loadCommands()`, which the worker awaits before it runs
// a line, so no line ever runs without them.
import { LazyPart } from '../lib/lazy-part';
import type { CommandParts } from './command-source';

const part = new LazyPart<CommandParts>(() => import('./command-parts'));

export function loadCommands(): Promise<void> {
  return part.load();
}

export function loadedCommands(): CommandParts | undefined {
  return part.loaded;
}

/** Sandboxes made before the commands arrived get them first, before `loadCommands()` resolves. */
export function whenCommandsLoaded(use: (commands: CommandParts) => void): void {
  part.whenLoaded(use);
}

/** For tests: back to nothing loaded. */
export function forgetCommands(): void {
  part.forget();
}
