/**
 * Pathname expansion against the virtual filesystem. As in bash: dot files need a literal leading
 * dot, matches come sorted, and a pattern matching nothing is left as it was (by the caller).
 */
import { resolvePath } from '../fs/paths';
import { byteOrder, type VirtualFs } from '../fs/vfs';
import { hasGlob, patternRegex, unescapePattern } from './pattern';

/** Paths matching `pattern` (relative ones stay relative to `cwd`), sorted; [] when none. */
export function globPaths(pattern: string, cwd: string, fs: VirtualFs): string[] {
  const absolute = pattern.startsWith('/');
  const segments = pattern.split('/');
  // `a/*/` keeps the trailing slash and only matches directories.
  const trailingSlash = segments.length > 1 && segments[segments.length - 1] === '';
  const parts = segments.filter((s) => s !== '');
  let matches: string[] = [absolute ? '/' : ''];
  for (const segment of parts) {
    const next: string[] = [];
    for (const prefix of matches) {
      const dir = resolvePath(cwd, prefix === '' ? '.' : prefix);
      if (!hasGlob(segment)) {
        // Literal segments are checked once at the end, with the whole path.
        next.push(join(prefix, unescapePattern(segment)));
        continue;
      }
      const entries = fs.readdir(dir);
      if (!Array.isArray(entries)) continue;
      const regex = patternRegex(segment, true);
      const showHidden = segment.startsWith('.') || segment.startsWith('\\.');
      for (const name of entries) {
        if (name.startsWith('.') && !showHidden) continue;
        if (regex.test(name)) next.push(join(prefix, name));
      }
    }
    matches = next;
    if (matches.length === 0) return [];
  }
  const found = matches.filter((m) => {
    const st = fs.stat(resolvePath(cwd, m));
    if ('fsError' in st) return false;
    return !trailingSlash || st.type === 'dir';
  });
  return found.map((m) => (trailingSlash ? `${m}/` : m)).sort(byteOrder);
}

function join(prefix: string, name: string): string {
  if (prefix === '') return name;
  return prefix.endsWith('/') ? prefix + name : `${prefix}/${name}`;
}
