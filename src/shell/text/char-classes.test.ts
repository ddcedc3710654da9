import { describe, expect, it } from 'vitest';
import { patternClass, regexClass } from './char-classes';

describe('POSIX character classes', () => {
  it('are the same for shell patterns and regular expressions', () => {
    for (const name of ['alpha', 'digit', 'alnum', 'upper', 'lower', 'space', 'blank', 'punct', 'xdigit', 'cntrl', 'print', 'graph']) {
      expect(patternClass(name)).toBe(regexClass(name));
      expect(regexClass(name)).toBeDefined();
    }
  });
  it('knows [[:word:]] only in shell patterns, as bash and grep do', () => {
    expect(patternClass('word')).toBe('A-Za-z0-9_');
    expect(regexClass('word')).toBeUndefined();
  });
  it('has no class for names of Object.prototype', () => {
    expect(patternClass('constructor')).toBeUndefined();
    expect(regexClass('toString')).toBeUndefined();
  });
});
