/** `echo` (the bash builtin): `-n` no newline, `-e` escapes, `-E` none; other dashes are text. */
import type { Command } from '../types';
import { ok } from './output';

export const echo: Command = {
  execute(args) {
    let newline = true;
    let escapes = false;
    let i = 0;
    for (; i < args.length; i++) {
      const arg = args[i] ?? '';
      if (!/^-[neE]+$/.test(arg)) break;
      for (const c of arg.slice(1)) {
        if (c === 'n') newline = false;
        else escapes = c === 'e';
      }
    }
    let text = args.slice(i).join(' ');
    if (escapes) {
      const decoded = decodeEscapes(text);
      text = decoded.text;
      if (decoded.stop) return ok(text);
    }
    return ok(newline ? `${text}\n` : text);
  },
};

/** echo -e / printf %b escapes. `\c` stops all further output. */
export function decodeEscapes(text: string): { text: string; stop: boolean } {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c !== '\\' || i + 1 >= text.length) {
      out += c;
      continue;
    }
    const next = text.charAt(++i);
    const simple: Record<string, string> = { a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };
    if (next in simple) out += simple[next];
    else if (next === 'c') return { text: out, stop: true };
    else if (next === '0') {
      const digits = /^[0-7]{0,3}/.exec(text.slice(i + 1))?.[0] ?? '';
      out += String.fromCharCode(parseInt(digits || '0', 8));
      i += digits.length;
    } else if (next === 'x' && /^[0-9a-fA-F]/.test(text.slice(i + 1))) {
      const digits = /^[0-9a-fA-F]{1,2}/.exec(text.slice(i + 1))?.[0] ?? '';
      out += String.fromCharCode(parseInt(digits, 16));
      i += digits.length;
    } else if ((next === 'u' || next === 'U') && /^[0-9a-fA-F]/.test(text.slice(i + 1))) {
      const digits = new RegExp(`^[0-9a-fA-F]{1,${next === 'u' ? 4 : 8}}`).exec(text.slice(i + 1))?.[0] ?? '';
      out += String.fromCodePoint(Math.min(parseInt(digits, 16), 0x10ffff));
      i += digits.length;
    } else out += `\\${next}`;
  }
  return { text: out, stop: false };
}
