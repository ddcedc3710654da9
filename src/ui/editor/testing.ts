/**
 * Drives an editor session as the panel does, with a stand-in for the textarea's own behaviour
 * (keys the session leaves unhandled type into the text), for tests.
 */
import type { EditorSession } from './session';
import { lineEnd, lineOf, lineStart, offsetOfLine, type Key } from './text';

/** A textarea's Up/Down: the same column on the next or previous line, or that line's end. */
function verticalMove(text: string, at: number, by: number): number {
  const line = lineOf(text, at) + by;
  if (line < 0) return 0;
  if (line > lineOf(text, text.length)) return text.length;
  const start = offsetOfLine(text, line);
  return Math.min(start + (at - lineStart(text, at)), lineEnd(text, start));
}

/** `<Esc>`, `<CR>`, `<BS>`, `<Tab>`, `<S-Tab>`, `<Up>`..., `<C-x>`; anything else is typed as is. */
export function parseKeys(keys: string): Key[] {
  const named: Record<string, Key> = {
    Esc: { key: 'Escape' }, CR: { key: 'Enter' }, BS: { key: 'Backspace' }, Tab: { key: 'Tab' }, 'S-Tab': { key: 'Tab', shift: true },
    Up: { key: 'ArrowUp' }, Down: { key: 'ArrowDown' }, Left: { key: 'ArrowLeft' }, Right: { key: 'ArrowRight' }, Del: { key: 'Delete' },
  };
  const out: Key[] = [];
  for (const m of keys.matchAll(/<([^<>]+)>|([\s\S])/g)) {
    const name = m[1];
    if (name === undefined) out.push({ key: m[2] ?? '' });
    else if (name.startsWith('C-')) out.push({ key: name.slice(2), ctrl: true });
    else out.push(named[name] ?? { key: `<${name}>` });
  }
  return out;
}

export interface Typed {
  /** The result when the editor closed (undefined: never closed). */
  done?: { text: string | undefined };
  /** Keys the browser would have handled itself: typed text, and focus moves. */
  passed: string[];
}

export function typeInto(session: EditorSession, keys: string): Typed {
  let text = session.text;
  let cursor = session.cursor;
  const passed: string[] = [];
  for (const key of parseKeys(keys)) {
    const out = session.key({ text, cursor }, key);
    if (out.done) return { done: out.done, passed };
    if (out.handled) {
      text = session.text;
      cursor = session.cursor;
      continue;
    }
    passed.push(key.key);
    if (key.key.length === 1 && !key.ctrl) {
      text = text.slice(0, cursor) + key.key + text.slice(cursor);
      cursor += 1;
    } else if (key.key === 'Backspace' && cursor > 0) {
      text = text.slice(0, cursor - 1) + text.slice(cursor);
      cursor -= 1;
    } else if (key.key === 'ArrowLeft') cursor = Math.max(0, cursor - 1);
    else if (key.key === 'ArrowRight') cursor = Math.min(text.length, cursor + 1);
    else if (key.key === 'ArrowDown' || key.key === 'ArrowUp') cursor = verticalMove(text, cursor, key.key === 'ArrowDown' ? 1 : -1);
    session.sync({ text, cursor });
  }
  return { passed };
}
