/** `source FILE [ARGS]` and `.` (builtins): run a file's lines in the current shell. */
import { errorText, isFsError } from '../fs/errors';
import { resolvePath } from '../fs/paths';
import type { Command } from '../types';

export function sourceCommand(name: string): Command {
  return {
    execute(args, io) {
      const file = args[0];
      if (file === undefined) {
        return { stdout: '', stderr: `bash: ${name}: filename argument required\n${name}: usage: ${name} filename [arguments]\n`, exitCode: 2 };
      }
      const text = io.fs.readFile(resolvePath(io.cwd, file));
      if (isFsError(text)) return { stdout: '', stderr: `bash: ${file}: ${errorText(text)}\n`, exitCode: 1 };
      return io.shell.runScript(text, io.stdin, { args: args.length > 1 ? args.slice(1) : undefined, name: file });
    },
  };
}
