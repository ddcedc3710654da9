// The --help screens of run, expose and set: our own words, in kubectl's layout. Each is checked
// whole against its __golden__ file, and its usage line and option list (names, shorthands,
// defaults, order) against the real kubectl v1.35.2's (help-*.flags, read off its --help output).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kubectl } from '../index';
import { goldenCluster } from '../testing/golden-state';

const cluster = goldenCluster();
const help = (path: string): { stdout: string; stderr: string; exitCode: number } => kubectl([...path.split(' '), '--help'], { cluster });

/** The usage line and the `    --flag=default` lines of a help screen. */
function skeleton(text: string): string {
  const usage = /\nUsage:\n(.*)\n/.exec(text)?.[1] ?? '';
  const flags = text.split('\n').filter((l) => /^\s+(-., )?--[a-z-]+=/.test(l)).map((l) => l.replace(/:$/, ''));
  return [usage, ...flags, ''].join('\n');
}

const CASES: [command: string, dir: string, file: string][] = [
  ['run', 'run', 'help-run'],
  ['expose', 'expose', 'help-expose'],
  ['set image', 'set', 'help-set-image'],
  ['set env', 'set', 'help-set-env'],
  ['set resources', 'set', 'help-set-resources'],
  ['set serviceaccount', 'set', 'help-set-serviceaccount'],
  ['set selector', 'set', 'help-set-selector'],
];

describe('help of run, expose and set', () => {
  for (const [command, dir, file] of CASES) {
    it(`kubectl ${command} --help`, async () => {
      const r = help(command);
      expect(r.exitCode).toBe(0);
      expect(skeleton(r.stdout)).toBe(readFileSync(`src/kubectl/commands/${dir}/__golden__/${file}.flags`, 'utf8'));
      await expect(r.stdout).toMatchFileSnapshot(`./${dir}/__golden__/${file}.txt`);
    });
  }

  it('kubectl run --help has the sections of the captured help-run, in its order', () => {
    const real = readFileSync('../shared/reference/golden/local-v1.35/help-run.txt', 'utf8').split('\n').slice(1).join('\n');
    const sections = (t: string) => t.split('\n').filter((l) => /^[A-Z][a-z]+:$/.test(l));
    expect(sections(help('run').stdout)).toEqual(sections(real));
    expect(skeleton(help('run').stdout).split('\n').slice(1)).toEqual(skeleton(real).split('\n').slice(1));
  });

  it('kubectl set alone prints its help on stderr and fails, as kubectl does', async () => {
    const r = kubectl(['set'], { cluster });
    expect({ stdout: r.stdout, exitCode: r.exitCode }).toEqual({ stdout: '', exitCode: 1 });
    expect(r.stderr).toBe(help('set').stdout);
    await expect(r.stderr).toMatchFileSnapshot('./set/__golden__/help-set.txt');
  });
});
