import { describe, expect, it } from 'vitest';
import { output } from '../testing/run';
import { parseNumber, shellQuote } from './printf';

describe('printf', () => {
  it('reuses the format for remaining arguments', () => {
    expect(output("printf '%s-%s\\n' a b c")).toBe('a-b\nc-\n');
  });

  it('reports invalid numbers but keeps going', () => {
    expect(output("printf '%d|%d\\n' 12abc 7; echo $?")).toBe('bash: printf: 12abc: invalid number\n12|7\n1\n');
  });

  it('parses C-style numbers', () => {
    expect([parseNumber('0x10', true), parseNumber('010', true), parseNumber("'a", true), parseNumber('1.5e2', false)]).toEqual([
      { ok: true, value: 16 },
      { ok: true, value: 8 },
      { ok: true, value: 97 },
      { ok: true, value: 150 },
    ]);
  });

  it('quotes for the shell with %q', () => {
    expect([shellQuote('a b'), shellQuote(''), shellQuote('a\nb'), shellQuote('~x'), shellQuote('x~')]).toEqual(["a\\ b", "''", "$'a\\nb'", '\\~x', 'x~']);
  });

  it('stores the result with -v', () => {
    expect(output(["printf -v out '%05.1f' 3.14159", 'echo "$out"'])).toBe('003.1\n');
  });
});
