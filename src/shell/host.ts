/** Building a host: the machine a shell runs on, with bash's usual starting environment. */
import { createCoreRegistry } from './commands';
import { buildHost, type HostOptions } from './host-base';
import type { ShellClock, ShellHost } from './types';

export { DEFAULT_PATH, type HostOptions } from './host-base';

/** A host; without `commands`, with the shell's own (`createCoreRegistry()`: builtins and coreutils). */
export function createHost(options: HostOptions): ShellHost {
  return buildHost({ ...options, commands: options.commands ?? createCoreRegistry() });
}

/** A clock for tests and the headless CLI: starts at `start`, `sleep` just moves it forward. */
export function manualClock(start: number): ShellClock & { advance(ms: number): void } {
  let now = start;
  return {
    now: () => now,
    sleep: (ms) => {
      now += Math.max(0, ms);
    },
    advance: (ms) => {
      now += ms;
    },
  };
}
