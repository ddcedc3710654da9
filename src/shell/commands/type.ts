/** `type` (builtin) and `which`: what a name would run — alias, keyword, builtin or file. */
import type { Command, CommandIO } from '../types';
import { Output } from './output';

export const KEYWORDS = ['if', 'then', 'else', 'elif', 'fi', 'case', 'esac', 'for', 'select', 'while', 'until', 'do', 'done', 'in', 'function', 'time', '{', '}', '!', '[[', ']]', 'coproc'];

type Kind = 'alias' | 'keyword' | 'function' | 'builtin' | 'file';

function describe(name: string, io: CommandIO): Array<{ kind: Kind; text: string; path?: string }> {
  const found: Array<{ kind: Kind; text: string; path?: string }> = [];
  const alias = io.host.aliases.get(name);
  if (alias !== undefined) found.push({ kind: 'alias', text: `${name} is aliased to \`${alias}'` });
  if (KEYWORDS.includes(name)) found.push({ kind: 'keyword', text: `${name} is a shell keyword` });
  if (io.host.functions.has(name)) found.push({ kind: 'function', text: `${name} is a function` });
  const entry = io.host.commands.get(name) ?? (name.includes('/') ? io.host.commands.byPath(name) : undefined);
  if (entry?.kind === 'builtin') found.push({ kind: 'builtin', text: `${name} is a shell builtin` });
  if (entry?.path) found.push({ kind: 'file', text: `${name} is ${entry.path}`, path: entry.path });
  return found;
}

export const type: Command = {
  execute(args, io) {
    const out = new Output();
    let all = false;
    let terse = false;
    let pathOnly = false;
    const names: string[] = [];
    for (const arg of args) {
      if (/^-[atpP]+$/.test(arg) && names.length === 0) {
        all ||= arg.includes('a');
        terse ||= arg.includes('t');
        pathOnly ||= arg.includes('p') || arg.includes('P');
      } else names.push(arg);
    }
    for (const name of names) {
      let found = describe(name, io);
      if (pathOnly) found = found.filter((f) => f.kind === 'file');
      if (!all) found = found.slice(0, 1);
      if (found.length === 0) {
        if (!terse && !pathOnly) out.err(`bash: type: ${name}: not found\n`);
        out.exitCode = 1;
        continue;
      }
      for (const f of found) out.out(`${terse ? f.kind : pathOnly ? (f.path ?? '') : f.text}\n`);
    }
    return out.result();
  },
};

/** `which` (Debian's): prints the path of each command found; builtins without a file print nothing. */
export const which: Command = {
  execute(args, io) {
    const out = new Output();
    // Each command has one path here, so -a prints the same as without it.
    const names = args.filter((a) => a !== '-a' && a !== '-s');
    if (names.length === 0) out.exitCode = 1;
    for (const name of names) {
      const entry = name.includes('/') ? io.host.commands.byPath(name) : io.host.commands.get(name);
      if (entry?.path) out.out(`${entry.path}\n`);
      else out.exitCode = 1;
    }
    return out.result();
  },
};
