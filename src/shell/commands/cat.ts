/** `cat` with -n (number lines, `%6d\t`), files and stdin (`-`). */
import type { Command } from '../types';
import { forEachInput } from './files';
import { parseArgs } from './options';
import { Output } from './output';

export const cat: Command = {
  execute(argv, io) {
    const parsed = parseArgs('cat', argv, { flags: 'nbsEAvTue', long: { number: { key: 'n' }, 'number-nonblank': { key: 'b' }, 'show-ends': { key: 'E' } } });
    if (!parsed.ok) return parsed.result;
    const { args } = parsed;
    const out = new Output();
    let lineNo = 0;
    let atLineStart = true;
    forEachInput('cat', args.operands, io, out, (text) => {
      if (!args.has('n') && !args.has('b') && !args.has('E')) {
        out.out(text);
        return;
      }
      // Numbering continues across files, as GNU cat does.
      let result = '';
      for (const piece of text.split(/(?<=\n)/)) {
        const blank = piece === '\n';
        if (atLineStart && (args.has('b') ? !blank : args.has('n'))) result += `${String(++lineNo).padStart(6)}\t`;
        result += args.has('E') && piece.endsWith('\n') ? `${piece.slice(0, -1)}$\n` : piece;
        atLineStart = piece.endsWith('\n');
      }
      out.out(result);
    });
    return out.result();
  },
};
