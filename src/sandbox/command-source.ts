// Where a sandbox gets its commands (command-parts.ts). Here, in Node (the CLI, tests) and wherever
// this module is bundled as is, they come with the rest of the sandbox: loaded as soon as this module
// is, so a sandbox can run a line the moment it exists.
//
// The browser's worker bundle replaces this module with command-source.lazy.ts (the `lazyTwins`
// plugin in astro.config.mjs): there the commands are a chunk of their own, fetched when the learner
// starts to use the terminal, so the prompt does not wait for them and a page that is only read
// never loads them. The worker awaits `loadCommands()` before it hands a line, a completion or a
// reset to the sandbox (src/ui/sandbox/engine-gate.ts). Both modules export the same functions.
import * as parts from './command-parts';

export type CommandParts = typeof parts;

/** Resolves once the commands can be used (here: at once). */
export function loadCommands(): Promise<void> {
  return Promise.resolve();
}

/** The commands, or undefined while they are not loaded (never, here). */
export function loadedCommands(): CommandParts | undefined {
  return parts;
}

/** Runs `use` with the commands: at once when they are loaded, else as soon as they are. */
export function whenCommandsLoaded(use: (commands: CommandParts) => void): void {
  use(parts);
}
