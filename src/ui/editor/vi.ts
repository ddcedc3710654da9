/**
 * vi's keys as a pure state machine: normal mode (motions, counts, `x`, `dd`, `yy`, `p`, `u`...),
 * insert mode (typing is left to the browser's textarea; Esc, Tab and Enter are handled here) and
 * the command line (`:wq`, `:q!`, `/search`, see vi-ex.ts). The panel feeds it each key with the
 * text and cursor as they are, and applies what comes back.
 */
import { clampNormal, firstNonBlank, left, lineNumber, right, vertical, wordBackward, wordEnd, wordForward } from './vi-motion';
import { exCommand, searchNext } from './vi-ex';
import { cutLines, indentOf, isBare, isCtrl, isPrintable, lineCount, lineEnd, lineStart, splice, utf8Length, type Key, type KeyOutcome, type Snapshot } from './text';

export interface ViState extends Snapshot {
  fileName: string;
  mode: 'normal' | 'insert' | 'command';
  /** The keys of an unfinished command: a count, then `d` of `dd`, `g` of `gg`, `Z` of `ZZ`, `r`. */
  pending: string;
  /** The command line, with its `:` or `/`, in command mode. */
  command: string;
  message: string;
  error: boolean;
  /** The text as last written (or as opened): the buffer is modified when it differs. */
  saved: string;
  /** What has been written, for the caller; undefined until the first write. */
  written: string | undefined;
  register: { text: string; linewise: boolean } | null;
  undo: Snapshot[];
  redo: Snapshot[];
  /** The text when insert mode began: a whole insert is one undo step. */
  insertFrom: Snapshot | null;
  search: string;
}

export type ViOutcome = KeyOutcome<ViState>;

export function viStart(fileName: string, text: string): ViState {
  const lines = lineCount(text);
  return {
    fileName, text, cursor: 0, mode: 'normal', pending: '', command: '', error: false,
    message: text === '' ? `"${fileName}" [New]` : `"${fileName}" ${lines}L, ${utf8Length(text)}B`,
    saved: text, written: undefined, register: null, undo: [], redo: [], insertFrom: null, search: '',
  };
}

export const viModified = (s: ViState): boolean => s.text !== s.saved;

const ok = (state: ViState, handled = true): ViOutcome => ({ state, handled });

export function viKey(s: ViState, k: Key): ViOutcome {
  if (s.mode === 'insert') return insertKey(s, k);
  if (s.mode === 'command') return commandKey(s, k);
  return normalKey({ ...s, message: s.pending === '' ? s.message : '', error: s.pending === '' ? s.error : false }, k);
}

function insertKey(s: ViState, k: Key): ViOutcome {
  if (k.key === 'Escape' || isCtrl(k, '[')) {
    const changed = s.insertFrom !== null && s.insertFrom.text !== s.text;
    const undo = changed && s.insertFrom ? [...s.undo, s.insertFrom] : s.undo;
    const cursor = s.cursor > lineStart(s.text, s.cursor) ? s.cursor - 1 : s.cursor;
    return ok({ ...s, mode: 'normal', message: '', insertFrom: null, undo, redo: changed ? [] : s.redo, cursor: clampNormal(s.text, cursor) });
  }
  // YAML takes no tabs: Tab indents with two spaces. Shift-Tab still leaves the text area.
  if (isBare(k, 'Tab')) return ok({ ...s, ...splice(s, s.cursor, s.cursor, '  ') });
  if (k.key === 'Enter' && !k.ctrl && !k.alt && !k.meta) return ok({ ...s, ...splice(s, s.cursor, s.cursor, `\n${indentOf(s.text, s.cursor)}`) });
  return ok(s, false);
}

function commandKey(s: ViState, k: Key): ViOutcome {
  if (k.key === 'Escape' || isCtrl(k, 'c') || isCtrl(k, '[')) return ok({ ...s, mode: 'normal', command: '' });
  if (k.key === 'Backspace') return ok(s.command.length <= 1 ? { ...s, mode: 'normal', command: '' } : { ...s, command: s.command.slice(0, -1) });
  if (k.key === 'Enter') {
    const line = s.command;
    const back = { ...s, mode: 'normal' as const, command: '' };
    return line.startsWith('/') ? ok(searchNext({ ...back, search: line.slice(1) || s.search }, 1)) : exCommand(back, line.slice(1));
  }
  if (isPrintable(k)) return ok({ ...s, command: s.command + k.key });
  return ok(s);
}

/** Records the text before a change, for `u`. */
const changing = (s: ViState): ViState => ({ ...s, undo: [...s.undo, { text: s.text, cursor: s.cursor }], redo: [] });
const insertAt = (s: ViState, cursor: number): ViState => ({ ...s, cursor, mode: 'insert', insertFrom: { text: s.text, cursor: s.cursor }, message: '-- INSERT --' });
const moveTo = (s: ViState, cursor: number): ViOutcome => ok({ ...s, pending: '', cursor: clampNormal(s.text, cursor) });

