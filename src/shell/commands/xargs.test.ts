import { describe, expect, it } from 'vitest';
import { output } from '../testing/run';

describe('xargs', () => {
  it('runs a command with words from stdin', () => {
    expect(output(["printf 'a b\\nc\\n' | xargs", "printf 'a\\nb\\n' | xargs -n1 echo x", "printf 'p1\\np2\\n' | xargs -I{} kubectl delete pod {}"])).toBe(
      'a b c\nx a\nx b\nkubectl called with: delete pod p1\nkubectl called with: delete pod p2\n',
    );
  });

  it('fails for unknown commands and bad quotes', () => {
    expect(output(['echo a | xargs nope; echo $?', "echo \"it's\" | xargs echo; echo $?"])).toBe(
      'xargs: nope: No such file or directory\n127\nxargs: unmatched single quote; by default quotes are special to xargs unless you use the -0 option\n1\n',
    );
  });
});
