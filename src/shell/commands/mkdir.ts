/** `mkdir` with -p (parents, no error if present) and -v. */
import { errorText } from '../fs/errors';
import { resolvePath } from '../fs/paths';
import type { Command } from '../types';
import { parseArgs, quoteLocale, quoteName, usageError } from './options';
import { Output } from './output';

export const mkdir: Command = {
  execute(argv, io) {
    const parsed = parseArgs('mkdir', argv, { flags: 'pv', values: 'm', long: { parents: { key: 'p' }, verbose: { key: 'v' }, mode: { key: 'm', value: true } } });
    if (!parsed.ok) return parsed.result;
    const { args } = parsed;
    if (args.operands.length === 0) return usageError('mkdir', 'missing operand');
    const out = new Output();
    const mode = args.value('m');
    for (const name of args.operands) {
      const path = resolvePath(io.cwd, name);
      const existed = io.fs.exists(path);
      if (args.has('p') && existed && !io.fs.isDirectory(path)) {
        out.fail(`mkdir: cannot create directory ${quoteLocale(name)}: File exists`);
        continue;
      }
      const error = io.fs.mkdir(path, { parents: args.has('p'), mode: mode && /^[0-7]+$/.test(mode) ? parseInt(mode, 8) : undefined });
      if (error) out.fail(`mkdir: cannot create directory ${quoteLocale(name)}: ${errorText(error)}`);
      else if (args.has('v') && !existed) out.out(`mkdir: created directory ${quoteName(name)}\n`);
    }
    return out.result();
  },
};
