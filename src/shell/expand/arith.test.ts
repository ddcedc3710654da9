import { describe, expect, it } from 'vitest';
import { evaluateArithmetic } from './arith';

const vars = (initial: Record<string, string> = {}) => {
  const store = new Map(Object.entries(initial));
  return { get: (n: string) => store.get(n), set: (n: string, v: string) => void store.set(n, v), store };
};

describe('evaluateArithmetic', () => {
  it('follows C precedence', () => {
    const v = vars();
    expect(['1 + 2 * 3', '(1 + 2) * 3', '2 ** 3 ** 2', '-7 / 2', '-7 % 3', '1 < 2 && 3 > 4', '5 > 3 ? 10 : 20', '0x1f + 010', '~0', '!5'].map((e) => evaluateArithmetic(e, v))).toEqual(
      [7, 9, 512, -3, -1, 0, 10, 39, -1, 0].map((value) => ({ value })),
    );
  });

  it('reads and assigns variables', () => {
    const v = vars({ i: '5', ref: 'i * 2' });
    expect(evaluateArithmetic('i++ + ++i', v)).toEqual({ value: 12 });
    expect(v.store.get('i')).toBe('7');
    expect(evaluateArithmetic('x += ref', v)).toEqual({ value: 14 });
    expect(evaluateArithmetic('unset_var + 1', v)).toEqual({ value: 1 });
  });

  it('reports errors like bash', () => {
    expect(evaluateArithmetic('1 / 0', vars())).toEqual({ error: '1 / 0: division by 0 (error token is "0")' });
    expect(evaluateArithmetic('1 +', vars())).toEqual({ error: '1 +: syntax error: operand expected (error token is "+")' });
    expect(evaluateArithmetic('a', vars({ a: 'a' }))).toMatchObject({ error: expect.stringContaining('recursion') });
  });
});
