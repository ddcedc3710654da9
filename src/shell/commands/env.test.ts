import { describe, expect, it } from 'vitest';
import { output } from '../testing/run';

describe('env and printenv', () => {
  it('print exported variables only', () => {
    expect(output(['A=1; export B=2', 'env | grep -E "^(A|B)="; printenv A; printenv B'])).toBe('B=2\n2\n');
  });

  it('run a command in a changed environment', () => {
    expect(output(['env -i X=1 printenv', 'env -u HOME printenv HOME; echo $?', 'env nope'])).toBe('X=1\n1\nenv: ‘nope’: No such file or directory\n');
  });
});
