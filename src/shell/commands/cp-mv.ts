/** `cp` (-r/-R/-a, -f, -v) and `mv` (-f, -v): one source to a name, or many into a directory. */
import { errorText, isFsError } from '../fs/errors';
import { baseName, resolvePath } from '../fs/paths';
import type { VirtualFs } from '../fs/vfs';
import type { Command } from '../types';
import { parseArgs, quoteName, usageError } from './options';
import { Output } from './output';

type Mode = 'cp' | 'mv';

function transfer(mode: Mode): Command {
  return {
    execute(argv, io) {
      const parsed = parseArgs(mode, argv, {
        flags: mode === 'cp' ? 'rRafvipn' : 'fvin',
        long: { recursive: { key: 'r' }, force: { key: 'f' }, verbose: { key: 'v' }, archive: { key: 'a' } },
      });
      if (!parsed.ok) return parsed.result;
      const { args } = parsed;
      const operands = args.operands;
      const first = operands[0];
      if (first === undefined) return usageError(mode, 'missing file operand');
      if (operands.length === 1) return usageError(mode, `missing destination file operand after ${quoteName(first)}`);
      const dest = operands[operands.length - 1] ?? '';
      const destPath = resolvePath(io.cwd, dest);
      const destIsDir = io.fs.isDirectory(destPath);
      const out = new Output();
      if (operands.length > 2 && !destIsDir) {
        const reason = io.fs.exists(destPath) ? 'is not a directory' : ': No such file or directory';
        return out.fail(`${mode}: target ${quoteName(dest)}${reason.startsWith(':') ? reason : ` ${reason}`}`).result();
      }
      const recursive = args.has('r') || args.has('R') || args.has('a');
      for (const src of operands.slice(0, -1)) {
        const srcPath = resolvePath(io.cwd, src);
        const st = io.fs.stat(srcPath);
        if (isFsError(st)) {
          out.fail(`${mode}: cannot stat ${quoteName(src)}: No such file or directory`);
          continue;
        }
        if (mode === 'cp' && st.type === 'dir' && !recursive) {
          out.fail(`cp: -r not specified; omitting directory ${quoteName(src)}`);
          continue;
        }
        const targetName = destIsDir ? `${dest.replace(/\/+$/, '')}/${baseName(src)}` : dest;
        const target = resolvePath(io.cwd, targetName);
        if (target === srcPath) {
          out.fail(`${mode}: ${quoteName(src)} and ${quoteName(targetName)} are the same file`);
          continue;
        }
        if (st.type === 'dir' && target.startsWith(`${srcPath}/`)) {
          out.fail(
            mode === 'cp'
              ? `cp: cannot copy a directory, ${quoteName(src)}, into itself, ${quoteName(targetName)}`
              : `mv: cannot move ${quoteName(src)} to a subdirectory of itself, ${quoteName(targetName)}`,
          );
          continue;
        }
        const targetIsDir = io.fs.isDirectory(target);
        if (st.type === 'dir' && io.fs.exists(target) && !targetIsDir) {
          out.fail(`${mode}: cannot overwrite non-directory ${quoteName(targetName)} with directory ${quoteName(src)}`);
          continue;
        }
        if (st.type === 'file' && targetIsDir) {
          out.fail(`${mode}: cannot overwrite directory ${quoteName(targetName)} with non-directory`);
          continue;
        }
        const error = mode === 'cp' ? copyTree(io.fs, srcPath, target) : io.fs.rename(srcPath, target);
        if (error) out.fail(`${mode}: cannot ${mode === 'cp' ? 'create regular file' : 'move'} ${quoteName(targetName)}: ${error}`);
        else if (args.has('v')) out.out(`${mode === 'mv' ? 'renamed ' : ''}${quoteName(src)} -> ${quoteName(targetName)}\n`);
      }
      return out.result();
    },
  };
}

/** Copies a file or a directory tree; returns the error text of the first failure. */
export function copyTree(fs: VirtualFs, from: string, to: string): string | undefined {
  const st = fs.stat(from);
  if (isFsError(st)) return errorText(st);
  if (st.type === 'file') {
    const content = fs.readFile(from);
    if (isFsError(content)) return errorText(content);
    const error = fs.writeFile(to, content, { mode: st.mode });
    return error ? errorText(error) : undefined;
  }
  if (!fs.isDirectory(to)) {
    const error = fs.mkdir(to, { mode: st.mode });
    if (error) return errorText(error);
  }
  const names = fs.readdir(from);
  if (isFsError(names)) return errorText(names);
  for (const name of names) {
    const error = copyTree(fs, `${from}/${name}`, `${to}/${name}`);
    if (error) return error;
  }
  return undefined;
}

export const cp = transfer('cp');
export const mv = transfer('mv');

