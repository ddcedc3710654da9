import { describe, expect, it } from 'vitest';
import { output } from '../testing/run';

describe('rm', () => {
  it('removes files, trees with -r, and is quiet with -f', () => {
    expect(output(['mkdir -p d/e; touch f d/e/g', 'rm f; rm -r d; rm -f nope; ls; echo $?'])).toBe('0\n');
  });

  it('reports what it cannot remove', () => {
    expect(output(['mkdir d', "rm nope d; rm; echo $?"])).toBe(
      "rm: cannot remove 'nope': No such file or directory\nrm: cannot remove 'd': Is a directory\nrm: missing operand\nTry 'rm --help' for more information.\n1\n",
    );
  });
});
