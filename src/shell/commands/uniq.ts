/** `uniq` with -c (`%7d ` counts), -d (only repeated), -u (only unique), -i; [INPUT [OUTPUT]]. */
import { errorText } from '../fs/errors';
import { resolvePath } from '../fs/paths';
import type { Command } from '../types';
import { readOperand, splitLines } from './files';
import { parseArgs } from './options';
import { Output } from './output';

export const uniq: Command = {
  execute(argv, io) {
    const parsed = parseArgs('uniq', argv, {
      flags: 'cdui',
      long: { count: { key: 'c' }, repeated: { key: 'd' }, unique: { key: 'u' }, 'ignore-case': { key: 'i' } },
    });
    if (!parsed.ok) return parsed.result;
    const { args } = parsed;
    const out = new Output();
    const input = args.operands[0] ?? '-';
    const read = readOperand(input, io);
    if ('error' in read) return out.fail(`uniq: ${input}: ${read.error}`).result();
    const same = (a: string, b: string) => (args.has('i') ? a.toLowerCase() === b.toLowerCase() : a === b);
    const groups: Array<{ line: string; count: number }> = [];
    for (const line of splitLines(read.text)) {
      const last = groups[groups.length - 1];
      if (last && same(last.line, line)) last.count++;
      else groups.push({ line, count: 1 });
    }
    let text = '';
    for (const g of groups) {
      if (args.has('d') && g.count < 2) continue;
      if (args.has('u') && g.count > 1) continue;
      text += args.has('c') ? `${String(g.count).padStart(7)} ${g.line}\n` : `${g.line}\n`;
    }
    const output = args.operands[1];
    if (output !== undefined) {
      const error = io.fs.writeFile(resolvePath(io.cwd, output), text);
      if (error) return out.fail(`uniq: ${output}: ${errorText(error)}`).result();
      return out.result();
    }
    return out.out(text).result();
  },
};
