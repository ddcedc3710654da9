/** The prompt Killercoda-style terminals show: `controlplane:~$ `. The terminal prints it. */
import { tildePath } from './fs/paths';
import type { ShellHost } from './types';

export function promptFor(host: ShellHost): string {
  const home = host.env.get('HOME') ?? '';
  return `${host.hostName}:${tildePath(host.cwd, home)}$ `;
}

/** The continuation prompt (bash's PS2) while a command is unfinished. */
export const CONTINUATION_PROMPT = '> ';
