/** `unset` (builtin): removes variables (`-v`, the default); `-f` functions are not supported. */
import { isValidName } from '../interpreter/variables';
import type { Command } from '../types';
import { Output } from './output';

export const unset: Command = {
  execute(args, io) {
    const out = new Output();
    const variablesOnly = args.includes('-v');
    const functionsOnly = args.includes('-f');
    for (const arg of args) {
      if (arg === '-v' || arg === '-f' || arg === '--') continue;
      if (functionsOnly) {
        io.host.functions.delete(arg);
        continue;
      }
      if (!isValidName(arg)) {
        // Without -v the name may be a function's, which bash does not validate.
        if (variablesOnly) out.fail(`bash: unset: \`${arg}': not a valid identifier`);
        continue;
      }
      if (io.host.env.has(arg) || variablesOnly) io.host.env.unset(arg);
      else io.host.functions.delete(arg);
    }
    return out.result();
  },
};
