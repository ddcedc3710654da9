/** `history` (builtin): the numbered list (`%5d  line`), `history N` for the last N, `-c` to clear. */
import type { Command } from '../types';
import { Output } from './output';

export const history: Command = {
  execute(args, io) {
    const out = new Output();
    const lines = io.host.history;
    if (args[0] === '-c') {
      lines.length = 0;
      return out.result();
    }
    let count = lines.length;
    const arg = args[0];
    if (arg !== undefined) {
      if (!/^[0-9]+$/.test(arg)) return out.fail(`bash: history: ${arg}: numeric argument required`, 1).result();
      count = Math.min(Number(arg), lines.length);
    }
    for (let i = lines.length - count; i < lines.length; i++) out.out(`${String(i + 1).padStart(5)}  ${lines[i] ?? ''}\n`);
    return out.result();
  },
};
