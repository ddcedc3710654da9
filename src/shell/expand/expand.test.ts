import { describe, expect, it } from 'vitest';
import { output, testShell } from '../testing/run';

describe('word expansion', () => {
  it('splits unquoted expansions and keeps quoted ones whole', () => {
    expect(output(['x="a  b"', 'printf "[%s]" $x "$x" ""; echo'])).toBe('[a][b][a  b][]\n');
  });

  it('drops empty unquoted expansions but keeps empty quoted words', () => {
    expect(output('printf "[%s]" $nothing "$nothing" a$nothing; echo')).toBe('[][a]\n');
  });

  it('expands the default word in place, keeping its own quoting', () => {
    expect(output('printf "[%s]" ${u:-a b} "${u:-a b}" ${u:-"a b"}; echo')).toBe('[a][b][a b][a b]\n');
  });

  it('assigns with := and fails with :?', () => {
    const shell = testShell();
    expect(output(['echo ${v:=set} $v', 'echo ${w:?}; echo $?'], shell)).toBe('set set\nbash: w: parameter null or not set\n1\n');
  });

  it('removes prefixes and suffixes, shortest and longest', () => {
    expect(output('f=a.b.c; echo ${f#*.} ${f##*.} ${f%.*} ${f%%.*} ${f/./-} ${f//./-}')).toBe('b.c c a.b a a-b.c a-b-c\n');
  });

  it('strips trailing newlines from command substitution and globs its result when unquoted', () => {
    expect(output(['touch x1 x2', 'echo $(echo "x*")', 'echo "$(printf "a\\n\\n")"'])).toBe('x1 x2\na\n');
  });

  it('expands tilde only unquoted at the start of a word or an assignment value', () => {
    expect(output(['echo ~ "~" ~/a b~', 'p=~/x; echo $p'])).toBe('/root ~ /root/a b~\n/root/x\n');
  });

  it('does not split the value of export NAME=$(...)', () => {
    expect(output(['export V=$(echo "a   b")', 'printenv V'])).toBe('a   b\n');
  });
});
