// Local files the kubeconfig-editing commands point at: paths are stored absolute (Go's
// filepath.Abs against the shell's working directory), and embedding needs the file to exist.

import type { Invocation } from '../../cli/command';
import { messageError, type KubectlError } from '../../cli/errors';
import { resolvePath } from '../../../sim/images/fs';

/** The path as kubectl stores it: absolute and cleaned. */
export function absolutePath(inv: Invocation, path: string): string {
  const files = inv.ctx.files;
  if (files?.absolute) return files.absolute(path);
  return path.startsWith('/') ? path : `/root/${path}`;
}

/** os.Stat's failure for a file named by flag `flag`, in the words of kubectl's validation. */
export function statError(inv: Invocation, flag: string, path: string): KubectlError | undefined {
  const files = inv.ctx.files;
  if (files && (files.readFile(path) !== undefined || files.isDir(path))) return undefined;
  return messageError(`could not stat ${flag} file ${path}: stat ${path}: no such file or directory`);
}

/**
 * clientcmd's write of a changed entry: its file references become relative to the kubeconfig's
 * folder when that needs no `../`, and stay absolute otherwise.
 */
export function relativizePaths(inv: Invocation, entry: Record<string, unknown>, keys: readonly string[], kubeconfigPath: string): void {
  // The folder of the kubeconfig as an absolute path (--kubeconfig may name it relative to the working directory).
  const file = absolutePath(inv, kubeconfigPath);
  const base = file.slice(0, file.lastIndexOf('/')) || '/';
  for (const key of keys) {
    const value = entry[key];
    if (typeof value !== 'string' || value === '') continue;
    const abs = resolvePath(base, value);
    if (abs === base) entry[key] = '.';
    else if (base === '/') entry[key] = abs.slice(1);
    else if (abs.startsWith(`${base}/`)) entry[key] = abs.slice(base.length + 1);
    else entry[key] = abs;
  }
}
