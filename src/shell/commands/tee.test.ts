import { describe, expect, it } from 'vitest';
import { output } from '../testing/run';

describe('tee', () => {
  it('copies stdin to stdout and files, appending with -a', () => {
    expect(output(['echo a | tee f g', 'echo b | tee -a f > /dev/null', 'cat f g', 'echo c | tee d/x; echo $?'])).toBe('a\na\nb\na\ntee: d/x: No such file or directory\nc\n1\n');
  });
});
