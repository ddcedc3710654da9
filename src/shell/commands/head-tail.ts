/**
 * `head` and `tail`: -n N / -N lines (head -n -N: all but the last N; tail -n +N: from line N),
 * -c bytes, headers `==> name <==` for several files (-q drops them, -v forces them).
 */
import type { Command } from '../types';
import { readOperand } from './files';
import { type ParsedArgs, parseArgs, quoteLocale, quoteName } from './options';
import { Output } from './output';

type Which = 'head' | 'tail';

function headTail(which: Which): Command {
  return {
    execute(argv, io) {
      // `head -5` / `tail -20` are `-n 5` / `-n 20`; `tail +3` is `-n +3`.
      const normalized = argv.map((a, i) => (/^-[0-9]+$/.test(a) && !/^-[nc]$|^--(lines|bytes)$/.test(argv[i - 1] ?? '') ? `-n${a.slice(1)}` : a));
      const parsed = parseArgs(which, normalized, {
        flags: 'qvfF',
        values: 'nc',
        long: { lines: { key: 'n', value: true }, bytes: { key: 'c', value: true }, quiet: { key: 'q' }, silent: { key: 'q' }, verbose: { key: 'v' }, follow: { key: 'f' } },
      });
      if (!parsed.ok) return parsed.result;
      const { args } = parsed;
      const out = new Output();
      const spec = countSpec(args);
      const count = parseCount(spec.value);
      if (count === undefined) {
        return out.fail(`${which}: invalid number of ${spec.unit === 'c' ? 'bytes' : 'lines'}: ${quoteLocale(spec.value)}`).result();
      }
      const names = args.operands.length > 0 ? args.operands : ['-'];
      const headers = args.has('v') || (names.length > 1 && !args.has('q'));
      let first = true;
      for (const name of names) {
        const read = readOperand(name, io);
        if ('error' in read) {
          out.fail(`${which}: cannot open ${quoteName(name)} for reading: ${read.error}`);
          continue;
        }
        if (headers) out.out(`${first ? '' : '\n'}==> ${name === '-' ? 'standard input' : name} <==\n`);
        first = false;
        out.out(spec.unit === 'c' ? slice(which, [...read.text], count).join('') : sliceLines(which, read.text, count));
      }
      return out.result();
    },
  };
}

function countSpec(args: ParsedArgs): { unit: 'n' | 'c'; value: string } {
  const unit = (args.lastOf(['n', 'c']) ?? 'n') as 'n' | 'c';
  return { unit, value: args.value(unit) ?? '10' };
}

/** `5`, `-5` (head: all but), `+5` (tail: starting at), with k/M suffixes. */
function parseCount(value: string): { n: number; sign: '' | '-' | '+' } | undefined {
  const m = /^([-+]?)([0-9]+)(k|K|M|G|kB|MB|b)?$/.exec(value.trim());
  if (!m) return undefined;
  const mult = { k: 1024, K: 1024, M: 1024 ** 2, G: 1024 ** 3, kB: 1000, MB: 1000 ** 2, b: 512 }[m[3] ?? ''] ?? 1;
  return { n: Number(m[2]) * mult, sign: (m[1] ?? '') as '' | '-' | '+' };
}

function slice<T>(which: Which, items: T[], count: { n: number; sign: string }): T[] {
  if (which === 'head') return count.sign === '-' ? items.slice(0, Math.max(0, items.length - count.n)) : items.slice(0, count.n);
  if (count.sign === '+') return items.slice(Math.max(0, count.n - 1));
  return count.n === 0 ? [] : items.slice(-count.n);
}

function sliceLines(which: Which, text: string, count: { n: number; sign: string }): string {
  // Keep each line's newline, so a last line without one stays without one.
  const lines = text.split(/(?<=\n)/).filter((l) => l !== '');
  return slice(which, lines, count).join('');
}

export const head = headTail('head');
export const tail = headTail('tail');
