/** `bash`/`sh`: `-c 'commands' [name [args]]`, a script file, or commands on stdin, in a subshell. */
import { errorText, isFsError } from '../fs/errors';
import { resolvePath } from '../fs/paths';
import type { Command } from '../types';

export function bashCommand(name: string): Command {
  return {
    execute(args, io) {
      let i = 0;
      while (i < args.length && /^-[eux]+$|^-o$|^--(norc|noprofile|login)$|^-l$|^-i$/.test(args[i] ?? '')) i += args[i] === '-o' ? 2 : 1;
      const first = args[i];
      if (first === '-c') {
        const script = args[i + 1];
        if (script === undefined) return { stdout: '', stderr: `${name}: -c: option requires an argument\n`, exitCode: 2 };
        return io.shell.runScript(script, io.stdin, { subshell: true, env: io.env, name: args[i + 2] ?? name, args: args.slice(i + 3) });
      }
      if (first === undefined) return io.shell.runScript(io.stdin, '', { subshell: true, env: io.env, name });
      const text = io.fs.readFile(resolvePath(io.cwd, first));
      if (isFsError(text)) return { stdout: '', stderr: `${name}: ${first}: ${errorText(text)}\n`, exitCode: 127 };
      return io.shell.runScript(text.replace(/^#!.*\n/, ''), io.stdin, { subshell: true, env: io.env, name: first, args: args.slice(i + 1) });
    },
  };
}
