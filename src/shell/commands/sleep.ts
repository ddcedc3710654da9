/** `sleep N[smhd]...`: waits on the host clock (virtual time headless). */
import type { Command } from '../types';
import { quoteLocale, usageError } from './options';

const UNITS: Record<string, number> = { '': 1000, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

export const sleep: Command = {
  execute(args, io) {
    const operands = args[0] === '--' ? args.slice(1) : args;
    if (operands.length === 0) return usageError('sleep', 'missing operand');
    let total = 0;
    for (const arg of operands) {
      const m = /^(\d+\.?\d*|\.\d+)([smhd]?)$/.exec(arg);
      if (!m) return usageError('sleep', `invalid time interval ${quoteLocale(arg)}`);
      total += Number(m[1]) * (UNITS[m[2] ?? ''] ?? 1000);
    }
    io.host.clock.sleep(Math.round(total));
    // Ctrl-C ends the wait early (the browser's clock returns); sleep then dies of SIGINT: 128 + 2.
    return { stdout: '', stderr: '', exitCode: io.host.interrupted?.() ? 130 : 0 };
  },
};
