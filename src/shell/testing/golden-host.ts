/**
 * The shell the golden transcripts run in: a fixed clock, and a home under /tmp so the same
 * scripts can run in real bash (see __golden__/README.md) without touching anything else.
 */
import { createHost, manualClock } from '../host';
import { Shell } from '../interpreter/shell';
import type { Command } from '../types';

export const GOLDEN_HOME = '/tmp/kdjg/home';
export const GOLDEN_START = Date.UTC(2026, 10, 24, 15, 4, 5);

/** Stands in for the cluster commands other layers register (kubectl...): prints its arguments. */
export const stubCommand = (name: string): Command => ({
  execute: (args) => ({ stdout: `${name} called with: ${args.join(' ')}\n`, stderr: '', exitCode: 0 }),
});

export function goldenShell(): Shell {
  const clock = manualClock(GOLDEN_START);
  const host = createHost({ clock, hostName: 'controlplane', home: GOLDEN_HOME });
  host.fs.mkdir(GOLDEN_HOME, { parents: true });
  host.commands.register('kubectl', stubCommand('kubectl'));
  return new Shell(host, { columns: 80 });
}
