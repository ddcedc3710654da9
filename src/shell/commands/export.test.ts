import { describe, expect, it } from 'vitest';
import { output } from '../testing/run';

describe('export', () => {
  it('exports, lists with declare -x quoting, un-exports, rejects bad names', () => {
    expect(output(["export Q='a \"b\" $c'", 'export -p | grep Q=', 'export -n Q; printenv Q; echo $?', 'export 9x=1; echo $?'])).toBe(
      'declare -x Q="a \\"b\\" \\$c"\n1\nbash: export: `9x=1\': not a valid identifier\n1\n',
    );
  });
});
