import { describe, expect, it } from 'vitest';
import { History } from './history';
import { Harness, KEY, screenAfter } from './test-harness';

const HISTORY = ['kubectl get pods', 'kubectl get svc', 'ls', 'kubectl describe pod web', 'kubectl get pods -o wide'];

const searching = (): Harness => {
  const h = new Harness({ cols: 60, history: new History(HISTORY) });
  h.start();
  return h;
};

describe('Ctrl-R reverse-i-search', () => {
  it('narrows, steps back, fails, backs up and runs the match (golden transcript and screens)', async () => {
    const h = searching();
    h.type('draft', KEY.ctrlR);
    const screens: string[] = [];
    const step = async (label: string, ...keys: string[]): Promise<void> => {
      h.type(...keys);
      screens.push(`after ${label}:\n${await screenAfter(h.output, 60, 4)}`);
    };
    await step('Ctrl-R', KEY.ctrlR);
    await step('"get"', 'g', 'e', 't');
    await step('Ctrl-R', KEY.ctrlR);
    await step('Ctrl-R', KEY.ctrlR);
    await step('Ctrl-R (no more)', KEY.ctrlR);
    await step('Backspace', KEY.backspace);
    await step('Enter', KEY.enter);
    await expect(h.transcript.join('\n') + '\n').toMatchFileSnapshot('__golden__/reverse-search.transcript.txt');
    await expect(screens.join('\n')).toMatchFileSnapshot('__golden__/reverse-search.screens.txt');
    expect(h.effects.at(-1)).toEqual({ submit: 'kubectl get pods' });
  });

  it('shows the search prompt and the line with the cursor on the match', () => {
    const h = searching();
    expect(h.type(KEY.ctrlR)).toEqual([{ write: "\r\x1b[J(reverse-i-search)`': " }]);
    expect(h.type('desc')).toEqual([{ write: "\r\x1b[J(reverse-i-search)`desc': kubectl describe pod web\x1b[16D" }]);
  });

  it('Ctrl-G gives back the line as it was; Escape keeps the match, cursor on it', () => {
    const h = searching();
    h.type('draft', KEY.left, KEY.ctrlR, 'pod', KEY.ctrlG);
    expect([h.editor.line, h.editor.cursor, h.editor.mode]).toEqual(['draft', 4, 'editing']);
    h.type(KEY.ctrlR, 'svc', KEY.escape);
    expect([h.editor.line, h.editor.cursor, h.editor.mode]).toEqual(['kubectl get svc', 12, 'editing']);
  });

  it('any other key ends the search and then does its job', () => {
    const h = searching();
    h.type(KEY.ctrlR, 'ls', KEY.ctrlE, ' -l');
    expect(h.editor.line).toBe('ls -l');
    expect(h.output.endsWith('\r\x1b[J$ ls\x1b[2D\x1b[2C -l')).toBe(true);
  });

  it('↓ after a match goes to the entry after it; an empty Ctrl-R repeats the last search', () => {
    const h = searching();
    h.type(KEY.ctrlR, 'svc', KEY.escape, KEY.down);
    expect(h.editor.line).toBe('ls');
    h.type(KEY.ctrlR, KEY.ctrlR);
    expect(h.editor.line).toBe('kubectl get svc');
    expect(h.output.endsWith("(reverse-i-search)`svc': kubectl get svc\x1b[3D")).toBe(true);
  });

  it('Backspace with nothing to undo rings the bell', () => {
    const h = searching();
    expect(h.type(KEY.ctrlR).length).toBe(1);
    expect(h.type(KEY.backspace)).toEqual([{ write: '\x07' }]);
  });
});
