import { describe, expect, it } from 'vitest';
import { output } from '../testing/run';

describe('test and [', () => {
  it('evaluates strings, numbers, files and connectives', () => {
    expect(output(['touch f; mkdir d', '[ -f f ] && [ -d d ] && [ ! -e nope ] && [ -n "x" -a -z "" ] && test 3 -gt 2 && [ "a" \\< "b" ] && echo all'])).toBe('all\n');
  });

  it('reports errors with status 2', () => {
    expect(output('[ 1 -eq x ]; echo $?; [ 1 = 1; echo $?; [ a b c ]; echo $?')).toBe(
      "bash: [: x: integer expression expected\n2\nbash: [: missing `]'\n2\nbash: [: b: binary operator expected\n2\n",
    );
  });
});
