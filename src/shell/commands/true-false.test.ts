import { describe, expect, it } from 'vitest';
import { output } from '../testing/run';

describe('true, false and :', () => {
  it('set the status', () => {
    expect(output('true; echo $?; false; echo $?; :; echo $?')).toBe('0\n1\n0\n');
  });
});
