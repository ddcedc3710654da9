/**
 * `sudo CMD…`: every login in the sandbox is already root, so sudo runs the command as it is, with
 * the variables sudo sets. Options that only choose a user or a shell are accepted and have no
 * effect; `sudo -i`/`-s` (a root shell) are not simulated.
 */
import type { Command } from '../../shell';

export const sudoCommand: Command = {
  execute(args, io) {
    let i = 0;
    while (i < args.length && (args[i] ?? '').startsWith('-')) {
      const opt = args[i] as string;
      if (opt === '-i' || opt === '-s' || opt === '--login' || opt === '--shell') return { stdout: '', stderr: 'sudo: a root shell is not available in this simulator: you are root already\n', exitCode: 1 };
      if (opt === '-u' || opt === '-g') i++;
      i++;
    }
    const command = args.slice(i);
    if (command.length === 0) return { stdout: '', stderr: 'usage: sudo [-u user] command [arg ...]\n', exitCode: 1 };
    const name = command[0] ?? '';
    const entry = name.includes('/') ? io.host.commands.byPath(name) : io.host.commands.get(name);
    if (!entry) return { stdout: '', stderr: `sudo: ${name}: command not found\n`, exitCode: 1 };
    return io.shell.runArgv(command, io.stdin, { ...io.env, SUDO_USER: 'root', SUDO_UID: '0', SUDO_GID: '0', SUDO_COMMAND: command.join(' ') });
  },
};
