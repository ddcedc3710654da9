/** Cursor motions of vi's normal mode over a text and an offset. Pure. */
import { lineEnd, lineOf, lineStart, offsetOfLine } from './text';

/** In normal mode the cursor sits on a character: never on a line's newline unless the line is empty. */
export function clampNormal(text: string, at: number): number {
  const c = Math.max(0, Math.min(at, text.length));
  const start = lineStart(text, c);
  const end = lineEnd(text, c);
  return c >= end && end > start ? end - 1 : Math.min(c, end);
}

export function left(text: string, at: number, n: number): number {
  return Math.max(lineStart(text, at), at - n);
}

export function right(text: string, at: number, n: number): number {
  return clampNormal(text, Math.min(lineEnd(text, at), at + n));
}

/** Up (negative n) or down, keeping the column where the target line is long enough. */
export function vertical(text: string, at: number, n: number): number {
  const column = at - lineStart(text, at);
  const last = lineOf(text, text.length);
  const target = Math.max(0, Math.min(last, lineOf(text, at) + n));
  const start = offsetOfLine(text, target);
  return clampNormal(text, Math.min(start + column, lineEnd(text, start)));
}

export function firstNonBlank(text: string, at: number): number {
  const start = lineStart(text, at);
  const end = lineEnd(text, at);
  let c = start;
  while (c < end && (text[c] === ' ' || text[c] === '\t')) c++;
  return clampNormal(text, c);
}

export function lineNumber(text: string, line: number): number {
  return firstNonBlank(text, offsetOfLine(text, Math.max(0, line)));
}

type CharClass = 0 | 1 | 2;
/** 0 blank, 1 word character, 2 other punctuation: vi's word boundaries. */
const classOf = (ch: string | undefined): CharClass => (ch === undefined || /\s/.test(ch) ? 0 : /\w/.test(ch) ? 1 : 2);

/** `w`: the start of the next word, across lines. */
export function wordForward(text: string, at: number): number {
  let c = at;
  const cls = classOf(text[c]);
  if (cls !== 0) while (c < text.length && classOf(text[c]) === cls) c++;
  while (c < text.length && classOf(text[c]) === 0) c++;
  return Math.min(c, text.length);
}

/** `e`: the end of this word or the next one. */
export function wordEnd(text: string, at: number): number {
  let c = at + 1;
  while (c < text.length && classOf(text[c]) === 0) c++;
  const cls = classOf(text[c]);
  while (c + 1 < text.length && classOf(text[c + 1]) === cls) c++;
  return Math.min(c, Math.max(0, text.length - 1));
}

/** `b`: the start of this word or the previous one. */
export function wordBackward(text: string, at: number): number {
  let c = at - 1;
  while (c > 0 && classOf(text[c]) === 0) c--;
  const cls = classOf(text[c]);
  while (c > 0 && classOf(text[c - 1]) === cls) c--;
  return Math.max(0, c);
}
