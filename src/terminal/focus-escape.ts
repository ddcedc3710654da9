// Keyboard users must be able to leave the terminal (WCAG 2.1.2, no keyboard trap), but inside it Tab
// completes. As in VS Code's terminal, Escape followed by Tab (or Shift-Tab) lets the browser move
// focus on; Escape alone still reaches the terminal (it ends a Ctrl-R search).

/** The hint a page shows next to the terminal. */
export const LEAVE_TERMINAL_HINT = 'Press Esc then Tab to move focus out of the terminal.';

const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta']);

/** A handler for xterm.js's attachCustomKeyEventHandler: false means "not for the terminal". */
export function escapeThenTabLeaves(): (event: Pick<KeyboardEvent, 'type' | 'key'>) => boolean {
  let escaped = false;
  return (event) => {
    if (event.type !== 'keydown' || MODIFIERS.has(event.key)) return true;
    if (event.key === 'Tab' && escaped) {
      escaped = false;
      return false;
    }
    escaped = event.key === 'Escape';
    return true;
  };
}
