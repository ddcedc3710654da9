import { describe, expect, it } from 'vitest';
import { output } from '../testing/run';

describe('sort', () => {
  it('sorts by code point, numbers, keys and uniquely', () => {
    expect(output(["printf 'b 10\\nB 2\\na 2\\n' > f", 'sort f', 'sort -k2n f', 'sort -k2,2n -u f', 'sort -rn -t" " -k2 f'])).toBe(
      'B 2\na 2\nb 10\nB 2\na 2\nb 10\nB 2\nb 10\nb 10\na 2\nB 2\n',
    );
  });

  it('writes with -o and fails with status 2 on bad input', () => {
    expect(output(['echo b > f; echo a >> f', 'sort -o f f; cat f', 'sort nope; echo $?'])).toBe('a\nb\nsort: cannot read: nope: No such file or directory\n2\n');
  });
});
