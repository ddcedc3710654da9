// Local files the kubeconfig-editing commands point at: paths are stored absolute (Go's
// filepath.Abs against the shell's working directory), and embedding needs the file to exist.

import type { Invocation } from '../../cli/command';
import { messageError, type KubectlError } from '../../cli/errors';

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

/** path.Clean of an absolute path. */
function clean(path: string): string {
  const parts: string[] = [];
  for (const p of path.split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') parts.pop();
    else parts.push(p);
  }
  return `/${parts.join('/')}`;
}

/**
 * clientcmd's write of a changed entry: its file references become relative to the kubeconfig's
 * folder when that needs no `../`, and stay absolute otherwise.
 */
export function relativizePaths(entry: Record<string, unknown>, keys: readonly string[], kubeconfigPath: string): void {
  const base = clean(kubeconfigPath.slice(0, kubeconfigPath.lastIndexOf('/')) || '/');
  for (const key of keys) {
    const value = entry[key];
    if (typeof value !== 'string' || value === '') continue;
    const abs = clean(value.startsWith('/') ? value : `${base}/${value}`);
    if (abs === base) entry[key] = '.';
    else if (base === '/') entry[key] = abs.slice(1);
    else if (abs.startsWith(`${base}/`)) entry[key] = abs.slice(base.length + 1);
    else entry[key] = abs;
  }
}
