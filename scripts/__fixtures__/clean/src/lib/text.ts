// @ts-nocheck: a fixture for scripts/check-layers.test.ts, read as text and never compiled.
/** Mentioning Date.now(), Math.random() or setTimeout( in a comment is harmless. */
export function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - text.length));
}

// import { readFileSync } from 'node:fs';
export const advice = "never call Date.now() or window.alert() in src/sim, nor import 'node:fs'";
export const banner = (n: number) => `new Date() ${n > 1 ? `s${'setInterval('}` : '/'} document.title`;
export const looksLikeImport = /import x from 'node:fs'; Math.random()/g;
export const half = (n: number) => n / 2 / 1;
