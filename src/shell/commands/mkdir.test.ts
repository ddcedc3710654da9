import { describe, expect, it } from 'vitest';
import { output } from '../testing/run';

describe('mkdir', () => {
  it('creates directories, parents with -p, and reports errors with GNU quotes', () => {
    expect(output(['mkdir a; mkdir -p a/b/c; mkdir -pv x/y', 'mkdir a x/z/w; echo $?', 'touch f; mkdir -p f', 'ls a/b'])).toBe(
      "mkdir: created directory 'x/y'\nmkdir: cannot create directory ‘a’: File exists\nmkdir: cannot create directory ‘x/z/w’: No such file or directory\n1\nmkdir: cannot create directory ‘f’: File exists\nc\n",
    );
  });
});
