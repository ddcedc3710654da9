/** `cut` -f LIST with -d DELIM (default tab) and -s, or -c/-b LIST; LIST like `1,3`, `2-`, `-4`. */
import type { Command } from '../types';
import { forEachInput, splitLines } from './files';
import { parseArgs, quoteLocale, usageError } from './options';
import { Output } from './output';

type Range = [number, number];

function parseList(list: string, what: string): Range[] | string {
  const ranges: Range[] = [];
  for (const part of list.split(',')) {
    const m = /^([0-9]*)(-?)([0-9]*)$/.exec(part);
    if (!m || part === '' || part === '-') return `invalid ${what} value ${quoteLocale(part)}`;
    const from = m[1] ? Number(m[1]) : 1;
    const to = m[2] ? (m[3] ? Number(m[3]) : Infinity) : from;
    if (from === 0 || to === 0) return `${what}s are numbered from 1`;
    if (to < from) return 'invalid decreasing range';
    ranges.push([from, to]);
  }
  return ranges;
}

const selected = (ranges: Range[], n: number) => ranges.some(([a, b]) => n >= a && n <= b);

export const cut: Command = {
  execute(argv, io) {
    const parsed = parseArgs('cut', argv, {
      flags: 'sn',
      values: 'fdcb',
      long: {
        fields: { key: 'f', value: true },
        delimiter: { key: 'd', value: true },
        characters: { key: 'c', value: true },
        bytes: { key: 'b', value: true },
        'only-delimited': { key: 's' },
        'output-delimiter': { key: 'output', value: true },
        complement: { key: 'complement' },
      },
    });
    if (!parsed.ok) return parsed.result;
    const { args } = parsed;
    const mode = args.lastOf(['f', 'c', 'b']);
    if (!mode) return usageError('cut', 'you must specify a list of bytes, characters, or fields');
    const ranges = parseList(args.value(mode) ?? '', mode === 'f' ? 'field' : mode === 'c' ? 'character' : 'byte');
    if (typeof ranges === 'string') return usageError('cut', ranges);
    const delimiter = args.value('d') ?? '\t';
    if (mode === 'f' && [...delimiter].length !== 1) return usageError('cut', 'the delimiter must be a single character');
    const outputDelimiter = args.value('output') ?? delimiter;
    const complement = args.has('complement');
    const out = new Output();
    forEachInput('cut', args.operands, io, out, (text) => {
      let result = '';
      for (const line of splitLines(text)) {
        if (mode !== 'f') {
          const chars = [...line];
          result += `${chars.filter((_, i) => selected(ranges, i + 1) !== complement).join('')}\n`;
          continue;
        }
        if (!line.includes(delimiter)) {
          if (!args.has('s')) result += `${line}\n`;
          continue;
        }
        const fields = line.split(delimiter);
        result += `${fields.filter((_, i) => selected(ranges, i + 1) !== complement).join(outputDelimiter)}\n`;
      }
      out.out(result);
    });
    return out.result();
  },
};
