/** Path arithmetic for the virtual filesystem: always `/`-separated, no symlinks. */

/** `path` made absolute against `cwd`, with `.`, `..` and repeated slashes folded away. */
export function resolvePath(cwd: string, path: string): string {
  const full = path.startsWith('/') ? path : `${cwd}/${path}`;
  const parts: string[] = [];
  for (const part of full.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

/** The components of an absolute, normalised path (`/` has none). */
export function splitPath(absolute: string): string[] {
  return absolute.split('/').filter((p) => p !== '');
}

/** `dirname` as coreutils prints it. */
export function dirName(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  if (trimmed === '') return path.startsWith('/') ? '/' : '.';
  const slash = trimmed.lastIndexOf('/');
  if (slash < 0) return '.';
  const dir = trimmed.slice(0, slash).replace(/\/+$/, '');
  return dir === '' ? '/' : dir;
}

/** `basename` as coreutils prints it. */
export function baseName(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  if (trimmed === '') return path.startsWith('/') ? '/' : '';
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

/** `/root/x` shown as `~/x` when home is `/root` (the prompt, `dirs`). */
export function tildePath(path: string, home: string): string {
  if (home === '' || home === '/') return path;
  if (path === home) return '~';
  if (path.startsWith(`${home}/`)) return `~${path.slice(home.length)}`;
  return path;
}
