/** `cd` (builtin): changes the shell's directory and keeps PWD/OLDPWD; `cd -` goes back and prints it. */
import { errorText, isFsError } from '../fs/errors';
import { resolvePath } from '../fs/paths';
import type { Command, CommandResult } from '../types';
import { ok } from './output';

const fail = (message: string): CommandResult => ({ stdout: '', stderr: `bash: cd: ${message}\n`, exitCode: 1 });

export const cd: Command = {
  execute(args, io) {
    const operands = args[0] === '--' || args[0] === '-L' || args[0] === '-P' ? args.slice(1) : args;
    if (operands.length > 1) return fail('too many arguments');
    const env = io.host.env;
    let target = operands[0];
    let print = false;
    if (target === undefined || target === '') {
      target = env.get('HOME');
      if (target === undefined) return fail('HOME not set');
    } else if (target === '-') {
      target = env.get('OLDPWD');
      if (target === undefined) return fail('OLDPWD not set');
      print = true;
    }
    const path = resolvePath(io.host.cwd, target);
    const st = io.fs.stat(path);
    if (isFsError(st)) return fail(`${target}: ${errorText(st)}`);
    if (st.type !== 'dir') return fail(`${target}: Not a directory`);
    env.set('OLDPWD', io.host.cwd);
    env.set('PWD', path);
    io.host.cwd = path;
    return ok(print ? `${path}\n` : '');
  },
};
