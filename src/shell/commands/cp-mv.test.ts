import { describe, expect, it } from 'vitest';
import { output } from '../testing/run';

describe('cp and mv', () => {
  it('copies a file, into a directory, and trees with -r', () => {
    expect(output(['echo x > a; mkdir d; mkdir -p t/u; touch t/u/v', 'cp a b; cp a b d; cp -r t t2', 'cat b d/a; ls d t2/u'])).toBe('x\nx\nd:\na  b\n\nt2/u:\nv\n');
  });

  it('moves and renames', () => {
    expect(output(['echo x > a; mkdir d', 'mv a b; mv b d/; ls; ls d'])).toBe('d\nb\n');
  });

  it('reports GNU errors', () => {
    expect(output(['mkdir d; touch a', 'cp d e; cp nope e; cp a; mv a a; cp a b nodir; mv d d/x'])).toBe(
      "cp: -r not specified; omitting directory 'd'\ncp: cannot stat 'nope': No such file or directory\ncp: missing destination file operand after 'a'\nTry 'cp --help' for more information.\nmv: 'a' and 'a' are the same file\ncp: target 'nodir': No such file or directory\nmv: cannot move 'd' to a subdirectory of itself, 'd/x'\n",
    );
  });
});
