/**
 * A host with the commands given to it. Apart from host.ts (which adds the shell's own programs when
 * none are given) so that a sandbox can have a shell before its commands are loaded.
 */
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

export function buildHost(options: HostOptions & { commands: CommandRegistry }): ShellHost {
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
    commands: options.commands,
    hostName: options.hostName,
    user,
    cwd,
    history: [],
    aliases: new Map(),
    functions: new Map(),
  };
}

