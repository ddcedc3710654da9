/**
 * The terminal's colours: dark in both site themes, as terminals usually are, from the site's
 * terminal tokens (src/ui/styles/tokens.css). Text on background keeps at least 4.5:1.
 * Used by xterm.js (terminal-view.ts) and by the static screen shown before it (static-screen.ts).
 */
import type { ViewOptions } from '../../terminal/terminal-session';

export const TERMINAL_THEME: NonNullable<ViewOptions['theme']> = {
  background: '#11151d',
  foreground: '#d7dce6',
  cursor: '#d7dce6',
  cursorAccent: '#11151d',
  selectionBackground: '#3d4f73',
  black: '#11151d',
  brightBlack: '#8a94a6',
  red: '#ff7b72',
  green: '#6fd3a0',
  yellow: '#e3c26b',
  blue: '#7aa7ff',
  magenta: '#d2a8ff',
  cyan: '#76d9e6',
  white: '#d7dce6',
  brightWhite: '#ffffff',
};

/** CSS px; the font is the site's --font-mono. */
export const TERMINAL_FONT_SIZE = 14;
