import { describe, expect, it } from 'vitest';
import { expandK8sVars } from './expand-vars';

const env = { VAR_A: 'A', VAR_B: 'B', EMPTY: '', BIG_MONEY: '$' };

describe('expandK8sVars: $(VAR) in command, args and env values', () => {
  it.each([
    ['$(VAR_A)', 'A'],
    ['___$(VAR_B)___', '___B___'],
    ['$(VAR_A)-$(VAR_B)', 'A-B'],
    ['$(EMPTY)', ''],
    ['$(UNDEFINED)', '$(UNDEFINED)'],
    ['$$(VAR_B)_$(VAR_A)', '$(VAR_B)_A'],
    ['$$$(VAR_A)', '$A'],
    ['$$$$$$(BIG_MONEY)', '$$$(BIG_MONEY)'],
    ['$(VAR_A', '$(VAR_A'],
    ['$VAR_A', '$VAR_A'],
    ['${VAR_A}', '${VAR_A}'],
    ['$(VAR_A)$', 'A$'],
    ['$()', '$()'],
    ['$', '$'],
    ['echo $(date)', 'echo $(date)'],
    ['no vars', 'no vars'],
  ])('%s → %s', (input, expected) => {
    expect(expandK8sVars(input, env)).toBe(expected);
  });

  it('accepts a Map', () => {
    expect(expandK8sVars('$(X)', new Map([['X', 'y']]))).toBe('y');
  });
});
