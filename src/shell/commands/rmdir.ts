/** `rmdir DIR...`: removes empty directories (-p: and their empty parents). */
import { isFsError } from '../fs/errors';
import { dirName, resolvePath } from '../fs/paths';
import type { Command } from '../types';
import { parseArgs, quoteName, usageError } from './options';
import { Output } from './output';

export const rmdir: Command = {
  execute(argv, io) {
    const parsed = parseArgs('rmdir', argv, { flags: 'pv', long: { parents: { key: 'p' }, verbose: { key: 'v' } } });
    if (!parsed.ok) return parsed.result;
    const { args } = parsed;
    if (args.operands.length === 0) return usageError('rmdir', 'missing operand');
    const out = new Output();
    for (const name of args.operands) {
      let current = name;
      for (;;) {
        const path = resolvePath(io.cwd, current);
        const entries = io.fs.readdir(path);
        if (isFsError(entries)) {
          const reason = entries.fsError === 'ENOTDIR' ? 'Not a directory' : 'No such file or directory';
          out.fail(`rmdir: failed to remove ${quoteName(current)}: ${reason}`);
          break;
        }
        if (entries.length > 0) {
          out.fail(`rmdir: failed to remove ${quoteName(current)}: Directory not empty`);
          break;
        }
        io.fs.remove(path);
        const parent = dirName(current);
        if (!args.has('p') || parent === current || parent === '.' || parent === '/') break;
        current = parent;
      }
    }
    return out.result();
  },
};
