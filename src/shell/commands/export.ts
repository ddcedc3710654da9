/** `export` (builtin): `export NAME=value`, `export NAME`, `export -n NAME`, and `export`/`-p` to list. */
import { isValidName } from '../interpreter/variables';
import type { Command } from '../types';
import { Output } from './output';
import { byteOrder } from '../fs/vfs';

export const exportCommand: Command = {
  execute(args, io) {
    const env = io.host.env;
    const out = new Output();
    let unexport = false;
    let i = 0;
    for (; i < args.length; i++) {
      const arg = args[i] ?? '';
      if (arg === '--') {
        i++;
        break;
      }
      if (!/^-[a-zA-Z]+$/.test(arg)) break;
      for (const c of arg.slice(1)) {
        if (c === 'n') unexport = true;
        else if (c !== 'p' && c !== 'f') {
          return out.fail(`bash: export: -${c}: invalid option\nexport: usage: export [-fn] [name[=value] ...] or export -p`, 2).result();
        }
      }
    }
    const operands = args.slice(i);
    if (operands.length === 0) return out.out(listExports(env.entries())).result();
    for (const arg of operands) {
      const eq = arg.indexOf('=');
      const name = eq < 0 ? arg : arg.slice(0, eq).replace(/\+$/, '');
      if (!isValidName(name)) {
        out.fail(`bash: export: \`${arg}': not a valid identifier`);
        continue;
      }
      if (eq >= 0) {
        const value = arg.slice(eq + 1);
        const append = arg.charAt(eq - 1) === '+';
        env.set(name, append ? (env.get(name) ?? '') + value : value, !unexport);
      } else if (unexport) {
        const value = env.get(name);
        if (value !== undefined) env.set(name, value, false);
      } else if (env.has(name)) env.markExported(name);
      else env.set(name, '', true);
    }
    return out.result();
  },
};

/** `declare -x NAME="value"` lines, sorted by name, as `export -p` prints them. */
function listExports(entries: Array<[string, string, boolean]>): string {
  return entries
    .filter(([, , exported]) => exported)
    .sort(([a], [b]) => byteOrder(a, b))
    .map(([name, value]) => `declare -x ${name}="${value.replace(/["\\$`]/g, '\\$&')}"\n`)
    .join('');
}
