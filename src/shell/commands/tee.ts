/** `tee [-a] FILE...`: copies stdin to stdout and to each file. */
import { errorText } from '../fs/errors';
import { resolvePath } from '../fs/paths';
import type { Command } from '../types';
import { parseArgs } from './options';
import { Output } from './output';

export const tee: Command = {
  execute(argv, io) {
    const parsed = parseArgs('tee', argv, { flags: 'ai', long: { append: { key: 'a' } } });
    if (!parsed.ok) return parsed.result;
    const { args } = parsed;
    const out = new Output();
    for (const name of args.operands) {
      const error = io.fs.writeFile(resolvePath(io.cwd, name), io.stdin, { append: args.has('a') });
      if (error) out.fail(`tee: ${name}: ${errorText(error)}`);
    }
    return out.out(io.stdin).result(out.exitCode);
  },
};
