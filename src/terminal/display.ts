// The part of the screen the editor owns: the prompt and the line being edited, from column 0 of the
// row where the prompt was printed. It remembers what is shown and where the terminal's cursor is, and
// turns "the line changed from glyph N" into the shortest safe redraw: move there, erase to the end of
// the screen, print the rest, put the cursor back. Only relative moves are used, so scrolling is harmless.
import { FORCE_WRAP, glyphUnits, layout, moveCursor, promptUnits } from './screen-layout';
import type { Layout, Pos, Unit } from './screen-layout';

const ERASE_BELOW = '\x1b[J';
const ORIGIN: Pos = { row: 0, col: 0 };

export class Display {
  private prompt = '';
  private promptLength = 0;
  private units: Unit[] = [];
  private shown: Layout | null = null;
  /** The terminal's cursor, relative to the start of the prompt. */
  private at: Pos = ORIGIN;

  constructor(private columns: number) {}

  get cols(): number {
    return this.columns;
  }

  /** True while a prompt is on screen (between begin and finish). */
  get attached(): boolean {
    return this.shown !== null;
  }

  /** Prints the prompt and line; the terminal's cursor must be at column 0 of an empty row. */
  begin(prompt: string, glyphs: readonly string[], cursor: number): string {
    this.at = ORIGIN;
    this.setPrompt(prompt);
    return this.paint(0, glyphs, cursor, false);
  }

  /**
   * Brings the screen up to date. `changedFrom` is the first glyph that differs from what is shown;
   * null when only the cursor moved.
   */
  update(prompt: string, glyphs: readonly string[], cursor: number, changedFrom: number | null): string {
    if (!this.shown) return this.begin(prompt, glyphs, cursor);
    if (prompt !== this.prompt) {
      this.setPrompt(prompt);
      return this.paint(0, glyphs, cursor, true);
    }
    if (changedFrom === null) {
      const to = this.cursorPos(this.shown, glyphs.length, cursor);
      const out = moveCursor(this.at, to);
      this.at = to;
      return out;
    }
    // Appending needs no erasing: nothing of ours is shown after the end of the line.
    const from = this.promptLength + changedFrom;
    return this.paint(from, glyphs, cursor, from < this.units.length);
  }

  /** Moves the cursor after the end of the line and lets go of the screen (the caller writes \r\n). */
  finish(): string {
    if (!this.shown) return '';
    const out = moveCursor(this.at, this.shown.flow[this.units.length] ?? ORIGIN);
    this.shown = null;
    return out;
  }

  /** Erases the prompt and line (to print something above them) and lets go of the screen. */
  erase(): string {
    if (!this.shown) return '';
    const out = moveCursor(this.at, ORIGIN) + ERASE_BELOW;
    this.shown = null;
    return out;
  }

  /** Forgets the screen after it was cleared: the cursor is at the top-left, where the prompt goes. */
  cleared(): void {
    this.shown = null;
  }

  /**
   * New width. xterm.js re-wraps the screen except the line holding the cursor (reflowCursorLine is off
   * by default: shells redraw that line themselves), whose rows stay as they were. So the cursor is still
   * on the same row of its line, while earlier lines of a multi-line prompt or command were re-wrapped.
   * From there: back to the prompt's first row, erase, and draw everything for the new width.
   */
  resize(cols: number, glyphs: readonly string[], cursor: number): string {
    const old = this.shown;
    this.columns = cols;
    if (!old) return '';
    this.units = [...this.units.slice(0, this.promptLength), ...glyphUnits(glyphs)];
    const cursorUnit = cursor < glyphs.length ? this.promptLength + cursor : this.units.length;
    let lineStart = cursorUnit;
    while (lineStart > 0 && this.units[lineStart - 1]?.kind !== 'newline') lineStart--;
    const rowInLine = this.at.row - (old.flow[lineStart]?.row ?? 0);
    const rowsAbove = (layout(this.units, cols).flow[lineStart]?.row ?? 0) + rowInLine;
    this.at = ORIGIN;
    return (rowsAbove > 0 ? `\x1b[${rowsAbove}A` : '') + '\r' + this.paint(0, glyphs, cursor, true);
  }

  private setPrompt(prompt: string): void {
    const units = promptUnits(prompt);
    this.prompt = prompt;
    this.promptLength = units.length;
    this.units = units;
  }

  private paint(from: number, glyphs: readonly string[], cursor: number, erase: boolean): string {
    this.units = [...this.units.slice(0, this.promptLength), ...glyphUnits(glyphs)];
    const next = layout(this.units, this.columns);
    // Never start printing at column 0 of a wrapped row: erasing there would cut the row off from the
    // line above (xterm.js then treats it as a new line when copying or reflowing). Reprint one more unit.
    let start = from;
    while (start > 0 && next.flow[start]?.col === 0 && this.units[start - 1]?.kind !== 'newline') start--;
    // Reprinting part of the prompt could lose its colours, so reprint all of it.
    if (start < this.promptLength) start = 0;
    const end = next.flow[this.units.length] ?? ORIGIN;
    const to = this.cursorPos(next, glyphs.length, cursor);
    const out =
      moveCursor(this.at, next.flow[start] ?? ORIGIN) +
      (erase ? ERASE_BELOW : '') +
      next.out.slice(start).join('') +
      (next.pendingWrap ? FORCE_WRAP : '') +
      moveCursor(end, to);
    this.shown = next;
    this.at = to;
    return out;
  }

  private cursorPos(shown: Layout, glyphCount: number, cursor: number): Pos {
    const index = cursor < glyphCount ? this.promptLength + cursor : this.units.length;
    return (cursor < glyphCount ? shown.start[index] : shown.flow[index]) ?? ORIGIN;
  }
}
