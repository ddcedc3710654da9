import { describe, expect, it } from 'vitest';
import { output } from '../testing/run';
import { decodeEscapes } from './echo';

describe('echo', () => {
  it('joins arguments, with -n, -e, -E and literal unknown dashes', () => {
    expect(output(['echo a  b', 'echo -n x; echo', "echo -e 'a\\tb\\x41\\0101\\u00e9'", "echo -E 'a\\tb'", 'echo -nx -'])).toBe('a b\nx\na\tbAAé\na\\tb\n-nx -\n');
  });

  it('stops at \\c', () => {
    expect(decodeEscapes('a\\cb')).toEqual({ text: 'a', stop: true });
  });
});
