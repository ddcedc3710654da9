/**
 * One editing session, vi or nano, behind one interface: feed it keys, read what the panel shows
 * (title, status line, key help, whether vi's block cursor is drawn). Pure; editor-panel.ts is the
 * DOM around it.
 */
import { nanoKey, nanoModified, nanoStart, type NanoState } from './nano';
import type { Key, Snapshot } from './text';
import { viKey, viModified, viStart, type ViState } from './vi';

export type EditorMode = 'vi' | 'nano';

export interface EditorScreen {
  title: string;
  modified: boolean;
  /** The bottom line: a message, vi's `-- INSERT --` or command line, nano's question. */
  status: string;
  statusKind: 'info' | 'error' | 'prompt';
  /** The keys that matter now. */
  help: string;
  /** vi's normal mode: the cursor is a block on a character, and the textarea's caret is hidden. */
  block: boolean;
}

export interface EditorSession {
  readonly mode: EditorMode;
  readonly text: string;
  readonly cursor: number;
  /** What has been written so far (undefined: nothing), returned when the editor is cancelled. */
  readonly written: string | undefined;
  /** Handles a key on the text as the textarea has it now; `done` when the editor closes. */
  key(now: Snapshot, key: Key): { handled: boolean; done?: { text: string | undefined } };
  /** The textarea changed by itself (typing, paste, a click moving the caret). */
  sync(now: Snapshot): void;
  screen(): EditorScreen;
}

const VI_HELP = 'i insert · Esc normal mode · :w write · :wq write and quit · :q! quit without saving · dd delete line · u undo';
const NANO_HELP = '^O Write Out · ^S Save · ^X Exit · ^K Cut line · ^U Paste · Esc then Tab: leave the text';

export function startSession(mode: EditorMode, fileName: string, text: string): EditorSession {
  return mode === 'nano' ? nanoSession(nanoStart(fileName, text)) : viSession(viStart(fileName, text));
}

function viSession(initial: ViState): EditorSession {
  let s = initial;
  return {
    mode: 'vi',
    get text() { return s.text; },
    get cursor() { return s.cursor; },
    get written() { return s.written; },
    key(now, key) {
      const out = viKey({ ...s, ...now }, key);
      s = out.state;
      return out;
    },
    sync(now) {
      s = { ...s, ...now };
    },
    screen() {
      const status = s.mode === 'command' ? s.command : s.mode === 'insert' ? '-- INSERT --' : s.message;
      const help = s.mode === 'command' ? 'Enter run · Esc cancel' : s.mode === 'insert' ? 'Esc back to normal mode, then :wq to write and quit' : `${VI_HELP} · Tab: leave the text`;
      return {
        title: `vi ${s.fileName}`,
        modified: viModified(s),
        status,
        statusKind: s.mode === 'command' ? 'prompt' : s.error ? 'error' : 'info',
        help,
        block: s.mode !== 'insert',
      };
    },
  };
}

function nanoSession(initial: NanoState): EditorSession {
  let s = initial;
  return {
    mode: 'nano',
    get text() { return s.text; },
    get cursor() { return s.cursor; },
    get written() { return s.written; },
    key(now, key) {
      const out = nanoKey({ ...s, ...now }, key);
      s = out.state;
      return out;
    },
    sync(now) {
      s = { ...s, ...now };
    },
    screen() {
      const status = s.prompt === 'save' ? 'Save modified buffer?' : s.prompt === 'write' ? `File Name to Write: ${s.fileName}` : s.message;
      const help = s.prompt === 'save' ? 'Y Yes · N No · ^C Cancel' : s.prompt === 'write' ? 'Enter write · ^C Cancel' : NANO_HELP;
      return { title: `GNU nano 7.2  ${s.fileName}`, modified: nanoModified(s), status, statusKind: s.prompt ? 'prompt' : 'info', help, block: false };
    },
  };
}
