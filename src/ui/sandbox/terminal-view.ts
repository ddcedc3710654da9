/**
 * The real terminal, xterm.js with the sandbox's look: the part of the sandbox that is loaded only
 * when the learner is about to type (lazy-terminal.ts `import()`s this file, with xterm.js and its
 * stylesheet). Nothing else may import it statically.
 */
import '../../terminal/styles';
import { openTerminal, type TerminalView } from '../../terminal/terminal-session';
import { TERMINAL_FONT_SIZE, TERMINAL_THEME } from './terminal-theme';

/**
 * Opens xterm.js in `element`, sized to it; `fontFamily` is the site's --font-mono, `inputLabel`
 * the page language's name for the terminal's input (xterm.js's is English and global).
 */
export function openSandboxTerminal(element: HTMLElement, fontFamily: string, inputLabel: string): TerminalView {
  return openTerminal(element, {
    inputLabel,
    theme: TERMINAL_THEME,
    screenReaderMode: true,
    fontSize: TERMINAL_FONT_SIZE,
    fontFamily: fontFamily || 'monospace',
  });
}
