import { describe, expect, it } from 'vitest';
import { output } from '../testing/run';

describe('cat', () => {
  it('concatenates files and stdin, numbering across files with -n', () => {
    expect(output(["printf 'a\\nb\\n' > f", 'echo s | cat -n f - f'])).toBe('     1\ta\n     2\tb\n     3\ts\n     4\ta\n     5\tb\n');
  });

  it('reports missing files and directories in order, status 1', () => {
    expect(output(['echo x > f; mkdir d', 'cat nope f d; echo $?'])).toBe('cat: nope: No such file or directory\nx\ncat: d: Is a directory\n1\n');
  });
});
