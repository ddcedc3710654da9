/**
 * Whatever a student types, the shell answers: random command lines (built from shell syntax,
 * the builtins' names and flags, and random text) never throw, always end with an exit code in
 * 0..255, and never hit a command's internal-error safety net.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { needsMoreInput, parse } from './parser/parser';
import { goldenShell } from './testing/golden-host';

const COMMANDS = ['echo', 'printf', 'cat', 'ls', 'cd', 'pwd', 'mkdir', 'rm', 'cp', 'mv', 'touch', 'grep', 'head', 'tail', 'wc', 'sort', 'uniq', 'cut', 'tr', 'sed', 'awk', 'base64', 'sleep', 'date', 'history', 'env', 'export', 'unset', 'alias', 'unalias', 'which', 'type', 'true', 'false', 'tee', 'xargs', 'seq', 'source', 'test', '[', 'bash', 'kubectl', 'k', 'nosuch', 'exit', 'return', 'local', 'break'];
const PIECES = [
  '|', '||', '&&', ';', '&', '>', '>>', '<', '2>', '2>&1', '&>', '2>/dev/null', '<<EOF', "<<'EOF'", '<<-EOF', '<<<',
  '"', "'", '\\', '$', '$x', '${x}', '${x:-d}', '${#x}', '${x%.y}', '${x:1:2}', '$?', '$(', ')', '`', '$((1+2))', '$((', '~', '*', '?', '[a-z]',
  '(', '{', '}', 'if', 'then', 'else', 'fi', 'for', 'in', 'do', 'done', 'while', 'until', '!', '#', '\n', 'EOF', 'x=1', 'f()',
  '-n', '-e', '-l', '-a', '-r', '-f', '-c', '-i', '-v', '-d', '-k2', '-t:', '-F:', '-w0', '-1', '-5', '+3', '%s', '%d', '%q', '%z',
  's/a/b/g', '/x/p', '{print $1}', 'NR==1', 'a.txt', 'dir', '/', '.', '..', '-', '--', '0', '999', '-1',
];

const token = fc.oneof(fc.constantFrom(...COMMANDS), fc.constantFrom(...PIECES), fc.string({ maxLength: 6 }));
const line = fc.array(token, { minLength: 1, maxLength: 12 }).map((tokens) => tokens.join(' '));
const glued = fc.array(token, { minLength: 1, maxLength: 10 }).map((tokens) => tokens.join(''));

describe('random command lines', () => {
  it('parse and needsMoreInput never throw', () => {
    fc.assert(
      fc.property(fc.oneof(line, glued, fc.string({ maxLength: 40 })), (text) => {
        const result = parse(text);
        expect(typeof result.ok).toBe('boolean');
        expect(typeof needsMoreInput(text)).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  }, 120_000);

  it('running them never throws and always returns an exit code', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(line, glued), { minLength: 1, maxLength: 4 }), (lines) => {
        const shell = goldenShell();
        shell.run('echo data > a.txt; mkdir -p dir');
        for (const text of lines) {
          const result = shell.run(text);
          expect(Number.isInteger(result.exitCode)).toBe(true);
          expect(result.exitCode).toBeGreaterThanOrEqual(0);
          expect(result.exitCode).toBeLessThanOrEqual(255);
          expect(result.output).toBe(result.chunks.map((c) => c.text).join(''));
          expect(result.output).not.toContain('internal error');
          if (result.exit) break;
        }
      }),
      { numRuns: 600 },
    );
  }, 120_000);
});
