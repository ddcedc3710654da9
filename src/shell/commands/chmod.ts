/** `chmod` with octal modes (755) and symbolic ones (+x, u+rw, go-w, a=r). */
import { isFsError } from '../fs/errors';
import { resolvePath } from '../fs/paths';
import type { Command } from '../types';
import { quoteLocale, quoteName, usageError } from './options';
import { Output } from './output';

/** The new mode, or undefined if `spec` is not a valid mode. */
export function applyMode(spec: string, mode: number): number | undefined {
  if (/^[0-7]{1,4}$/.test(spec)) return parseInt(spec, 8);
  let result = mode;
  for (const clause of spec.split(',')) {
    const m = /^([ugoa]*)([-+=])([rwxXst]*)$/.exec(clause);
    if (!m) return undefined;
    const who = m[1] || 'a';
    let bits = 0;
    for (const p of m[3] ?? '') {
      const shift = { r: 4, w: 2, x: 1, X: 1, s: 0, t: 0 }[p] ?? 0;
      for (const w of who) {
        if (w === 'u' || w === 'a') bits |= shift << 6;
        if (w === 'g' || w === 'a') bits |= shift << 3;
        if (w === 'o' || w === 'a') bits |= shift;
      }
      if (p === 't') bits |= 0o1000;
    }
    if (m[2] === '+') result |= bits;
    else if (m[2] === '-') result &= ~bits;
    else {
      let clear = 0;
      for (const w of who) clear |= w === 'u' ? 0o700 : w === 'g' ? 0o070 : w === 'o' ? 0o007 : 0o777;
      result = (result & ~clear) | bits;
    }
  }
  return result;
}

export const chmod: Command = {
  execute(args, io) {
    const operands = args.filter((a) => a !== '-R' && a !== '-v' && a !== '--');
    const spec = operands[0];
    if (spec === undefined) return usageError('chmod', 'missing operand');
    if (operands.length < 2) return usageError('chmod', `missing operand after ${quoteLocale(spec)}`);
    const out = new Output();
    for (const name of operands.slice(1)) {
      const path = resolvePath(io.cwd, name);
      const st = io.fs.stat(path);
      if (isFsError(st)) {
        out.fail(`chmod: cannot access ${quoteName(name)}: No such file or directory`);
        continue;
      }
      const mode = applyMode(spec, st.mode);
      if (mode === undefined) return usageError('chmod', `invalid mode: ${quoteLocale(spec)}`);
      io.fs.chmod(path, mode);
    }
    return out.result();
  },
};
