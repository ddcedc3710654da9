import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { maskCode } from './check-layers.mjs';

const script = fileURLToPath(new URL('./check-layers.mjs', import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url));
const expected = (name: string) => readFileSync(`${fixture(name)}/expected.txt`, 'utf8');

/** Runs the checker as CI does: a separate Node process over one fixture tree. */
function runChecker(name: string) {
  const { status, stdout, stderr } = spawnSync(process.execPath, [script, fixture(name)], { encoding: 'utf8' });
  return { status, stdout, stderr };
}

describe('check-layers', () => {
  it('passes a tree that follows every rule, look-alikes in comments and strings included', () => {
    expect(runChecker('clean')).toEqual({ status: 0, stdout: expected('clean'), stderr: '' });
  });

  it('reports real time, randomness, DOM and Node use in src/sim and src/lib, one line each', () => {
    expect(runChecker('impure')).toEqual({ status: 1, stdout: '', stderr: expected('impure') });
  });

  it('reports every import against the direction of the layers, one line each', () => {
    expect(runChecker('imports')).toEqual({ status: 1, stdout: '', stderr: expected('imports') });
  });

  it('blanks comments, strings, template text and regex bodies but keeps code and line breaks', () => {
    const code = [
      "const a = 'Date.now()'; // setTimeout(",
      '/* Math.random()',
      '*/ const b = `x ${f("y")} z` / 2;',
      'const c = /a[/]b/.test(s) ? `${`n`}` : "";',
    ].join('\n');
    expect(maskCode(code)).toBe(
      [
        `const a = '${' '.repeat(10)}';${' '.repeat(15)}`,
        ' '.repeat(16),
        '   const b = `  ${f(" ")}  ` / 2;',
        `const c = /${' '.repeat(5)}/.test(s) ? \`\${\` \`}\` : "";`,
      ].join('\n'),
    );
  });
});
