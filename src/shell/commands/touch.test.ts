import { describe, expect, it } from 'vitest';
import { output, testShell } from '../testing/run';

describe('touch', () => {
  it('creates files and updates their time from the host clock', () => {
    const shell = testShell();
    shell.run('touch a');
    shell.run('sleep 3600');
    expect(output(['touch a b', 'ls -l'], shell)).toBe('total 0\n-rw-r--r-- 1 root root 0 Nov 24 16:04 a\n-rw-r--r-- 1 root root 0 Nov 24 16:04 b\n');
  });

  it('fails for a missing directory and without operands', () => {
    expect(output('touch x/y; touch -c nope; touch')).toBe("touch: cannot touch 'x/y': No such file or directory\ntouch: missing file operand\nTry 'touch --help' for more information.\n");
  });
});
