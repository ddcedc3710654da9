/** `basename NAME [SUFFIX]` and `dirname NAME...`. */
import { baseName, dirName } from '../fs/paths';
import type { Command } from '../types';
import { usageError } from './options';

export const basename: Command = {
  execute(args) {
    const name = args[0];
    if (name === undefined) return usageError('basename', 'missing operand');
    let base = baseName(name);
    const suffix = args[1];
    if (suffix && base !== suffix && base.endsWith(suffix)) base = base.slice(0, -suffix.length);
    return { stdout: `${base}\n`, stderr: '', exitCode: 0 };
  },
};

export const dirname: Command = {
  execute(args) {
    if (args.length === 0) return usageError('dirname', 'missing operand');
    return { stdout: args.map((a) => `${dirName(a)}\n`).join(''), stderr: '', exitCode: 0 };
  },
};
