import { beforeEach, describe, expect, it, vi } from 'vitest';
import { History } from '../../terminal/history';
import type { TerminalHandle, TerminalView } from '../../terminal/terminal-session';
import { lazyTerminal } from './lazy-terminal';
import type { StaticScreen } from './static-screen';

/** What happened, in order, to the static screen and the terminals (numbered as opened in a test). */
let log: string[] = [];
let opened = 0;
/** The input label each terminal was opened with. */
const labels: string[] = [];

// xterm.js does not run in Node: the lazily loaded part is a fake that records what is done to it.
vi.mock('./terminal-view', () => ({
  openSandboxTerminal: (_element: HTMLElement, _font: string, inputLabel: string): TerminalView => {
    labels.push(inputLabel);
    const id = ++opened;
    log.push(`open ${id}`);
    return {
      connect: (options): TerminalHandle => ({
        history: options.history ?? new History(),
        writeBanner: () => undefined,
        input: (data) => log.push(`input ${id} ${JSON.stringify(data)}`),
        focus: () => log.push(`focus ${id}`),
        resize: () => undefined,
        settled: async () => void log.push(`settled ${id}`),
        dispose: () => log.push(`dispose ${id}`),
      }),
      dispose: () => undefined,
    };
  },
}));

function fakeScreen(focused: boolean, typed: string[]): StaticScreen {
  let inputs = [...typed];
  return {
    showPrompt: (prompt) => log.push(`screen prompt ${JSON.stringify(prompt)} ${JSON.stringify(inputs)}`),
    hasFocus: () => focused,
    takeInput: () => [inputs, (inputs = [])][0] as string[],
    retire: () => log.push('screen retire'),
    remove: () => log.push('screen remove'),
  };
}

function make(screen: StaticScreen) {
  const histories: History[] = [];
  const terminal = lazyTerminal({
    element: {} as HTMLElement,
    screen,
    fontFamily: 'monospace',
    inputLabel: '终端输入',
    connect: (view, history) => {
      histories.push(history);
      log.push('connect');
      return view.connect({ history, prompt: () => '$ ', runner: async () => ({ stdout: '', stderr: '', exitCode: 0 }) });
    },
    connected: () => log.push('connected'),
  });
  return { terminal, histories };
}

/** Lets the dynamic import, the promise callbacks and two animation frames run. */
const flush = () => new Promise((resolve) => setTimeout(resolve, 20));

beforeEach(() => {
  log = [];
  opened = 0;
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => setTimeout(callback, 0));
});

describe('lazyTerminal', () => {
  it('shows the prompt on the static screen until the code is loaded, then swaps: keys replayed in order, focus taken', async () => {
    const { terminal, histories } = make(fakeScreen(true, ['l', 's', '\r']));
    const history = History.fromJSON(['kubectl get pods']);
    await terminal.ready('controlplane:~$ ', history);
    expect(log).toEqual(['screen prompt "controlplane:~$ " ["l","s","\\r"]']);
    expect(terminal.terminal).toBeUndefined();
    terminal.load();
    await flush();
    expect(log.slice(1)).toEqual([
      'open 1',
      'connect',
      'input 1 "l"',
      'input 1 "s"',
      'input 1 "\\r"',
      'focus 1',
      'screen retire',
      'connected',
      'settled 1',
      'screen remove',
    ]);
    expect(histories).toEqual([history]);
    expect(terminal.terminal).toBeDefined();
  });

  it('opens xterm.js with the page language\'s name for the terminal input', async () => {
    labels.length = 0;
    const { terminal } = make(fakeScreen(false, []));
    terminal.load();
    await terminal.ready('controlplane:~$ ', new History());
    await flush();
    expect(labels).toEqual(['终端输入']);
  });

  it('loaded before the cluster is ready: swaps at ready, which resolves once the prompt is drawn; no focus taken when the screen had none', async () => {
    const { terminal } = make(fakeScreen(false, []));
    terminal.load();
    terminal.load();
    await flush();
    expect(log).toEqual([]);
    await terminal.ready('$ ', new History());
    expect(log).toEqual(['open 1', 'connect', 'screen retire', 'connected', 'settled 1', 'settled 1']);
    await flush();
    expect(log.at(-1)).toBe('screen remove');
  });

  it('a reset before the code is loaded renews the static prompt and drops what was typed; after, it opens a fresh terminal with the same history', async () => {
    const screen = fakeScreen(false, ['x']);
    const { terminal, histories } = make(screen);
    const history = new History();
    await terminal.ready('$ ', history);
    terminal.restart('# ');
    expect(log).toEqual(['screen prompt "$ " ["x"]', 'screen prompt "# " []']);
    terminal.load();
    await flush();
    log = [];
    terminal.restart('$ ');
    expect(log).toEqual(['dispose 1', 'open 2', 'connect', 'connected']);
    expect(histories).toEqual([history, history]);
  });
});
