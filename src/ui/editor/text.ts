/**
 * Text as an editor sees it: a string with a cursor offset, addressed by lines. Pure helpers shared
 * by the vi and nano key machines.
 */

/** A key press as KeyboardEvent gives it: `key` is its `key` ('a', 'Escape', 'ArrowUp'...). */
export interface Key {
  key: string;
  ctrl?: boolean;
  alt?: boolean;
  meta?: boolean;
  shift?: boolean;
}

/** What a key did: `handled` false lets the browser do its default (typing into the text). */
export interface KeyOutcome<S> {
  state: S;
  handled: boolean;
  /** The editor closes; `text` is what was saved (undefined: nothing was written). */
  done?: { text: string | undefined };
}

export interface Snapshot {
  text: string;
  cursor: number;
}

/** A plain printable character, no Ctrl/Alt/Meta. */
export const isPrintable = (k: Key): boolean => k.key.length === 1 && !k.ctrl && !k.alt && !k.meta;
/** The key alone, no modifier (Shift-Tab must still move the focus back out of the text). */
export const isBare = (k: Key, key: string): boolean => k.key === key && !k.ctrl && !k.alt && !k.meta && !k.shift;
export const isCtrl = (k: Key, letter: string): boolean => Boolean(k.ctrl) && !k.alt && !k.meta && k.key.toLowerCase() === letter;

export function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

export function lineEnd(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  return nl < 0 ? text.length : nl;
}

/** 0-based line number of an offset. */
export function lineOf(text: string, at: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Offset of the start of 0-based `line` (clamped to the last line). */
export function offsetOfLine(text: string, line: number): number {
  let at = 0;
  for (let n = 0; n < line; n++) {
    const nl = text.indexOf('\n', at);
    if (nl < 0) return lineStart(text, text.length);
    at = nl + 1;
  }
  return at;
}

/** Lines as editors count them: a final newline ends the last line, it does not start another. */
export function lineCount(text: string): number {
  if (text === '') return 0;
  const n = text.split('\n').length;
  return text.endsWith('\n') ? n - 1 : n;
}

export function utf8Length(text: string): number {
  let n = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

/** The whitespace a line starts with: a new line below it starts with the same (YAML nests by indent). */
export function indentOf(text: string, at: number): string {
  const start = lineStart(text, at);
  return /^[ \t]*/.exec(text.slice(start, lineEnd(text, at)))?.[0] ?? '';
}

export function splice(s: Snapshot, from: number, to: number, insert: string, cursor = from + insert.length): Snapshot {
  return { text: s.text.slice(0, from) + insert + s.text.slice(to), cursor };
}

/** Removes whole lines [first line of `at`, `count` lines on); the text they held, ending with a newline. */
export function cutLines(text: string, at: number, count: number): { text: string; cut: string; cursor: number } {
  const from = lineStart(text, at);
  let to = from;
  for (let n = 0; n < count && to < text.length; n++) to = lineEnd(text, to) + 1;
  to = Math.min(to, text.length);
  let cut = text.slice(from, to);
  if (!cut.endsWith('\n')) cut += '\n';
  // Cutting an unterminated last line also takes the newline that ended the line before it.
  const rest = to === text.length && from > 0 && text[to - 1] !== '\n' ? text.slice(0, from - 1) : text.slice(0, from) + text.slice(to);
  // Past the end, the cursor goes up to the line that is now last.
  const cursor = from < rest.length ? from : lineStart(rest, rest.endsWith('\n') ? rest.length - 1 : rest.length);
  return { text: rest, cut, cursor };
}
