import { describe, expect, it } from 'vitest';
import { output } from '../testing/run';

describe('basename and dirname', () => {
  it('split paths', () => {
    expect(output('basename /a/b.yaml .yaml; dirname /a/b.yaml; basename')).toBe("b\n/a\nbasename: missing operand\nTry 'basename --help' for more information.\n");
  });
});
