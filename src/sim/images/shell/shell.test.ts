import { describe, expect, it } from 'vitest';
import { execInImage } from '../exec';
import { contextFor } from '../testing';
import type { ExecResult } from '../types';

function run(script: string, ref = 'busybox:1.36', env: Record<string, string> = {}): { stdout: string; stderr: string; exitCode: number } {
  const ctx = contextFor(ref, { command: ['sleep', 'infinity'], env });
  const r: ExecResult = execInImage(ctx.image, ctx, ['sh', '-c', script]);
  if (r.kind !== 'ran') throw new Error(`${script}: ${r.kind}`);
  return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
}
const out = (script: string, ref?: string, env?: Record<string, string>): string => run(script, ref, env).stdout;

describe('container shell: words, quotes and expansions', () => {
  it.each([
    ['echo hello world', 'hello world\n'],
    ['echo "a  b"   c', 'a  b c\n'],
    ["echo 'single $HOME'", 'single $HOME\n'],
    ['echo "$HOME" ${HOME} $HOSTNAME', '/root /root web\n'],
    ['X=1; echo ${X:-d} ${Y:-d} ${#HOME}', '1 d 5\n'],
    ['F=file.tar.gz; echo ${F%.gz} ${F%%.*} ${F#*.}', 'file.tar file tar.gz\n'],
    ['echo $((1 + 2 * 3)) $((7 / 2)) $((7 % 3)) $((2 ** 10))', '7 3 1 1024\n'],
    ['i=5; i=$((i+1)); echo $i; : $((i+=10)); echo $i', '6\n16\n'],
    ['echo $(echo inner) `echo back`', 'inner back\n'],
    ['echo a\\ b', 'a b\n'],
    ['echo -n no-newline; echo', 'no-newline\n'],
    ['printf "%s=%d\\n" a 1 b 2', 'a=1\nb=2\n'],
    ['set -- x y z; echo $# $2 "$@"', '3 y x y z\n'],
  ])('%s', (script, expected) => {
    expect(out(script)).toBe(expected);
  });

  it('echo interprets backslashes in dash (Debian /bin/sh) but not in BusyBox ash without -e', () => {
    expect(out('echo "a\\tb"', 'nginx:1.27')).toBe('a\tb\n');
    expect(out('echo "a\\tb"')).toBe('a\\tb\n');
    expect(out('echo -e "a\\tb"')).toBe('a\tb\n');
  });
});

