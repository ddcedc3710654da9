import { describe, expect, it } from 'vitest';
import { output } from '../testing/run';

describe('uniq', () => {
  it('folds adjacent duplicates, counting them with -c', () => {
    expect(output(["printf 'a\\na\\nb\\na\\n' | uniq -c", "printf 'a\\na\\nb\\n' | uniq -d", "printf 'a\\na\\nb\\n' | uniq -u"])).toBe('      2 a\n      1 b\n      1 a\na\nb\n');
  });
});
