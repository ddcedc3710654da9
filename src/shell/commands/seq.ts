/** `seq [-w] [-s SEP] [FIRST [INCREMENT]] LAST`; output capped so `seq 1 1e9` cannot eat memory. */
import type { Command } from '../types';
import { quoteLocale, usageError } from './options';

/** More numbers than this fail with a write error instead of filling memory. */
export const SEQ_LIMIT = 1_000_000;

export const seq: Command = {
  execute(args) {
    let separator = '\n';
    let equalWidth = false;
    const numbers: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const arg = args[i] ?? '';
      if (arg === '-w' || arg === '--equal-width') equalWidth = true;
      else if (arg === '-s' || arg === '--separator') separator = args[++i] ?? '';
      else if (arg.startsWith('-s')) separator = arg.slice(2);
      else if (arg.startsWith('--separator=')) separator = arg.slice(12);
      else numbers.push(arg);
    }
    if (numbers.length === 0) return usageError('seq', 'missing operand');
    if (numbers.length > 3) return usageError('seq', `extra operand ${quoteLocale(numbers[3] ?? '')}`);
    for (const n of numbers) {
      if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(n)) return usageError('seq', `invalid floating point argument: ${quoteLocale(n)}`);
    }
    const [first, step, last] = numbers.length === 1 ? ['1', '1', numbers[0] ?? '1'] : numbers.length === 2 ? [numbers[0] ?? '1', '1', numbers[1] ?? '1'] : (numbers as [string, string, string]);
    const decimals = Math.max(...[first, step].map((n) => (n.includes('.') ? n.length - n.indexOf('.') - 1 : 0)));
    const a = Number(first);
    const s = Number(step);
    const b = Number(last);
    if (s === 0) return usageError('seq', `invalid Zero increment value: ${quoteLocale(step)}`);
    const values: string[] = [];
    for (let k = 0; ; k++) {
      const v = a + k * s;
      if ((s > 0 && v > b + 1e-12) || (s < 0 && v < b - 1e-12)) break;
      if (values.length >= SEQ_LIMIT) return { stdout: values.join(separator) + separator, stderr: 'seq: write error: File too large\n', exitCode: 1 };
      values.push(v.toFixed(decimals));
    }
    if (equalWidth) {
      const width = Math.max(...values.map((v) => v.replace('-', '').length));
      for (let i = 0; i < values.length; i++) {
        const v = values[i] ?? '';
        values[i] = v.startsWith('-') ? `-${v.slice(1).padStart(width, '0')}` : v.padStart(width, '0');
      }
    }
    return { stdout: values.length === 0 ? '' : `${values.join(separator)}\n`, stderr: '', exitCode: 0 };
  },
};
