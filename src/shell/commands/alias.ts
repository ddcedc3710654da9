/** `alias` and `unalias` (builtins). Listing quotes values the way bash does: alias k='kubectl'. */
import { byteOrder } from '../fs/vfs';
import type { Command } from '../types';
import { Output } from './output';

/** bash's single-quoting of an alias value: every ' becomes '\''. */
export function singleQuote(value: string): string {
  return `'${value.replace(/'/g, "'\\''")}'`;
}

export const alias: Command = {
  execute(args, io) {
    const aliases = io.host.aliases;
    const out = new Output();
    const operands = args[0] === '-p' ? args.slice(1) : args[0] === '--' ? args.slice(1) : args;
    if (args[0]?.startsWith('-') && args[0] !== '-p' && args[0] !== '--' && args[0] !== '-') {
      return out.fail(`bash: alias: ${args[0].slice(0, 2)}: invalid option\nalias: usage: alias [-p] [name[=value] ... ]`, 2).result();
    }
    if (operands.length === 0) {
      for (const name of [...aliases.keys()].sort(byteOrder)) out.out(`alias ${name}=${singleQuote(aliases.get(name) ?? '')}\n`);
      return out.result();
    }
    for (const arg of operands) {
      const eq = arg.indexOf('=');
      if (eq > 0) {
        const name = arg.slice(0, eq);
        if (/[\s/$`=|&;()<>'"\\]/.test(name)) {
          out.fail(`bash: alias: \`${name}': invalid alias name`);
          continue;
        }
        aliases.set(name, arg.slice(eq + 1));
        continue;
      }
      const value = aliases.get(arg);
      if (value === undefined) out.fail(`bash: alias: ${arg}: not found`);
      else out.out(`alias ${arg}=${singleQuote(value)}\n`);
    }
    return out.result();
  },
};

export const unalias: Command = {
  execute(args, io) {
    const out = new Output();
    if (args.length === 0) return out.fail('unalias: usage: unalias [-a] name [name ...]', 2).result();
    for (const arg of args) {
      if (arg === '-a') {
        io.host.aliases.clear();
        continue;
      }
      if (!io.host.aliases.delete(arg)) out.fail(`bash: unalias: ${arg}: not found`);
    }
    return out.result();
  },
};
