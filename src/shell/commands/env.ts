/** `env` (print the environment, or run a command in a changed one) and `printenv`. */
import type { Command } from '../types';
import { Output } from './output';
import { quoteLocale } from './options';

function listing(env: Record<string, string>): string {
  return Object.entries(env)
    .map(([name, value]) => `${name}=${value}\n`)
    .join('');
}

export const env: Command = {
  execute(args, io) {
    const out = new Output();
    let vars: Record<string, string> = { ...io.env };
    let i = 0;
    for (; i < args.length; i++) {
      const arg = args[i] ?? '';
      if (arg === '-i' || arg === '-' || arg === '--ignore-environment') vars = {};
      else if (arg === '-u' || arg === '--unset') {
        delete vars[args[++i] ?? ''];
      } else if (arg === '--') {
        i++;
        break;
      } else if (arg.startsWith('-') && arg.length > 1) {
        return out.fail(`env: invalid option -- '${arg.charAt(1)}'\nTry 'env --help' for more information.`, 125).result();
      } else break;
    }
    for (; i < args.length; i++) {
      const arg = args[i] ?? '';
      const eq = arg.indexOf('=');
      if (eq <= 0) break;
      vars[arg.slice(0, eq)] = arg.slice(eq + 1);
    }
    const command = args.slice(i);
    if (command.length === 0) return out.out(listing(vars)).result();
    const name = command[0] ?? '';
    const entry = name.includes('/') ? io.host.commands.byPath(name) : io.host.commands.get(name);
    if (!entry?.path) {
      return out.fail(`env: ${quoteLocale(name)}: No such file or directory`, 127).result();
    }
    return io.shell.runArgv(command, io.stdin, vars);
  },
};

export const printenv: Command = {
  execute(args, io) {
    const out = new Output();
    if (args.length === 0) return out.out(listing(io.env)).result();
    for (const name of args) {
      const value = io.env[name];
      if (value === undefined) out.exitCode = 1;
      else out.out(`${value}\n`);
    }
    return out.result();
  },
};
