/** `exit [n]` (builtin): asks the host to end this shell; `exit` alone keeps the last status. */
import type { Command } from '../types';

export const exit: Command = {
  execute(args, io) {
    if (args.length > 1) return { stdout: '', stderr: 'bash: exit: too many arguments\n', exitCode: 1 };
    const arg = args[0];
    if (arg === undefined) {
      const code = io.shell.lastExitCode();
      return { stdout: '', stderr: '', exitCode: code, exit: { code } };
    }
    if (!/^\s*[-+]?[0-9]+\s*$/.test(arg)) {
      return { stdout: '', stderr: `bash: exit: ${arg}: numeric argument required\n`, exitCode: 2, exit: { code: 2 } };
    }
    const code = ((Number(arg) % 256) + 256) % 256;
    return { stdout: '', stderr: '', exitCode: code, exit: { code } };
  },
};
