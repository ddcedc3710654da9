// The terminal: the only part of Kubedojo that uses xterm.js. Pages mount it with mountTerminal (and
// import '@xterm/xterm/css/xterm.css' themselves). This entry is for the browser bundle: in plain Node,
// @xterm/xterm has no ES named exports, so Node code imports the pure modules (line-editor, history,
// shell-session) directly instead.
export { mountTerminal, openTerminal } from './terminal-session';
export type { MountOptions, TerminalHandle, TerminalView, ViewOptions } from './terminal-session';
export { connectShell } from './shell-session';
export type { CommandResult, SessionOptions, ShellSession, TerminalPort } from './shell-session';
export { LineEditor } from './line-editor';
export type { LineEditorOptions } from './line-editor';
export { CLEAR_SCREEN } from './effects';
export type { Effect, EditorMode } from './effects';
export { History, HISTORY_LIMIT } from './history';
export type { CompletionResult, Completer } from './completion';
export { LEAVE_TERMINAL_HINT } from './focus-escape';
