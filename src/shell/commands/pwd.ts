/** `pwd` (builtin): the working directory. */
import type { Command } from '../types';
import { ok } from './output';

export const pwd: Command = {
  execute(args, io) {
    const bad = args.find((a) => a.startsWith('-') && a !== '-L' && a !== '-P' && a !== '-');
    if (bad) return { stdout: '', stderr: `bash: pwd: ${bad.slice(0, 2)}: invalid option\npwd: usage: pwd [-LP]\n`, exitCode: 2 };
    return ok(`${io.host.cwd}\n`);
  },
};
