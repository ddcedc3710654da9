import { describe, expect, it } from 'vitest';
import { output } from '../testing/run';

describe('unset', () => {
  it('removes variables and functions', () => {
    expect(output(['x=1; f() { echo f; }', 'unset x f; echo "[$x]"; f', 'unset -v 1x; echo $?'])).toBe("[]\nbash: f: command not found\nbash: unset: `1x': not a valid identifier\n1\n");
  });
});
