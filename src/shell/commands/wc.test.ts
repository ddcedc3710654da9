import { describe, expect, it } from 'vitest';
import { output } from '../testing/run';

describe('wc', () => {
  it('pads counts to the width of the files’ total size, 7 for a pipe', () => {
    expect(output(["printf 'a b\\nc\\n' > f", 'wc f', 'wc -l f f', 'cat f | wc', 'cat f | wc -l', 'wc < f'])).toBe(
      '2 3 6 f\n 2 f\n 2 f\n 4 total\n      2       3       6\n2\n2 3 6\n',
    );
  });
});
