import { describe, expect, it } from 'vitest';
import { output } from '../testing/run';

describe('cd and pwd', () => {
  it('changes directory, keeps PWD and OLDPWD, and goes back with cd -', () => {
    expect(output(['cd /etc', 'pwd; echo $PWD $OLDPWD', 'cd -', 'cd', 'pwd'])).toBe('/etc\n/etc /root\n/root\n/root\n');
  });

  it('reports bash’s errors', () => {
    expect(output(['touch f', 'cd nope; cd f; cd a b; cd -; echo $?'])).toBe(
      'bash: cd: nope: No such file or directory\nbash: cd: f: Not a directory\nbash: cd: too many arguments\nbash: cd: OLDPWD not set\n1\n',
    );
  });
});