function normalKey(s: ViState, k: Key): ViOutcome {
  if (k.key === 'Escape') return ok({ ...s, pending: '' });
  if (isCtrl(k, 'r')) return ok(undoStep(s, 'redo'));
  if (k.ctrl || k.alt || k.meta) return ok(s, false);
  const [, digits = '', op = ''] = /^(\d*)(.*)$/.exec(s.pending) ?? [];
  if (op === '' && /^[0-9]$/.test(k.key) && (k.key !== '0' || digits !== '')) return ok({ ...s, pending: s.pending + k.key });
  const n = Math.max(1, Number.parseInt(digits, 10) || 1);
  const t = s.text;
  const c = s.cursor;
  const key = op + k.key;
  const fresh = { ...s, pending: '' };
  switch (key) {
    case 'h': case 'ArrowLeft': case 'Backspace': return moveTo(fresh, left(t, c, n));
    case 'l': case 'ArrowRight': case ' ': return moveTo(fresh, right(t, c, n));
    case 'j': case 'ArrowDown': case 'Enter': case '+': return moveTo(fresh, key === 'j' || key === 'ArrowDown' ? vertical(t, c, n) : firstNonBlank(t, vertical(t, c, n)));
    case 'k': case 'ArrowUp': case '-': return moveTo(fresh, key === '-' ? firstNonBlank(t, vertical(t, c, -n)) : vertical(t, c, -n));
    case '0': case 'Home': return moveTo(fresh, lineStart(t, c));
    case '^': return moveTo(fresh, firstNonBlank(t, c));
    case '$': case 'End': return moveTo(fresh, lineEnd(t, c));
    case 'w': case 'W': return moveTo(fresh, repeat(n, c, (x) => wordForward(t, x)));
    case 'b': case 'B': return moveTo(fresh, repeat(n, c, (x) => wordBackward(t, x)));
    case 'e': case 'E': return moveTo(fresh, repeat(n, c, (x) => wordEnd(t, x)));
    case 'G': return moveTo(fresh, lineNumber(t, digits ? n - 1 : lineCount(t) - 1));
    case 'gg': return moveTo(fresh, lineNumber(t, n - 1));
    case 'i': case 'Insert': return ok(insertAt(fresh, c));
    case 'a': return ok(insertAt(fresh, Math.min(lineEnd(t, c), c + (lineEnd(t, c) > lineStart(t, c) ? 1 : 0))));
    case 'I': return ok(insertAt(fresh, firstNonBlank(t, c)));
    case 'A': return ok(insertAt(fresh, lineEnd(t, c)));
    case 'o': case 'O': return ok(openLine(fresh, key === 'o'));
    case 'x': case 'Delete': case 'X': return ok(deleteChars(fresh, n, key === 'X'));
    case 'dd': case 'cc': case 'S': return ok(deleteLines(fresh, n, key !== 'dd'));
    case 'D': case 'd$': case 'C': case 'c$': return ok(deleteRange(fresh, c, lineEnd(t, c), key.includes('C') || key === 'c$'));
    case 'dw': case 'dW': return ok(deleteRange(fresh, c, Math.min(repeat(n, c, (x) => wordForward(t, x)), lineEnd(t, c))));
    case 'cw': case 'cW': case 'ce': return ok(deleteRange(fresh, c, Math.min(repeat(n, c, (x) => wordEnd(t, x)) + 1, lineEnd(t, c)), true));
    case 'yy': case 'Y': return ok({ ...fresh, register: { text: cutLines(t, c, n).cut, linewise: true }, message: n > 1 ? `${n} lines yanked` : '' });
    case 'p': case 'P': return ok(put(fresh, key === 'p', n));
    case 'J': return ok(joinLines(fresh, Math.max(2, n)));
    case 'u': return ok(undoStep(fresh, 'undo'));
    case 'n': case 'N': return ok(searchNext(fresh, key === 'n' ? 1 : -1));
    case ':': case '/': return ok({ ...fresh, mode: 'command', command: key, message: '' });
    case 'ZZ': return exCommand(fresh, 'x');
    case 'ZQ': return exCommand(fresh, 'q!');
  }
  if (op === 'r' && isPrintable(k)) return ok(replaceChar(fresh, k.key));
  if (op === '' && ['d', 'c', 'y', 'g', 'Z', 'r'].includes(k.key)) return ok({ ...s, pending: s.pending + k.key });
  // Unknown keys do nothing in normal mode; above all they must not type into the text.
  return ok(fresh, isPrintable(k) || k.key === 'Backspace' || k.key === 'Enter');
}

