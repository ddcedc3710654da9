/**
 * Ctrl-C during a command line, headless: the host's `interrupted()` turns true a given virtual
 * time after the line started. Bash at an interactive prompt ends the whole line (lists, `&&`/`||`,
 * pipelines, loops, subshells, functions, `bash -c`) and `$?` is 130. Whole transcript against
 * `__golden__/interrupt.txt` (`UPDATE_GOLDEN=1` rewrites it).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHost, manualClock } from '../host';
import { GOLDEN_START } from '../testing/golden-host';
import { Shell } from './shell';

const FILE = join(import.meta.dirname, '__golden__', 'interrupt.txt');

/** Runs `$ line   @Ns` entries; comment lines are kept, expected output lines are ignored. */
function transcript(expected: string): string {
  const clock = manualClock(GOLDEN_START);
  const host = createHost({ clock, hostName: 'controlplane' });
  let ctrlCAt = Infinity;
  host.interrupted = () => clock.now() >= ctrlCAt;
  const shell = new Shell(host);
  let text = '';
  for (const line of expected.split('\n')) {
    if (line.startsWith('#')) text += `${line}\n`;
    if (!line.startsWith('$ ')) continue;
    const m = /^\$ (.*?)(?: {3}@([\d.]+)s)?$/.exec(line);
    const command = m?.[1] ?? '';
    ctrlCAt = m?.[2] !== undefined ? clock.now() + Number(m[2]) * 1000 : Infinity;
    text += `${line}\n${shell.run(command).output}`;
  }
  return text;
}

describe('Ctrl-C ends the whole command line', () => {
  it('matches the golden transcript', () => {
    const expected = existsSync(FILE) ? readFileSync(FILE, 'utf8') : '';
    const text = transcript(expected);
    if (process.env.UPDATE_GOLDEN) writeFileSync(FILE, text);
    expect(text).toBe(expected);
  });
});
