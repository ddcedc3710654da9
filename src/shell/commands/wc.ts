/**
 * `wc` with -l -w -c -m: counts in GNU's order (lines, words, chars, bytes) and its column width
 * (digits of the total size of the files; 7 when reading a pipe; none for a single count of one input).
 */
import { utf8Length } from '../text/utf8';
import type { Command } from '../types';
import { readOperand } from './files';
import { parseArgs } from './options';
import { Output } from './output';

export const wc: Command = {
  execute(argv, io) {
    const parsed = parseArgs('wc', argv, {
      flags: 'lwcmL',
      long: { lines: { key: 'l' }, words: { key: 'w' }, bytes: { key: 'c' }, chars: { key: 'm' } },
    });
    if (!parsed.ok) return parsed.result;
    const { args } = parsed;
    let keys = ['l', 'w', 'm', 'c'].filter((k) => args.has(k));
    if (keys.length === 0) keys = ['l', 'w', 'c'];
    const out = new Output();
    const names = args.operands.length > 0 ? args.operands : ['-'];
    const rows: Array<{ counts: number[]; name: string | undefined }> = [];
    const totals = keys.map(() => 0);
    let regularBytes = 0;
    let pipe = false;
    let firstFailed = false;
    const errors: string[] = [];
    names.forEach((name, index) => {
      const read = readOperand(name, io);
      // A directory opens but cannot be read: GNU prints the error and a row of zeros.
      if ('error' in read && read.error === 'Is a directory') {
        errors[index] = `wc: ${name}: Is a directory`;
        rows.push({ counts: keys.map(() => 0), name });
        pipe = true;
        return;
      }
      if ('error' in read) {
        errors[index] = `wc: ${name}: ${read.error}`;
        if (index === 0) firstFailed = true;
        return;
      }
      const counts = keys.map((k) => count(k, read.text));
      counts.forEach((c, i) => (totals[i] = (totals[i] ?? 0) + c));
      if (name === '-' && !io.stdinIsFile) pipe = true;
      else regularBytes += utf8Length(read.text);
      rows.push({ counts, name: name === '-' && args.operands.length === 0 ? undefined : name });
    });
    let width = 1;
    if (!firstFailed) {
      width = Math.max(String(regularBytes).length, pipe ? 7 : 1);
    }
    if (keys.length === 1 && names.length === 1) width = 1;
    let rowIndex = 0;
    names.forEach((_, index) => {
      const error = errors[index];
      if (error) out.fail(error);
      if (error && !error.endsWith('Is a directory')) return;
      const row = rows[rowIndex++];
      if (row) out.out(format(row.counts, width, row.name));
    });
    if (names.length > 1) out.out(format(totals, width, 'total'));
    return out.result();
  },
};

function count(key: string, text: string): number {
  switch (key) {
    case 'l':
      return (text.match(/\n/g) ?? []).length;
    case 'w':
      return (text.match(/[^\s]+/g) ?? []).length;
    case 'm':
      return [...text].length;
    default:
      return utf8Length(text);
  }
}

function format(counts: number[], width: number, name: string | undefined): string {
  const cells = counts.map((c) => String(c).padStart(width));
  return `${cells.join(' ')}${name !== undefined ? ` ${name}` : ''}\n`;
}
