// Where each piece of the prompt and the line lands on screen for a given width, replaying what the
// terminal does when it prints: wrap after the last column, move a wide character that does not fit
// to the next row, start a new row at a line break. Positions are relative to the row and column
// where the prompt starts (always column 0), so they survive scrolling.
import { glyphWidth, splitGlyphs } from './char-width';

export interface Pos {
  row: number;
  col: number;
}

/** One printable piece: a glyph, a tab, a line break, or an escape sequence of the prompt (no width). */
export interface Unit {
  kind: 'glyph' | 'tab' | 'newline' | 'escape';
  text: string;
}

export interface Layout {
  /** Where the cursor is just before each unit is printed (index units.length: after the last). */
  flow: Pos[];
  /** Where each unit is drawn (a wide glyph that did not fit starts on the next row). */
  start: Pos[];
  /** What to send for each unit: tabs become spaces, line breaks \r\n. */
  out: string[];
  /** True when the last unit filled its row exactly: the terminal waits to wrap, we must force it. */
  pendingWrap: boolean;
}

const ESCAPE = /\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[@-Z\\-_])/y;

/** Units of a prompt: keeps colour escapes intact (zero width) so the prompt may be coloured. */
export function promptUnits(prompt: string): Unit[] {
  const units: Unit[] = [];
  let i = 0;
  while (i < prompt.length) {
    ESCAPE.lastIndex = i;
    const escape = ESCAPE.exec(prompt);
    if (escape) {
      units.push({ kind: 'escape', text: escape[0] });
      i += escape[0].length;
      continue;
    }
    let end = prompt.indexOf('\x1b', i + 1);
    if (end < 0) end = prompt.length;
    units.push(...glyphUnits(splitGlyphs(prompt.slice(i, end)).filter((g) => g !== '\x1b' && g !== '\r')));
    i = end;
  }
  return units;
}

export function glyphUnits(glyphs: readonly string[]): Unit[] {
  return glyphs.map((text) => ({ kind: text === '\n' ? 'newline' : text === '\t' ? 'tab' : 'glyph', text }));
}

export function layout(units: readonly Unit[], cols: number): Layout {
  const flow: Pos[] = [];
  const start: Pos[] = [];
  const out: string[] = [];
  let row = 0;
  let col = 0;
  let pendingWrap = false;
  for (const unit of units) {
    flow.push({ row, col });
    if (unit.kind === 'newline') {
      pendingWrap = false;
      start.push({ row, col });
      out.push('\r\n');
      (row += 1), (col = 0);
      continue;
    }
    if (unit.kind === 'escape') {
      start.push({ row, col });
      out.push(unit.text);
      continue;
    }
    const width = unit.kind === 'tab' ? Math.min(8 - (col % 8), cols - col) : glyphWidth(unit.text);
    pendingWrap = false;
    if (col + width > cols) (row += 1), (col = 0);
    start.push({ row, col });
    out.push(unit.kind === 'tab' ? ' '.repeat(width) : unit.text);
    col += width;
    if (col >= cols) (row += 1), (col = 0), (pendingWrap = true);
  }
  flow.push({ row, col });
  return { flow, start, out, pendingWrap };
}

/** Relative cursor movement from one position to another (never scrolls, never wraps). */
export function moveCursor(from: Pos, to: Pos): string {
  let out = '';
  if (to.row < from.row) out += `\x1b[${from.row - to.row}A`;
  if (to.row > from.row) out += `\x1b[${to.row - from.row}B`;
  if (to.col === 0 && from.col !== 0) out += '\r';
  else if (to.col > from.col) out += `\x1b[${to.col - from.col}C`;
  else if (to.col < from.col) out += `\x1b[${from.col - to.col}D`;
  return out;
}

/**
 * The text that ends a pending wrap: a space makes the terminal wrap now (marking the new row as the
 * continuation of the line, which keeps copy and reflow right); backspace returns onto that space.
 */
export const FORCE_WRAP = ' \b';

/** Text with its line breaks as a terminal needs them (xterm.js does not add \r to a bare \n). */
export function crlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}
