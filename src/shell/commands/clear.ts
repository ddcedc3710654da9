/** `clear`: the escape sequence that homes the cursor and erases the screen and scrollback. */
import type { Command } from '../types';

export const CLEAR_SEQUENCE = '\x1b[H\x1b[2J\x1b[3J';

export const clear: Command = { execute: () => ({ stdout: CLEAR_SEQUENCE, stderr: '', exitCode: 0 }) };
