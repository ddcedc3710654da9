/** `rm` with -r/-R (recursive), -f (no complaints about missing files), -v, -d. */
import { isFsError } from '../fs/errors';
import { resolvePath } from '../fs/paths';
import type { Command } from '../types';
import { parseArgs, quoteName, usageError } from './options';
import { Output } from './output';

export const rm: Command = {
  execute(argv, io) {
    const parsed = parseArgs('rm', argv, {
      flags: 'rRfvid',
      long: { recursive: { key: 'r' }, force: { key: 'f' }, verbose: { key: 'v' }, dir: { key: 'd' } },
    });
    if (!parsed.ok) return parsed.result;
    const { args } = parsed;
    const recursive = args.has('r') || args.has('R');
    const force = args.has('f');
    if (args.operands.length === 0) return force ? { stdout: '', stderr: '', exitCode: 0 } : usageError('rm', 'missing operand');
    const out = new Output();
    for (const name of args.operands) {
      const path = resolvePath(io.cwd, name);
      const st = io.fs.stat(path);
      if (isFsError(st)) {
        if (!force) out.fail(`rm: cannot remove ${quoteName(name)}: No such file or directory`);
        continue;
      }
      if (st.type === 'dir') {
        if (/(^|\/)\.\.?\/*$/.test(name)) {
          out.fail(recursive ? `rm: refusing to remove '.' or '..' directory: skipping ${quoteName(name)}` : `rm: cannot remove ${quoteName(name)}: Is a directory`);
          continue;
        }
        if (path === '/') {
          out.fail(`rm: it is dangerous to operate recursively on '/'\nrm: use --no-preserve-root to override this failsafe`);
          continue;
        }
        if (!recursive) {
          const empty = io.fs.readdir(path);
          if (!(args.has('d') && Array.isArray(empty) && empty.length === 0)) {
            out.fail(`rm: cannot remove ${quoteName(name)}: Is a directory`);
            continue;
          }
        }
      }
      io.fs.remove(path, { recursive: true });
      if (args.has('v')) out.out(st.type === 'dir' ? `removed directory ${quoteName(name)}\n` : `removed ${quoteName(name)}\n`);
    }
    return out.result();
  },
};
