// What a person sees: the editor's output replayed into @xterm/headless, screens compared whole.
import { Terminal } from '@xterm/headless';
import { describe, expect, it } from 'vitest';
import type { CompletionResult } from './completion';
import { CLEAR_SCREEN } from './effects';
import type { Effect } from './effects';
import { History } from './history';
import { Harness, KEY, screenAfter, screenOf } from './test-harness';

const golden = (name: string): string => `__golden__/${name}.screen.txt`;

/** Runs steps and records the screen after each, for one golden file. */
async function film(h: Harness, cols: number, steps: Array<[string, string[]]>, rows = 8): Promise<string> {
  const frames: string[] = [];
  for (const [label, keys] of steps) {
    h.type(...keys);
    frames.push(`after ${label}:\n${await screenAfter(h.output, cols, rows)}`);
  }
  return frames.join('\n');
}

describe('the screen while editing', () => {
  it('keeps the cursor right across wrapped rows while inserting and deleting', async () => {
    const h = new Harness({ cols: 20 });
    h.start();
    const frames = await film(h, 20, [
      ['typing 45 characters', ['kubectl get pods --namespace kube-system -o w']],
      ['Home, Alt-F x3, typing "X"', [KEY.home, KEY.altF, KEY.altF, KEY.altF, 'X']],
      ['Ctrl-E, Backspace x8', [KEY.ctrlE, ...Array<string>(8).fill(KEY.backspace)]],
      ['Ctrl-A, Delete', [KEY.ctrlA, KEY.delete]],
      ['Ctrl-K', [KEY.ctrlK]],
    ]);
    await expect(frames).toMatchFileSnapshot(golden('wrapped-line'));
  });

  it('fills a row exactly: the cursor goes to the next row, which stays part of the line', async () => {
    const h = new Harness({ cols: 12 });
    h.start();
    const frames = await film(h, 12, [
      ['10 characters (row full)', ['0123456789']],
      ['one more', ['a']],
      ['Backspace', [KEY.backspace]],
      ['Backspace', [KEY.backspace]],
      ['←, →', [KEY.left, KEY.right]],
    ]);
    await expect(frames).toMatchFileSnapshot(golden('exact-fill'));
  });

  it('moves a double-width character that does not fit to the next row', async () => {
    const h = new Harness({ cols: 11 });
    h.start();
    const frames = await film(h, 11, [
      ['"echo 日本語"', ['echo 日本語']],
      ['← x2', [KEY.left, KEY.left]],
      ['typing "語"', ['語']],
      ['Backspace x2', [KEY.backspace, KEY.backspace]],
    ]);
    await expect(frames).toMatchFileSnapshot(golden('wide-characters'));
  });

  it('Ctrl-L leaves only the prompt and the line, at the top', async () => {
    const h = new Harness({ cols: 30 });
    h.effects.push({ write: 'line one\r\nline two\r\n' });
    h.start();
    const frames = await film(h, 30, [['Ctrl-L', ['kubectl get nodes', KEY.left, KEY.ctrlL]]], 6);
    await expect(frames).toMatchFileSnapshot(golden('clear-screen'));
  });

  it('lists completions below the line and redraws the prompt and line under them', async () => {
    const names = ['web-7d4b9c-2xkqp', 'web-7d4b9c-8zq4m', 'web-7d4b9c-tl9wn', 'db-0', 'db-1'];
    const complete = (line: string, cursor: number): CompletionResult => {
      const replaceFrom = line.lastIndexOf(' ', cursor - 1) + 1;
      return { candidates: names.filter((n) => n.startsWith(line.slice(replaceFrom, cursor))), replaceFrom };
    };
    const h = new Harness({ cols: 40, complete });
    h.start();
    const frames = await film(
      h,
      40,
      [
        ['"kubectl logs w" Tab', ['kubectl logs w', KEY.tab]],
        ['Tab Tab', [KEY.tab, KEY.tab]],
        ['"t" Tab', ['t', KEY.tab]],
      ],
      10,
    );
    await expect(frames).toMatchFileSnapshot(golden('completion-listing'));
  });

  it('shows a recalled multi-line command on several rows and edits its last line', async () => {
    const h = new Harness({ cols: 30, history: new History(["cat <<EOF\nhello\nEOF"]) });
    h.start();
    const frames = await film(h, 30, [
      ['↑', [KEY.up]],
      ['Backspace, "X"', [KEY.backspace, 'X']],
      ['Home', [KEY.home]],
    ]);
    await expect(frames).toMatchFileSnapshot(golden('multi-line-recall'));
  });

  it('draws a coloured prompt and keeps its colour when redrawing', async () => {
    const h = new Harness({ cols: 30, prompt: '\x1b[32mcontrolplane\x1b[0m:~$ ' });
    h.start();
    h.type('kubectl', KEY.ctrlL);
    const terminal = new Terminal({ cols: 30, rows: 3, allowProposedApi: true });
    await new Promise<void>((resolve) => terminal.write(h.output, resolve));
    const cell = terminal.buffer.active.getLine(0)?.getCell(0);
    expect([cell?.getChars(), cell?.getFgColor()]).toEqual(['c', 2]);
    expect(screenOf(terminal)).toBe('|controlplane:~$ kubectl\ncursor row 0 col 23\n');
  });
});

describe('resizing', () => {
  /** Replays effects into a live terminal, resizing it (which reflows its screen) where asked. */
  async function replay(terminal: Terminal, effects: readonly Effect[]): Promise<void> {
    for (const effect of effects) {
      const data = 'write' in effect ? effect.write : 'clear' in effect ? CLEAR_SCREEN : '';
      await new Promise<void>((resolve) => terminal.write(data, resolve));
    }
  }

  it('redraws the line for the new width after the terminal has reflowed', async () => {
    const terminal = new Terminal({ cols: 20, rows: 8, allowProposedApi: true });
    const h = new Harness({ cols: 20 });
    await replay(terminal, [{ write: 'earlier output\r\n' }, ...h.start()]);
    await replay(terminal, h.type('kubectl get deployments -n production', KEY.left, KEY.left));
    const frames = [`at 20 columns:\n${screenOf(terminal)}`];
    for (const cols of [33, 12, 40]) {
      terminal.resize(cols, 8);
      await replay(terminal, h.resize(cols));
      frames.push(`at ${cols} columns:\n${screenOf(terminal)}`);
    }
    await replay(terminal, h.type('X'));
    frames.push(`typing "X":\n${screenOf(terminal)}`);
    await expect(frames.join('\n')).toMatchFileSnapshot(golden('resize'));
  });
});
