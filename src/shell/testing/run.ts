/** Helpers for unit tests: a fresh controlplane shell at a fixed time, and its output. */
import { createHost, manualClock } from '../host';
import { type RunResult, Shell } from '../interpreter/shell';
import type { ShellHost } from '../types';
import { GOLDEN_START, stubCommand } from './golden-host';

export function testShell(setup?: (host: ShellHost) => void): Shell {
  const host = createHost({ clock: manualClock(GOLDEN_START), hostName: 'controlplane' });
  host.commands.register('kubectl', stubCommand('kubectl'));
  setup?.(host);
  return new Shell(host);
}

/** Runs each line and returns everything the terminal showed. */
export function output(lines: string | string[], shell: Shell = testShell()): string {
  return (Array.isArray(lines) ? lines : [lines]).map((line) => shell.run(line).output).join('');
}

/** Runs the lines and returns the last line's result. */
export function lastResult(lines: string | string[], shell: Shell = testShell()): RunResult {
  const all = Array.isArray(lines) ? lines : [lines];
  let result: RunResult = shell.run(all[0] ?? '');
  for (const line of all.slice(1)) result = shell.run(line);
  return result;
}
