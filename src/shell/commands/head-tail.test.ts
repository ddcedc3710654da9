import { describe, expect, it } from 'vitest';
import { output } from '../testing/run';

describe('head and tail', () => {
  it('takes lines from either end', () => {
    expect(output(['seq 10 > n', 'head -2 n; tail -n 2 n; tail -n +9 n; head -n -8 n'])).toBe('1\n2\n9\n10\n9\n10\n1\n2\n');
  });

  it('keeps a missing final newline', () => {
    expect(output("printf 'a\\nb' | tail -1; echo")).toBe('b\n');
  });

  it('prints headers for several files and errors for missing ones', () => {
    expect(output(['echo a > x; echo b > y', 'head -1 x y nope'])).toBe("==> x <==\na\n\n==> y <==\nb\nhead: cannot open 'nope' for reading: No such file or directory\n");
  });
});
