import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../fs/vfs';
import { lastResult, output, testShell } from '../testing/run';
import { MAX_LOOP_ITERATIONS } from './executor';

describe('Shell.run', () => {
  it('returns stdout, stderr, their interleaving and the exit code', () => {
    const result = lastResult(['echo a > f', 'cat f nope f']);
    expect(result).toEqual({
      stdout: 'a\na\n',
      stderr: 'cat: nope: No such file or directory\n',
      exitCode: 1,
      output: 'a\ncat: nope: No such file or directory\na\n',
      chunks: [
        { fd: 1, text: 'a\n' },
        { fd: 2, text: 'cat: nope: No such file or directory\n' },
        { fd: 1, text: 'a\n' },
      ],
    });
  });

  it('reports syntax errors with status 2 and keeps the line in history', () => {
    const shell = testShell();
    expect(shell.run('echo a |;')).toMatchObject({ stderr: "bash: syntax error near unexpected token `;'\n", exitCode: 2 });
    expect(shell.run('echo $?').stdout).toBe('2\n');
    expect(shell.host.history).toEqual(['echo a |;', 'echo $?']);
  });

  it('signals exit to the host', () => {
    const shell = testShell();
    expect(shell.run('false; exit')).toMatchObject({ exit: { code: 1 }, stderr: 'exit\n' });
    expect(shell.run('(exit 4); echo $?')).toMatchObject({ stdout: '4\n' });
    expect(shell.run('exit 300').exit).toEqual({ code: 44 });
  });

  it('sleeps on the host clock', () => {
    const shell = testShell();
    const before = shell.host.clock.now();
    shell.run('sleep 1.5; sleep 2m');
    expect(shell.host.clock.now() - before).toBe(121_500);
  });

  it('says "write error: File too large" instead of writing past 2 MiB', () => {
    const shell = testShell();
    shell.host.fs.writeFile('/root/big', 'x'.repeat(MAX_FILE_BYTES));
    expect(output(['echo more >> big; echo $?', 'cat big big > copy', 'wc -c < copy'], shell)).toBe(
      `bash: echo: write error: File too large\n1\ncat: write error: File too large\n0\n`,
    );
  });

  it('stops runaway loops', () => {
    const result = lastResult('while true; do :; done; echo after');
    expect(result.output).toBe(`bash: loop stopped after ${MAX_LOOP_ITERATIONS} iterations (this shell cannot be interrupted)\nafter\n`);
  });

  it('stops loops when the host says Ctrl-C was pressed', () => {
    let pressed = false;
    const shell = testShell((host) => {
      host.interrupted = () => pressed;
      host.commands.register('press-ctrl-c', { execute: () => ((pressed = true), { stdout: '', stderr: '', exitCode: 0 }) });
    });
    // The terminal echoes ^C itself; the shell only stops the whole line, with status 130.
    const result = shell.run('for i in 1 2 3 4 5 6; do echo $i; if [ $i = 3 ]; then press-ctrl-c; fi; done; echo after');
    expect(result).toMatchObject({ output: '1\n2\n3\n', exitCode: 130 });
  });

  it('runs functions with arguments, return and local', () => {
    expect(output(['f() { local x=in; echo "$1:$#:$x"; return 3; echo no; }', 'x=out; f a b; echo $? $x', 'type f'])).toBe('a:2:in\n3 out\nf is a function\n');
  });

  it('lays out ls in columns only when stdout is the terminal', () => {
    const shell = testShell();
    shell.columns = 20;
    expect(output(['touch aaaa bbbb cccc dddd eeee', 'ls', 'ls | cat'], shell)).toBe('aaaa  cccc  eeee\nbbbb  dddd\naaaa\nbbbb\ncccc\ndddd\neeee\n');
  });

  it('needsMoreInput knows the aliases', () => {
    const shell = testShell();
    shell.run("alias p='echo a |'");
    expect([shell.needsMoreInput('echo "a'), shell.needsMoreInput('echo a')]).toEqual([true, false]);
  });
});
