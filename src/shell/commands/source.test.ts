import { describe, expect, it } from 'vitest';
import { output } from '../testing/run';

describe('source and .', () => {
  it('runs a file in the current shell with arguments', () => {
    expect(output(["printf 'X=set\\ncd /tmp\\necho arg=$1\\n' > env.sh", 'source env.sh one; echo $X; pwd', '. nope; source'])).toBe(
      'arg=one\nset\n/tmp\nbash: nope: No such file or directory\nbash: source: filename argument required\nsource: usage: source filename [arguments]\n',
    );
  });
});
