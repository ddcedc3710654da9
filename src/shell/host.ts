/** Building a host: the machine a shell runs on, with bash's usual starting environment. */
import { createCoreRegistry } from './commands';
import { seedHome } from './fs/seed';
import { VirtualFs } from './fs/vfs';
import { Variables } from './interpreter/variables';
import type { CommandRegistry } from './registry';
import type { ShellClock, ShellHost } from './types';

export interface HostOptions {
  clock: ShellClock;
  hostName: string;
  /** Default 'root'. */
  user?: string;
  /** Default a fresh filesystem with `seedHome`. */
  fs?: VirtualFs;
  /** Default `createCoreRegistry()` (the shell's builtins and coreutils). */
  commands?: CommandRegistry;
  /** Extra exported variables (override the defaults). */
  env?: Record<string, string>;
  /** Default `/root` for root, else `/home/<user>`. */
  home?: string;
  /** Default the home directory. */
  cwd?: string;
}

export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export function createHost(options: HostOptions): ShellHost {
  const user = options.user ?? 'root';
  const home = options.home ?? (user === 'root' ? '/root' : `/home/${user}`);
  const fs = options.fs ?? new VirtualFs(() => options.clock.now());
  if (!options.fs) seedHome(fs, home);
  const cwd = options.cwd ?? home;
  const env = new Variables({
    SHELL: '/bin/bash',
    PWD: cwd,
    LOGNAME: user,
    HOME: home,
    LANG: 'C.UTF-8',
    TERM: 'xterm-256color',
    USER: user,
    SHLVL: '1',
    PATH: DEFAULT_PATH,
    ...options.env,
  });
  env.set('HOSTNAME', options.hostName, false);
  return {
    clock: options.clock,
    fs,
    env,
    commands: options.commands ?? createCoreRegistry(),
    hostName: options.hostName,
    user,
    cwd,
    history: [],
    aliases: new Map(),
    functions: new Map(),
  };
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
