import { describe, expect, it } from 'vitest';
import { output } from '../testing/run';

describe('rmdir', () => {
  it('removes empty directories only', () => {
    expect(output(['mkdir -p a/b; touch a/f', 'rmdir a/b; rmdir a; ls a'])).toBe("rmdir: failed to remove 'a': Directory not empty\nf\n");
  });
});
