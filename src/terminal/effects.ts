// What the line editor asks of its host. The editor is a pure state machine; the host (the terminal
// session, or a test) performs these in order.

export type Effect =
  /** ANSI text for the terminal. */
  | { write: string }
  /** A complete command (its lines joined with \n). The editor waits; call start() when it has run. */
  | { submit: string }
  /** Tab: ask the shell for completions and pass the answer to completed(). */
  | { complete: { line: string; cursor: number } }
  /** Ctrl-C: stop the running command, if any. */
  | { interrupt: true }
  /** Ctrl-L: erase the screen and home the cursor (write CLEAR_SCREEN) before the writes that follow. */
  | { clear: true }
  /** Ctrl-D on an empty line: the shell should exit. The editor waits; call start() to go on. */
  | { eof: true };

/**
 * waiting: no prompt is shown (before the first start(), or while a command runs) and input is kept
 * as type-ahead; completing: a completion was asked for; confirming: "Display all …? (y or n)".
 */
export type EditorMode = 'waiting' | 'editing' | 'searching' | 'completing' | 'confirming';

/** Home the cursor and erase the screen (what readline's clear-screen sends; scrollback stays). */
export const CLEAR_SCREEN = '\x1b[H\x1b[2J';

export const BELL = '\x07';