function repeat(n: number, from: number, step: (at: number) => number): number {
  let at = from;
  for (let i = 0; i < n; i++) at = step(at);
  return at;
}

function openLine(s: ViState, below: boolean): ViState {
  const indent = indentOf(s.text, s.cursor);
  const at = below ? lineEnd(s.text, s.cursor) : lineStart(s.text, s.cursor);
  const started = insertAt(s, s.cursor);
  const insert = below ? `\n${indent}` : `${indent}\n`;
  return { ...started, ...splice(s, at, at, insert, below ? at + insert.length : at + indent.length) };
}

function deleteChars(s: ViState, n: number, before: boolean): ViState {
  const start = lineStart(s.text, s.cursor);
  const end = lineEnd(s.text, s.cursor);
  const from = before ? Math.max(start, s.cursor - n) : s.cursor;
  const to = before ? s.cursor : Math.min(end, s.cursor + n);
  if (from >= to) return s;
  const next = changing(s);
  return { ...next, ...splice(s, from, to, '', clampNormal(s.text.slice(0, from) + s.text.slice(to), from)), register: { text: s.text.slice(from, to), linewise: false } };
}

function deleteLines(s: ViState, n: number, change: boolean): ViState {
  if (change) {
    const start = lineStart(s.text, s.cursor);
    const first = firstNonBlank(s.text, s.cursor);
    const end = lineEnd(s.text, s.cursor);
    const keep = first < end ? first : end;
    return { ...insertAt(s, keep), ...splice(s, keep, end, '', keep), register: { text: `${s.text.slice(start, end)}\n`, linewise: true } };
  }
  const next = changing(s);
  const cut = cutLines(s.text, s.cursor, n);
  return { ...next, text: cut.text, cursor: firstNonBlank(cut.text, cut.cursor), register: { text: cut.cut, linewise: true } };
}

function deleteRange(s: ViState, from: number, to: number, thenInsert = false): ViState {
  const text = s.text.slice(0, from) + s.text.slice(to);
  const register = { text: s.text.slice(from, to), linewise: false };
  // An insert records its own undo step when it ends.
  return thenInsert ? { ...insertAt(s, from), text, register } : { ...changing(s), text, cursor: clampNormal(text, from), register };
}

function put(s: ViState, after: boolean, n: number): ViState {
  const reg = s.register;
  if (!reg) return { ...s, message: 'E353: Nothing in register "', error: true };
  const next = changing(s);
  const body = reg.text.repeat(n);
  if (!reg.linewise) {
    const at = after && lineEnd(s.text, s.cursor) > s.cursor ? s.cursor + 1 : s.cursor;
    return { ...next, ...splice(s, at, at, body, at + body.length - 1) };
  }
  if (!after) {
    const at = lineStart(s.text, s.cursor);
    const placed = splice(s, at, at, body, at);
    return { ...next, text: placed.text, cursor: firstNonBlank(placed.text, at) };
  }
  const end = lineEnd(s.text, s.cursor);
  // After the last line of a text with no final newline, the newline goes first.
  const placed = end === s.text.length ? splice(s, end, end, `\n${body.slice(0, -1)}`, end + 1) : splice(s, end + 1, end + 1, body, end + 1);
  return { ...next, text: placed.text, cursor: firstNonBlank(placed.text, placed.cursor) };
}

function joinLines(s: ViState, lines: number): ViState {
  let { text, cursor } = s;
  for (let i = 1; i < lines; i++) {
    const end = lineEnd(text, cursor);
    if (end >= text.length) break;
    const rest = /^[ \t]*/.exec(text.slice(end + 1))?.[0].length ?? 0;
    text = `${text.slice(0, end)} ${text.slice(end + 1 + rest)}`;
    cursor = end;
  }
  return text === s.text ? s : { ...changing(s), text, cursor };
}

function replaceChar(s: ViState, ch: string): ViState {
  if (s.cursor >= lineEnd(s.text, s.cursor)) return s;
  return { ...changing(s), ...splice(s, s.cursor, s.cursor + 1, ch, s.cursor) };
}

function undoStep(s: ViState, which: 'undo' | 'redo'): ViState {
  const from = which === 'undo' ? s.undo : s.redo;
  const snap = from[from.length - 1];
  if (!snap) return { ...s, pending: '', message: which === 'undo' ? 'Already at oldest change' : 'Already at newest change', error: false };
  const here = { text: s.text, cursor: s.cursor };
  const rest = from.slice(0, -1);
  const lists = which === 'undo' ? { undo: rest, redo: [...s.redo, here] } : { redo: rest, undo: [...s.undo, here] };
  return { ...s, ...lists, pending: '', text: snap.text, cursor: clampNormal(snap.text, snap.cursor), message: '' };
}
