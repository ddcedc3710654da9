/**
 * `vi`, `vim`, `nano`: open the first file named in the host's editor and save what it returns;
 * headless, run `$EDITOR` on the files; otherwise say plainly that there is no editor here.
 */
import { dirName, isFsError, resolvePath, type Command, type CommandIO, type CommandResult } from '../../shell';
import { editorCommand, noEditorMessage, runEditor } from '../editor';
import type { SandboxServices } from './services';

export function editorProgram(program: string, svc: SandboxServices): Command {
  return {
    execute(args, io) {
      // Options (`-R`, `+42`) change nothing we can show; the operands are the files.
      const files = args.filter((a) => !/^[-+]/.test(a));
      if (svc.editor) return editInHost(program, files[0], io, svc);
      const command = editorCommand(io, ['VISUAL', 'EDITOR']);
      if (command === undefined) return { stdout: '', stderr: noEditorMessage(program), exitCode: 1 };
      return runEditor(io, command, files);
    },
  };
}

function editInHost(program: string, file: string | undefined, io: CommandIO, svc: SandboxServices): CommandResult {
  const hook = svc.editor;
  if (!hook) return { stdout: '', stderr: noEditorMessage(program), exitCode: 1 };
  if (file === undefined) {
    hook('', '', program);
    return { stdout: '', stderr: '', exitCode: 0 };
  }
  const path = resolvePath(io.cwd, file);
  if (io.fs.isDirectory(path)) return { stdout: '', stderr: `${program}: ${file}: Is a directory\n`, exitCode: 1 };
  const current = io.fs.readFile(path);
  const edited = hook(isFsError(current) ? '' : current, file, program);
  if (edited === undefined) return { stdout: '', stderr: '', exitCode: 0 };
  if (!io.fs.isDirectory(dirName(path))) return { stdout: '', stderr: `"${file}" E212: Can't open file for writing\n`, exitCode: 1 };
  const error = io.fs.writeFile(path, edited);
  if (error) return { stdout: '', stderr: `"${file}" E212: Can't open file for writing\n`, exitCode: 1 };
  return { stdout: '', stderr: '', exitCode: 0 };
}
