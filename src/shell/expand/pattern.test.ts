import { describe, expect, it } from 'vitest';
import { hasGlob, patternRegex, unescapePattern } from './pattern';

describe('shell patterns', () => {
  it('matches *, ?, brackets and classes', () => {
    const cases: Array<[string, string, boolean]> = [
      ['*.yaml', 'pod.yaml', true],
      ['*.yaml', 'pod.yml', false],
      ['?od', 'pod', true],
      ['[a-c]x', 'bx', true],
      ['[!a-c]x', 'bx', false],
      ['[[:digit:]]*', '7up', true],
      ['\\*', '*', true],
      ['\\*', 'a', false],
      ['[z-a]', 'z', false],
    ];
    expect(cases.map(([p, s]) => patternRegex(p).test(s))).toEqual(cases.map((c) => c[2]));
  });

  it('tells escaped glob characters from live ones', () => {
    expect([hasGlob('a*'), hasGlob('a\\*'), hasGlob('plain')]).toEqual([true, false, false]);
    expect(unescapePattern('a\\*b')).toBe('a*b');
  });
});
