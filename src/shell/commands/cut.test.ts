import { describe, expect, it } from 'vitest';
import { output } from '../testing/run';

describe('cut', () => {
  it('cuts fields and characters', () => {
    expect(output(["echo 'a:b:c' | cut -d: -f1,3", "echo 'a:b:c' | cut -d: -f2-", 'echo abcdef | cut -c1,3-4', "echo 'x y' | cut -d ' ' -f2"])).toBe('a:c\nb:c\nacd\ny\n');
  });

  it('explains usage errors', () => {
    expect(output('cut -f0 f; cut -d ab -f1 f')).toBe(
      "cut: fields are numbered from 1\nTry 'cut --help' for more information.\ncut: the delimiter must be a single character\nTry 'cut --help' for more information.\n",
    );
  });
});
