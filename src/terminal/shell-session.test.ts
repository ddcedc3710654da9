// The session loop end to end in Node: @xterm/headless stands in for the browser's terminal (it has
// the same write/onData/onResize/input API), the shell is a fake whose answers the test controls.
import { Terminal } from '@xterm/headless';
import { describe, expect, it } from 'vitest';
import type { CompletionResult } from './completion';
import { connectShell } from './shell-session';
import type { CommandResult, SessionOptions } from './shell-session';
import { KEY, screenOf } from './test-harness';

interface Pending {
  line: string;
  finish(result: Partial<CommandResult>): void;
}

/** A shell whose commands finish when the test says so. */
function fakeShell() {
  const calls: Pending[] = [];
  const runner = (line: string): Promise<CommandResult> =>
    new Promise((resolve) => {
      calls.push({ line, finish: (result) => resolve({ stdout: '', stderr: '', exitCode: 0, ...result }) });
    });
  return { calls, runner };
}

function setup(options: Partial<SessionOptions> = {}, cols = 40, rows = 8) {
  const terminal = new Terminal({ cols, rows, allowProposedApi: true });
  const shell = fakeShell();
  const session = connectShell(terminal, { runner: shell.runner, prompt: () => '$ ', ...options });
  const screen = async (): Promise<string> => {
    await session.settled();
    return screenOf(terminal);
  };
  return { terminal, shell, session, screen };
}

describe('connectShell', () => {
  it('prints the banner, then the prompt; runs a line and prints its output with \\r\\n', async () => {
    const { terminal, shell, session, screen } = setup();
    session.writeBanner('Welcome to Kubedojo.\nType kubectl get nodes.');
    terminal.input('kubectl get nodes\r');
    await session.settled();
    expect(shell.calls.map((call) => call.line)).toEqual(['kubectl get nodes']);
    shell.calls[0]?.finish({ stdout: 'NAME     STATUS\ncp       Ready\n' });
    expect(await screen()).toBe(
      [
        '|Welcome to Kubedojo.',
        '|Type kubectl get nodes.',
        '|$ kubectl get nodes',
        '|NAME     STATUS',
        '|cp       Ready',
        '|$ ',
        'cursor row 5 col 2',
        '',
      ].join('\n'),
    );
    expect(session.history.entries).toEqual(['kubectl get nodes']);
  });

  it('starts the prompt on a new line after output that did not end its line, and prints stderr', async () => {
    const { terminal, shell, screen } = setup();
    await screen();
    terminal.input('printf hi\r');
    await screen();
    shell.calls[0]?.finish({ stdout: 'hi', stderr: 'warning: x\nerr' });
    expect(await screen()).toBe('|$ printf hi\n|hiwarning: x\n|err\n|$ \ncursor row 3 col 2\n');
  });

  it('keeps what is typed while a command runs and replays it at the next prompt', async () => {
    const { terminal, shell, screen } = setup();
    await screen();
    terminal.input('sleep 2\r');
    terminal.input('echo a\r');
    terminal.input('ech');
    await screen();
    expect(shell.calls.map((call) => call.line)).toEqual(['sleep 2']);
    shell.calls[0]?.finish({});
    await screen();
    expect(shell.calls.map((call) => call.line)).toEqual(['sleep 2', 'echo a']);
    shell.calls[1]?.finish({ stdout: 'a\n' });
    expect(await screen()).toBe('|$ sleep 2\n|$ echo a\n|a\n|$ ech\ncursor row 3 col 5\n');
  });

  it('sends Ctrl-C to the running command and shows ^C', async () => {
    let interrupts = 0;
    const { terminal, shell, screen } = setup({ interrupt: () => interrupts++ });
    await screen();
    terminal.input(KEY.ctrlC); // at the prompt: nothing runs, nothing to interrupt
    terminal.input('sleep 100\r');
    await screen();
    terminal.input('ls');
    terminal.input(KEY.ctrlC);
    expect(interrupts).toBe(1);
    shell.calls[0]?.finish({ exitCode: 130 });
    expect(await screen()).toBe('|$ ^C\n|$ sleep 100\n|^C\n|$ \ncursor row 3 col 2\n');
  });

  it('waits for an asynchronous completer, keeping keys typed meanwhile', async () => {
    let answer: (result: CompletionResult) => void = () => undefined;
    const complete = (): Promise<CompletionResult> => new Promise((resolve) => (answer = resolve));
    const { terminal, screen } = setup({ complete });
    await screen();
    terminal.input('kubectl get dep\t');
    terminal.input('-A');
    await screen();
    answer({ candidates: ['deployments'], replaceFrom: 12 });
    expect(await screen()).toBe('|$ kubectl get deployments -A\ncursor row 0 col 28\n');
  });

  it('Ctrl-D on an empty line echoes exit and runs exit in the shell, or calls onExit', async () => {
    const plain = setup();
    await plain.screen();
    plain.terminal.input(KEY.ctrlD);
    await plain.screen();
    expect(plain.shell.calls.map((call) => call.line)).toEqual(['exit']);
    plain.shell.calls[0]?.finish({ stdout: 'logout\n' });
    expect(await plain.screen()).toBe('|$ exit\n|logout\n|$ \ncursor row 2 col 2\n');
    expect(plain.session.history.length).toBe(0);

    let exits = 0;
    const custom = setup({ onExit: () => void exits++ });
    await custom.screen();
    custom.terminal.input(KEY.ctrlD);
    expect(await custom.screen()).toBe('|$ exit\n|$ \ncursor row 1 col 2\n');
    expect([exits, custom.shell.calls.length]).toEqual([1, 0]);
  });

  it('shows a failing shell as an error message, never an exception', async () => {
    const terminal = new Terminal({ cols: 40, rows: 4, allowProposedApi: true });
    const session = connectShell(terminal, { runner: () => Promise.reject(new Error('worker crashed')), prompt: () => '$ ' });
    terminal.input('ls\r');
    await session.settled();
    expect(screenOf(terminal)).toBe('|$ ls\n|kubedojo: worker crashed\n|$ \ncursor row 2 col 2\n');
  });

  it('puts the prompt at the top after output that clears the screen', async () => {
    const { terminal, shell, screen } = setup();
    await screen();
    terminal.input('clear\r');
    await screen();
    shell.calls[0]?.finish({ stdout: '\x1b[H\x1b[2J\x1b[3J' });
    expect(await screen()).toBe('|$ \ncursor row 0 col 2\n');
  });

  it('prints a notice above the line being typed and redraws the line', async () => {
    const { terminal, session, screen } = setup();
    await screen();
    terminal.input('kubectl get po');
    session.writeBanner('15 minutes left');
    expect(await screen()).toBe('|15 minutes left\n|$ kubectl get po\ncursor row 1 col 16\n');
  });

  it('redraws the line when the terminal is resized, and asks for a new prompt every time', async () => {
    let n = 0;
    const { terminal, screen } = setup({ prompt: () => `[${++n}]$ ` }, 20);
    await screen();
    terminal.input('kubectl get pods --all-namespaces');
    terminal.resize(30, 8);
    expect(await screen()).toBe('|[1]$ kubectl get pods --all-na\n+mespaces\ncursor row 1 col 8\n');
    terminal.input('\r');
    await screen();
    expect(n).toBe(1);
  });
});
