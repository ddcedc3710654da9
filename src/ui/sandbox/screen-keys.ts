/**
 * The static screen's keyboard (static-screen.ts), as pure functions: which key presses become
 * terminal input — the same bytes xterm.js would send for them, so the shell's line editor
 * (src/terminal/key-decoder.ts) reads them as if typed into the real terminal once it is up — and
 * what the screen shows of them meanwhile.
 */

/** The parts of a KeyboardEvent that decide what it types. */
export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly altKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly isComposing?: boolean;
}

const ESC = '\x1b';
export const PASTE_START = '\x1b[200~';
export const PASTE_END = '\x1b[201~';

/** Keys with a name (event.key) and what a terminal sends for them (xterm.js's normal cursor mode). */
const NAMED: Readonly<Record<string, string>> = {
  Enter: '\r',
  Backspace: '\x7f',
  Tab: '\t',
  Escape: ESC,
  ArrowUp: '\x1b[A',
  ArrowDown: '\x1b[B',
  ArrowRight: '\x1b[C',
  ArrowLeft: '\x1b[D',
  Home: '\x1b[H',
  End: '\x1b[F',
  Delete: '\x1b[3~',
};

/** Ctrl with ←/→ moves by words (CSI 1;5 C/D), as xterm.js sends it. */
const CTRL_ARROWS: Readonly<Record<string, string>> = { ArrowRight: '\x1b[1;5C', ArrowLeft: '\x1b[1;5D' };

/**
 * What the terminal would receive for this key press, or undefined when the key is not the
 * terminal's: it is then left to the browser (Shift-Tab moves the focus back, Ctrl-V and Cmd-V
 * paste through the paste event, function keys and shortcuts keep their meaning).
 */
export function terminalInputOf(press: KeyPress): string | undefined {
  const { key, ctrlKey, altKey, metaKey, shiftKey } = press;
  if (press.isComposing || metaKey) return undefined;
  if (ctrlKey && !altKey) {
    if (CTRL_ARROWS[key]) return CTRL_ARROWS[key];
    // Ctrl-letter is the letter's control character (Ctrl-C is \x03); Ctrl-V stays the browser's paste.
    if (/^[a-z]$/i.test(key) && key.toLowerCase() !== 'v' && !shiftKey) return String.fromCharCode(key.toLowerCase().charCodeAt(0) - 96);
    return undefined;
  }
  if (key === 'Tab' && shiftKey) return undefined;
  const named = NAMED[key];
  if (named !== undefined) return altKey && key === 'Backspace' ? ESC + named : altKey ? undefined : named;
  if (!isPrintable(key)) return undefined;
  // Alt with a character is Meta: ESC then the character (Alt-b moves back a word).
  return altKey ? ESC + key : key;
}

/** One character (a surrogate pair counts as one), not a control character: what event.key is for typing. */
function isPrintable(key: string): boolean {
  if ([...key].length !== 1) return false;
  const code = key.codePointAt(0) ?? 0;
  return code >= 0x20 && code !== 0x7f && !(code >= 0x80 && code < 0xa0);
}

/** Pasted text as the terminal receives it (bracketed paste: its tabs and line breaks are text). */
export function pasteInput(text: string): string {
  return PASTE_START + text.split(PASTE_END).join('') + PASTE_END;
}

/**
 * What the static screen shows after the prompt for the inputs so far: typed characters and pastes,
 * Backspace, Enter as a new line. Other keys (arrows, Tab, Ctrl-…) are left for the real terminal,
 * which replays every input when it is up and draws the line exactly.
 */
export function echoOf(inputs: readonly string[]): string {
  const lines: string[][] = [[]];
  const add = (text: string) => {
    for (const char of text) {
      if (char === '\n') lines.push([]);
      else if (isPrintable(char)) lines[lines.length - 1]?.push(char);
    }
  };
  for (const input of inputs) {
    if (input.startsWith(PASTE_START)) add(input.slice(PASTE_START.length, input.length - PASTE_END.length).replace(/\r\n?/g, '\n'));
    else if (input === '\r') lines.push([]);
    else if (input === '\x7f') lines[lines.length - 1]?.pop();
    else if (isPrintable(input)) add(input);
  }
  return lines.map((line) => line.join('')).join('\n');
}

/** A prompt as plain text: without the colour and title escapes a PS1 may carry. */
export function plainPrompt(prompt: string): string {
  return prompt
    .replace(/\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)/g, '') // OSC (window title)
    .replace(/\x1b\[[0-9;?]*[\x20-\x2f]*[\x40-\x7e]/g, '') // CSI (colours)
    .replace(/[\x00-\x09\x0b-\x1f\x7f]/g, '');
}
