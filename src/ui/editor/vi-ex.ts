/**
 * vi's command line: `:w`, `:q`, `:wq`, `:x`, `:q!`, `:e!`, `:N` (go to line), and `/` searches,
 * with vim's messages. Pure.
 */
import { lineCount, utf8Length, type KeyOutcome } from './text';
import type { ViState } from './vi';
import { clampNormal, lineNumber } from './vi-motion';

/** Writes the buffer: what the caller gets back, and vim's "written" message. */
function write(s: ViState): ViState {
  return { ...s, saved: s.text, written: s.text, message: `"${s.fileName}" ${lineCount(s.text)}L, ${utf8Length(s.text)}B written`, error: false };
}

const fail = (s: ViState, message: string): KeyOutcome<ViState> => ({ state: { ...s, message, error: true }, handled: true });
const quit = (s: ViState): KeyOutcome<ViState> => ({ state: s, handled: true, done: { text: s.written } });
const stay = (s: ViState): KeyOutcome<ViState> => ({ state: s, handled: true });

/** Runs `line` (what followed the `:`). */
export function exCommand(s: ViState, line: string): KeyOutcome<ViState> {
  const cmd = line.trim().replace(/^:+/, '');
  const [word = '', ...rest] = cmd.split(/\s+/);
  const bang = word.endsWith('!');
  const name = bang ? word.slice(0, -1) : word;
  const modified = s.text !== s.saved;
  if (cmd === '') return stay(s);
  if (/^\d+$/.test(cmd)) return stay({ ...s, cursor: lineNumber(s.text, Number(cmd) - 1) });
  if (cmd === '$') return stay({ ...s, cursor: lineNumber(s.text, lineCount(s.text) - 1) });
  switch (name) {
    case 'w':
    case 'write':
      // `:w other-file` would write a copy elsewhere; this editor has only its own file.
      if (rest.length > 0) return fail(s, `Only "${s.fileName}" can be written in this editor`);
      return stay(write(s));
    case 'q':
    case 'quit':
    case 'qa':
    case 'qall':
      if (modified && !bang) return fail(s, 'E37: No write since last change (add ! to override)');
      return quit(s);
    case 'wq':
    case 'wqa':
    case 'wqall':
      return quit(write(s));
    case 'x':
    case 'xit':
    case 'xa':
    case 'exit':
      return quit(modified ? write(s) : s);
    case 'e':
    case 'edit':
      if (modified && !bang) return fail(s, 'E37: No write since last change (add ! to override)');
      return stay({ ...s, text: s.saved, cursor: clampNormal(s.saved, s.cursor), undo: [...s.undo, { text: s.text, cursor: s.cursor }], message: `"${s.fileName}" ${lineCount(s.saved)}L, ${utf8Length(s.saved)}B` });
    case 'set':
    case 'se':
    case 'syntax':
    case 'sy':
    case 'noh':
    case 'nohlsearch':
    case 'filetype':
      // Display settings: this editor already numbers nothing and colours YAML.
      return stay(s);
  }
  return fail(s, `E492: Not an editor command: ${cmd}`);
}

/** `n` (1) or `N` (-1): the next match of the last search, wrapping around the text as vim does. */
export function searchNext(s: ViState, direction: 1 | -1): ViState {
  const pattern = s.search;
  if (!pattern) return { ...s, message: 'E35: No previous regular expression', error: true };
  const t = s.text;
  let at = direction === 1 ? t.indexOf(pattern, s.cursor + 1) : s.cursor > 0 ? t.lastIndexOf(pattern, s.cursor - 1) : -1;
  let message = direction === 1 ? `/${pattern}` : `?${pattern}`;
  if (at < 0) {
    at = direction === 1 ? t.indexOf(pattern) : t.lastIndexOf(pattern);
    message = direction === 1 ? 'search hit BOTTOM, continuing at TOP' : 'search hit TOP, continuing at BOTTOM';
  }
  if (at < 0) return { ...s, message: `E486: Pattern not found: ${pattern}`, error: true };
  return { ...s, cursor: at, message, error: false };
}
