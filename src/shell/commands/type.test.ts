import { describe, expect, it } from 'vitest';
import { output } from '../testing/run';

describe('type and which', () => {
  it('says what a name is', () => {
    expect(output(['alias k=kubectl', 'type k kubectl cd for; type -t kubectl; type -a echo', 'type nope; echo $?'])).toBe(
      "k is aliased to `kubectl'\nkubectl is /usr/bin/kubectl\ncd is a shell builtin\nfor is a shell keyword\nfile\necho is a shell builtin\necho is /usr/bin/echo\nbash: type: nope: not found\n1\n",
    );
  });

  it('which prints paths of files only', () => {
    expect(output('which kubectl echo cd; echo $?')).toBe('/usr/bin/kubectl\n/usr/bin/echo\n1\n');
  });
});