describe('container shell: control flow', () => {
  it.each([
    ['true && echo yes || echo no', 'yes\n'],
    ['false && echo yes || echo no', 'no\n'],
    ['for i in 1 2 3; do echo $i; done', '1\n2\n3\n'],
    ['for i in $(seq 1 3); do echo n$i; done', 'n1\nn2\nn3\n'],
    ['i=0; while [ $i -lt 3 ]; do echo $i; i=$((i+1)); done', '0\n1\n2\n'],
    ['i=0; until [ $i -ge 2 ]; do i=$((i+1)); done; echo $i', '2\n'],
    ['if [ -f /etc/hostname ]; then echo file; else echo none; fi', 'file\n'],
    ['if [ "a" = "b" ]; then echo 1; elif [ 1 -gt 0 ]; then echo 2; fi', '2\n'],
    ['case foo.txt in *.md) echo md;; *.txt) echo txt;; esac', 'txt\n'],
    ['greet() { echo "hi $1"; }; greet you', 'hi you\n'],
    ['for i in 1 2 3 4; do [ $i = 3 ] && break; echo $i; done', '1\n2\n'],
    ['{ echo a; echo b; } | wc -l', '2\n'],
    ['echo hello | tr a-z A-Z', 'HELLO\n'],
    ['printf "b\\na\\nc\\n" | sort | head -n 2', 'a\nb\n'],
    ['echo one > /tmp/f; echo two >> /tmp/f; cat /tmp/f', 'one\ntwo\n'],
    ['cat <<EOF\nhello $HOSTNAME\nEOF', 'hello web\n'],
    ["cat <<'EOF'\nhello $HOSTNAME\nEOF", 'hello $HOSTNAME\n'],
    ['echo err >&2 2>/dev/null; echo out 2>&1', 'out\n'],
    ['ls /nope 2>&1 | head -n 1', 'ls: /nope: No such file or directory\n'],
    ['x=$(cat /etc/hostname); echo "[$x]"', '[web]\n'],
    ['echo start; sleep 2; echo end', 'start\nend\n'],
  ])('%s', (script, expected) => {
    expect(out(script)).toBe(expected);
  });

  it('exit codes: last command, exit N, command not found', () => {
    expect(run('false').exitCode).toBe(1);
    expect(run('exit 7; echo never')).toEqual({ stdout: '', stderr: '', exitCode: 7 });
    expect(run('nosuchcmd')).toEqual({ stdout: '', stderr: 'sh: nosuchcmd: not found\n', exitCode: 127 });
    expect(run('nosuchcmd', 'nginx:1.27')).toEqual({ stdout: '', stderr: 'sh: 1: nosuchcmd: not found\n', exitCode: 127 });
    expect(run('echo $?; false; echo $?').stdout).toBe('0\n1\n');
  });

  it('a failed redirection fails the command: status 2 in dash and BusyBox ash, 1 in bash; the script goes on', () => {
    expect(run('echo hi > /nope/x; echo $?')).toEqual({ stdout: '2\n', stderr: "sh: can't create /nope/x: nonexistent directory\n", exitCode: 0 });
    expect(run('echo hi > /nope/x', 'nginx:1.27')).toEqual({ stdout: '', stderr: 'sh: 1: cannot create /nope/x: Directory nonexistent\n', exitCode: 2 });
    const bash = contextFor('ubuntu', { command: ['sleep', 'infinity'] });
    expect(execInImage(bash.image, bash, ['bash', '-c', 'echo hi > /nope/x; echo $?'])).toMatchObject({ stdout: '1\n', stderr: 'bash: line 1: /nope/x: No such file or directory\n', exitCode: 0 });
  });

  it('syntax errors in the words of each shell', () => {
    expect(run('while true; do')).toEqual({ stdout: '', stderr: 'sh: syntax error: unexpected end of file (expecting "done")\n', exitCode: 2 });
    expect(run('while true; do', 'nginx:1.27')).toEqual({ stdout: '', stderr: 'sh: 1: Syntax error: end of file unexpected (expecting "done")\n', exitCode: 2 });
    expect(run('echo "open', 'nginx:1.27').stderr).toBe('sh: 1: Syntax error: Unterminated quoted string\n');
    const bash = contextFor('ubuntu', { command: ['sleep', 'infinity'] });
    expect(execInImage(bash.image, bash, ['bash', '-c', 'fi'])).toMatchObject({ stderr: "bash: -c: line 1: syntax error near unexpected token `fi'\nbash: -c: line 1: `fi'\n", exitCode: 2 });
  });

  it('sleep moves the virtual clock, date follows it', () => {
    const ctx = contextFor('busybox:1.36', { command: ['sleep', 'infinity'] });
    const r = execInImage(ctx.image, ctx, ['sh', '-c', 'date +%T; sleep 90; date +%T']);
    expect(r).toEqual({ kind: 'ran', stdout: '10:20:30\n10:22:00\n', stderr: '', exitCode: 0, durationMs: 90_000, files: new Map() });
  });

  it('wait waits for background jobs', () => {
    const ctx = contextFor('busybox:1.36', { command: ['sleep', 'infinity'] });
    expect(execInImage(ctx.image, ctx, ['sh', '-c', 'sleep 10 & wait; echo done'])).toMatchObject({ stdout: 'done\n', durationMs: 10_000 });
  });
});
