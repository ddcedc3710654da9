/**
 * nano's keys as a pure state machine: typing is left to the browser's textarea; ^O writes (after
 * the "File Name to Write" prompt), ^S saves at once, ^X exits (asking "Save modified buffer?" when
 * there are changes), ^K cuts lines and ^U pastes them, with nano's messages.
 */
import { cutLines, indentOf, isBare, isCtrl, lineCount, lineStart, splice, type Key, type KeyOutcome, type Snapshot } from './text';

export interface NanoState extends Snapshot {
  fileName: string;
  /** The question on the bottom line, if any. */
  prompt: null | 'save' | 'write';
  /** The write prompt came from ^X: exit once written. */
  exitAfterWrite: boolean;
  message: string;
  saved: string;
  written: string | undefined;
  /** Lines cut with ^K; consecutive cuts add up, as nano's cutbuffer does. */
  cut: string;
  lastWasCut: boolean;
  /** Esc was just pressed: the next Tab leaves the text area instead of indenting. */
  escaped: boolean;
}

export type NanoOutcome = KeyOutcome<NanoState>;

export function nanoStart(fileName: string, text: string): NanoState {
  const lines = lineCount(text);
  return {
    fileName, text, cursor: 0, prompt: null, exitAfterWrite: false, saved: text, written: undefined, cut: '', lastWasCut: false, escaped: false,
    message: text === '' ? '[ New File ]' : `[ Read ${lines} line${lines === 1 ? '' : 's'} ]`,
  };
}

export const nanoModified = (s: NanoState): boolean => s.text !== s.saved;

function write(s: NanoState): NanoState {
  const lines = lineCount(s.text);
  return { ...s, prompt: null, saved: s.text, written: s.text, message: `[ Wrote ${lines} line${lines === 1 ? '' : 's'} ]` };
}

const ok = (state: NanoState, handled = true): NanoOutcome => ({ state, handled });
const cancelled = (s: NanoState): NanoOutcome => ok({ ...s, prompt: null, exitAfterWrite: false, message: '[ Cancelled ]' });

export function nanoKey(state: NanoState, k: Key): NanoOutcome {
  const s = { ...state, escaped: false };
  if (s.prompt === 'save') {
    if (!k.ctrl && (k.key === 'y' || k.key === 'Y')) return ok({ ...s, prompt: 'write', exitAfterWrite: true, message: '' });
    if (!k.ctrl && (k.key === 'n' || k.key === 'N')) return { state: { ...s, prompt: null }, handled: true, done: { text: s.written } };
    if (isCtrl(k, 'c') || k.key === 'Escape') return cancelled(s);
    return ok(s);
  }
  if (s.prompt === 'write') {
    if (k.key === 'Enter') {
      const written = write(s);
      return s.exitAfterWrite ? { state: written, handled: true, done: { text: written.written } } : ok(written);
    }
    if (isCtrl(k, 'c') || k.key === 'Escape') return cancelled(s);
    return ok(s);
  }
  const wasCut = s.lastWasCut;
  const next = { ...s, lastWasCut: false };
  if (isCtrl(k, 'o')) return ok({ ...next, prompt: 'write', exitAfterWrite: false, message: '' });
  if (isCtrl(k, 's')) return ok(write(next));
  if (isCtrl(k, 'x')) {
    if (nanoModified(s)) return ok({ ...next, prompt: 'save', message: '' });
    return { state: next, handled: true, done: { text: s.written } };
  }
  if (isCtrl(k, 'k')) {
    if (s.text === '') return ok(next);
    const cut = cutLines(s.text, s.cursor, 1);
    return ok({ ...next, text: cut.text, cursor: lineStart(cut.text, cut.cursor), cut: (wasCut ? s.cut : '') + cut.cut, lastWasCut: true, message: '' });
  }
  if (isCtrl(k, 'u')) {
    if (s.cut === '') return ok({ ...next, message: '[ Cutbuffer is empty ]' });
    const at = lineStart(s.text, s.cursor);
    return ok({ ...next, ...splice(s, at, at, s.cut) });
  }
  if (isCtrl(k, 'g')) return ok({ ...next, message: '^O write  ^S save  ^X exit  ^K cut line  ^U paste' });
  if (k.key === 'Escape') return ok({ ...next, escaped: true });
  if (isBare(k, 'Tab')) {
    // Tab indents with two spaces (YAML takes no tabs); right after Esc it moves the focus on.
    return state.escaped ? ok(next, false) : ok({ ...next, ...splice(s, s.cursor, s.cursor, '  ') });
  }
  if (k.key === 'Enter' && !k.ctrl && !k.alt && !k.meta) return ok({ ...next, ...splice(s, s.cursor, s.cursor, `\n${indentOf(s.text, s.cursor)}`) });
  // Typing: the textarea takes it; the message has been read by now.
  return ok({ ...next, message: '' }, false);
}
