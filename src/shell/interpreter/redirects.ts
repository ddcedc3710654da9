/**
 * Applying a command's redirections, left to right as bash does: `> f` truncates the file at once
 * (so `cat f > f` reads an empty file, like the real thing), `2>&1` copies where 1 points now.
 */
import type { ExpandResult } from '../expand/expand';
import { errorText, isFsError } from '../fs/errors';
import { resolvePath } from '../fs/paths';
import type { VirtualFs } from '../fs/vfs';
import type { Redirect, Word } from '../parser/ast';
import { type Destination, FdTable, FileDestination, NULL_DESTINATION } from './destinations';

export interface RedirectDeps {
  fs: VirtualFs;
  cwd: string;
  /** Expands a file name (globbing allowed if it gives one name). */
  target(word: Word): ExpandResult<string>;
  /** Expands a here-document body or here-string. */
  text(word: Word): ExpandResult<string>;
}

export type RedirectResult = { ok: true; fds: FdTable; stdin: string; stdinIsFile?: boolean } | { ok: false; error: string };

export function applyRedirects(redirects: readonly Redirect[], fds: FdTable, stdin: string, deps: RedirectDeps): RedirectResult {
  if (redirects.length === 0) return { ok: true, fds, stdin };
  const table = fds.copy();
  let input = stdin;
  let fromFile: boolean | undefined;
  for (const redirect of redirects) {
    const { op, fd } = redirect;
    if (op === '<<' || op === '<<-') {
      const body = redirect.heredoc ? deps.text(redirect.heredoc.body) : { ok: true as const, value: '' };
      if (!body.ok) return body;
      if (fd === 0) {
        input = body.value;
        fromFile = false;
      }
      continue;
    }
    if (!redirect.target) continue;
    if (op === '<<<') {
      const text = deps.text(redirect.target);
      if (!text.ok) return text;
      if (fd === 0) {
        input = `${text.value}\n`;
        fromFile = false;
      }
      continue;
    }
    const expanded = deps.target(redirect.target);
    if (!expanded.ok) return expanded;
    const name = expanded.value;
    if (op === '>&' || op === '<&') {
      if (name === '-') {
        if (op === '<&') input = '';
        else table.close(fd);
        continue;
      }
      if (/^[0-9]+$/.test(name)) {
        if (op === '<&') continue;
        const source = table.get(Number(name));
        if (!source) return { ok: false, error: `${name}: Bad file descriptor` };
        table.set(fd, source);
        continue;
      }
      if (op === '<&') return { ok: false, error: `${name}: ambiguous redirect` };
      // `>& file` is `&> file`
      const dest = openForWrite(name, false, deps);
      if (typeof dest === 'string') return { ok: false, error: dest };
      table.set(1, dest);
      table.set(2, dest);
      continue;
    }
    if (op === '<' || op === '<>') {
      const path = resolvePath(deps.cwd, name);
      if (op === '<>' && !deps.fs.exists(path)) {
        const created = deps.fs.writeFile(path, '');
        if (created) return { ok: false, error: `${name}: ${errorText(created)}` };
      }
      const content = deps.fs.readFile(path);
      if (isFsError(content)) return { ok: false, error: `${name}: ${errorText(content)}` };
      if (fd === 0) {
        input = content;
        fromFile = true;
      }
      continue;
    }
    const dest = openForWrite(name, op === '>>' || op === '&>>', deps, table);
    if (typeof dest === 'string') return { ok: false, error: dest };
    if (op === '&>' || op === '&>>') {
      table.set(1, dest);
      table.set(2, dest);
    } else table.set(fd, dest);
  }
  return { ok: true, fds: table, stdin: input, stdinIsFile: fromFile };
}

/** Opens a file for `>` (truncating) or `>>`; returns the error text on failure. */
function openForWrite(name: string, append: boolean, deps: RedirectDeps, table?: FdTable): Destination | string {
  if (name === '/dev/null') return NULL_DESTINATION;
  if (name === '/dev/stdout' && table) return table.out;
  if (name === '/dev/stderr' && table) return table.err;
  const path = resolvePath(deps.cwd, name);
  if (deps.fs.isDirectory(path)) return `${name}: Is a directory`;
  const error = deps.fs.writeFile(path, '', { append });
  if (error) return `${name}: ${errorText(error)}`;
  return new FileDestination(deps.fs, path);
}
