/** `touch`: creates empty files or updates their time to now (`-c`: never create). */
import { errorText } from '../fs/errors';
import { resolvePath } from '../fs/paths';
import type { Command } from '../types';
import { parseArgs, quoteName, usageError } from './options';
import { Output } from './output';

export const touch: Command = {
  execute(argv, io) {
    const parsed = parseArgs('touch', argv, { flags: 'cam', long: { 'no-create': { key: 'c' } } });
    if (!parsed.ok) return parsed.result;
    const { args } = parsed;
    if (args.operands.length === 0) return usageError('touch', 'missing file operand');
    const out = new Output();
    for (const name of args.operands) {
      const path = resolvePath(io.cwd, name);
      if (io.fs.exists(path)) io.fs.touch(path);
      else if (!args.has('c')) {
        const error = io.fs.writeFile(path, '');
        if (error) out.fail(`touch: cannot touch ${quoteName(name)}: ${errorText(error)}`);
      }
    }
    return out.result();
  },
};
