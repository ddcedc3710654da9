import { describe, expect, it } from 'vitest';
import { output } from '../testing/run';

describe('grep', () => {
  it('greps kubectl-style output through a pipe', () => {
    expect(output("printf 'NAME READY\\nweb-1 1/1\\ndb-0 0/1\\n' | grep -v NAME | grep -E '0/1|web' -c")).toBe('2\n');
  });

  it('prints context groups with separators', () => {
    expect(output(["printf 'a\\nx\\nb\\nc\\nd\\nx\\n' > f", 'grep -n -B1 x f'])).toBe('1-a\n2:x\n--\n5-d\n6:x\n');
  });

  it('exits 1 without a match and 2 on errors', () => {
    expect(output(['echo a > f', 'grep b f; echo $?; grep a nope; echo $?; grep -E "(" f; echo $?'])).toBe(
      '1\ngrep: nope: No such file or directory\n2\ngrep: Unmatched ( or \\(\n2\n',
    );
  });
});
