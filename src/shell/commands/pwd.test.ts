import { describe, expect, it } from 'vitest';
import { output } from '../testing/run';

describe('pwd', () => {
  it('prints the working directory and rejects unknown options', () => {
    expect(output(['pwd -L', 'pwd -x; echo $?'])).toBe('/root\nbash: pwd: -x: invalid option\npwd: usage: pwd [-LP]\n2\n');
  });
});
