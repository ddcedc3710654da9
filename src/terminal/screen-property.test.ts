// Whatever is typed, deleted, recalled or resized, the screen must show the prompt and the line wrapped
// at the terminal's width, the rows below them empty, each row continuing the one above it, and the
// cursor on the right cell. Checked against @xterm/headless with random sessions and a model written
// independently of the editor's own layout code.
import { Terminal } from '@xterm/headless';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLEAR_SCREEN } from './effects';
import type { Effect } from './effects';
import { History } from './history';
import { LineEditor } from './line-editor';
import { KEY } from './test-harness';

const ROWS = 30;
const WIDE = new Set(['日', '本', '語']);
const cellsOf = (ch: string): number => (WIDE.has(ch) ? 2 : 1);

/** The rows the prompt and line should occupy at `cols`, and where the cursor should be. */
function expected(text: string, cursorChar: number, cols: number): { rows: string[]; cursor: [number, number] } {
  const rows = [''];
  let col = 0;
  let cursor: [number, number] | null = null;
  [...text].forEach((ch, index) => {
    // A tab is shown as spaces up to the next multiple of 8 (or the end of the row).
    const cells = ch === '\t' ? Math.min(8 - (col % 8), cols - col) : cellsOf(ch);
    if (col + cells > cols) (rows.push(''), (col = 0));
    if (index === cursorChar) cursor = [rows.length - 1, col];
    rows[rows.length - 1] += ch === '\t' ? ' '.repeat(cells) : ch;
    col += cells;
    if (col === cols) (rows.push(''), (col = 0));
  });
  return { rows, cursor: cursor ?? [rows.length - 1, col] };
}

const action = fc.oneof(
  fc.constantFrom(
    KEY.left, KEY.right, KEY.home, KEY.end, KEY.backspace, KEY.delete, KEY.up, KEY.down,
    KEY.ctrlW, KEY.ctrlU, KEY.ctrlK, KEY.ctrlY, KEY.altB, KEY.altF, KEY.altD, KEY.ctrlL,
  ),
  fc.array(fc.constantFrom('a', 'b', ' ', '-', '日', '本', '語', 'é'), { minLength: 1, maxLength: 6 }).map((chars) => chars.join('')),
  fc.string({ minLength: 1, maxLength: 20 }).map((text) => KEY.paste(text.replace(/[^ -~]/g, 'x').replace(/~/g, '\t'))),
  fc.integer({ min: 6, max: 40 }).map((cols) => ({ cols })),
);

async function replay(terminal: Terminal, effects: readonly Effect[]): Promise<void> {
  const data = effects.map((effect) => ('write' in effect ? effect.write : 'clear' in effect ? CLEAR_SCREEN : '')).join('');
  await new Promise<void>((resolve) => terminal.write(data, resolve));
}

describe('the screen after any editing session', () => {
  it('matches the model', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 6, max: 40 }), fc.array(action, { maxLength: 40 }), async (startCols, actions) => {
        const terminal = new Terminal({ cols: startCols, rows: ROWS, allowProposedApi: true });
        const history = new History(['kubectl get pods -A -o wide --sort-by=.metadata.name', '日本語 ab', 'ls']);
        const editor = new LineEditor({ cols: startCols, history });
        await replay(terminal, editor.start('$ '));
        let cols = startCols;
        for (const step of actions) {
          if (typeof step === 'string') {
            await replay(terminal, editor.handleInput(step));
          } else {
            cols = step.cols;
            terminal.resize(cols, ROWS);
            await replay(terminal, editor.setColumns(cols));
          }
        }
        const text = '$ ' + editor.line;
        const cursorChar = 2 + [...editor.line.slice(0, editor.cursor)].length;
        const want = expected(text, cursorChar, cols);
        const buffer = terminal.buffer.active;
        const shown: string[] = [];
        for (let y = 0; y < ROWS; y++) {
          const line = buffer.getLine(buffer.viewportY + y);
          const continues = y > 0 && y < want.rows.length;
          shown.push((line?.translateToString(true).trimEnd() ?? '') + (continues && !line?.isWrapped ? ' <not wrapped>' : ''));
        }
        const wantRows = [...want.rows.map((row) => row.trimEnd()), ...Array<string>(ROWS - want.rows.length).fill('')];
        expect(shown).toEqual(wantRows);
        expect([buffer.cursorY, buffer.cursorX]).toEqual(want.cursor);
        terminal.dispose();
      }),
      { numRuns: 150, seed: 20250101 },
    );
  }, 60_000);
});
