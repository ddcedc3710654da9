import { describe, expect, it } from 'vitest';
import { output, testShell } from '../testing/run';

describe('history', () => {
  it('numbers entries like bash, shows the last N, and clears', () => {
    const shell = testShell();
    expect(output(['echo a', 'cat <<EOF\nx\nEOF', 'history', 'history 1', 'history -c', 'history'], shell)).toBe(
      'a\nx\n    1  echo a\n    2  cat <<EOF\nx\nEOF\n    3  history\n    4  history 1\n    1  history\n',
    );
  });
});
