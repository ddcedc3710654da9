/**
 * `ls` with -l -a -A -1 -C -d -h -r -t -S. Files named on the command line come first, then each
 * directory's entries under a `dir:` heading when more than one operand was given.
 */
import { isFsError } from '../fs/errors';
import { baseName, resolvePath } from '../fs/paths';
import { byteOrder, type FsStat } from '../fs/vfs';
import { lsTime } from '../text/time';
import type { Command, CommandIO } from '../types';
import { columns, displayNames } from './ls-layout';
import { parseArgs, quoteName } from './options';
import { Output } from './output';

interface Entry {
  name: string;
  stat: FsStat;
}

export const ls: Command = {
  execute(argv, io) {
    const parsed = parseArgs('ls', argv, {
      flags: 'laA1CdhrtSF',
      long: {
        all: { key: 'a' },
        'almost-all': { key: 'A' },
        directory: { key: 'd' },
        'human-readable': { key: 'h' },
        reverse: { key: 'r' },
        color: { key: 'color', value: 'optional' },
      },
      usageExit: 2,
      usage: '[OPTION]... [FILE]...',
    });
    if (!parsed.ok) return parsed.result;
    const args = parsed.args;
    const layout = args.lastOf(['l', '1', 'C']) ?? (io.stdoutIsTerminal ? 'C' : '1');
    const opts = {
      all: args.lastOf(['a', 'A']),
      long: layout === 'l',
      columns: layout === 'C',
      human: args.has('h'),
      classify: args.has('F'),
      sort: args.lastOf(['t', 'S']),
      reverse: args.has('r'),
      terminal: io.stdoutIsTerminal,
    };
    const out = new Output();
    const operands = args.operands.length > 0 ? args.operands : ['.'];
    const files: Entry[] = [];
    const dirs: Entry[] = [];
    for (const name of [...operands].sort(byteOrder)) {
      const st = io.fs.stat(resolvePath(io.cwd, name));
      if (isFsError(st)) {
        out.fail(`ls: cannot access ${quoteName(name)}: No such file or directory`, 2);
        continue;
      }
      (st.type === 'dir' && !args.has('d') ? dirs : files).push({ name, stat: st });
    }
    const sections: string[] = [];
    if (files.length > 0) sections.push(render(sortEntries(files, opts), opts, io, false));
    for (const dir of sortEntries(dirs, opts)) {
      const path = resolvePath(io.cwd, dir.name);
      const body = render(sortEntries(readEntries(path, opts.all, io), opts), opts, io, true);
      sections.push(operands.length > 1 ? `${dir.name}:\n${body}` : body);
    }
    out.out(sections.join('\n'));
    return out.result();
  },
};

type Options = {
  all: string | undefined;
  long: boolean;
  columns: boolean;
  human: boolean;
  classify: boolean;
  sort: string | undefined;
  reverse: boolean;
  terminal: boolean;
};

function readEntries(path: string, all: string | undefined, io: CommandIO): Entry[] {
  const names = io.fs.readdir(path);
  if (isFsError(names)) return [];
  const entries: Entry[] = [];
  if (all === 'a') {
    for (const [name, target] of [
      ['.', path],
      ['..', resolvePath(path, '..')],
    ] as const) {
      const st = io.fs.stat(target);
      if (!isFsError(st)) entries.push({ name, stat: st });
    }
  }
  for (const name of names) {
    if (name.startsWith('.') && !all) continue;
    const st = io.fs.stat(`${path}/${name}`);
    if (!isFsError(st)) entries.push({ name, stat: st });
  }
  return entries;
}

function sortEntries(entries: Entry[], opts: Options): Entry[] {
  const sorted = [...entries].sort((a, b) => {
    if (opts.sort === 't' && a.stat.mtime !== b.stat.mtime) return b.stat.mtime - a.stat.mtime;
    if (opts.sort === 'S' && a.stat.size !== b.stat.size) return b.stat.size - a.stat.size;
    return byteOrder(a.name, b.name);
  });
  return opts.reverse ? sorted.reverse() : sorted;
}

function render(entries: Entry[], opts: Options, io: CommandIO, withTotal: boolean): string {
  const shown = entries.map((e) => (opts.classify && e.stat.type === 'dir' ? `${e.name}/` : opts.classify && e.stat.mode & 0o111 ? `${e.name}*` : e.name));
  const names = displayNames(shown, opts.terminal);
  if (opts.long) return longFormat(entries, names, opts, io, withTotal);
  if (opts.columns) return columns(names, io.columns);
  return names.map((n) => `${n}\n`).join('');
}

function longFormat(entries: Entry[], names: string[], opts: Options, io: CommandIO, withTotal: boolean): string {
  const user = io.host.user;
  const sizes = entries.map((e) => (opts.human ? humanSize(e.stat.size) : String(e.stat.size)));
  const links = entries.map((e) => String(e.stat.nlink));
  const sizeWidth = Math.max(0, ...sizes.map((s) => s.length));
  const linkWidth = Math.max(0, ...links.map((s) => s.length));
  const now = io.host.clock.now();
  let out = '';
  if (withTotal) {
    const blocks = entries.reduce((sum, e) => sum + (e.stat.type === 'dir' ? 4 : Math.ceil(e.stat.size / 4096) * 4), 0);
    out += `total ${opts.human ? humanSize(blocks * 1024) : blocks}\n`;
  }
  entries.forEach((e, i) => {
    const cells = [modeString(e.stat), (links[i] ?? '').padStart(linkWidth), user, user, (sizes[i] ?? '').padStart(sizeWidth), lsTime(e.stat.mtime, now)];
    out += `${cells.join(' ')} ${names[i] ?? baseName(e.name)}\n`;
  });
  return out;
}

export function modeString(stat: Pick<FsStat, 'type' | 'mode'>): string {
  const m = stat.mode;
  const bit = (mask: number, c: string) => (m & mask ? c : '-');
  const exec = (x: number, special: number, on: string, off: string) => (m & special ? (m & x ? on : off) : m & x ? 'x' : '-');
  return (
    (stat.type === 'dir' ? 'd' : '-') +
    bit(0o400, 'r') + bit(0o200, 'w') + exec(0o100, 0o4000, 's', 'S') +
    bit(0o040, 'r') + bit(0o020, 'w') + exec(0o010, 0o2000, 's', 'S') +
    bit(0o004, 'r') + bit(0o002, 'w') + exec(0o001, 0o1000, 't', 'T')
  );
}

/** `ls -h` sizes: 1023, 1.0K, 1.5K, 10K, 4.0M (powers of 1024, rounded up). */
export function humanSize(bytes: number): string {
  if (bytes < 1024) return String(bytes);
  const units = ['K', 'M', 'G', 'T', 'P'];
  let value = bytes;
  let unit = -1;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const text = value < 10 ? (Math.ceil(value * 10) / 10).toFixed(1) : String(Math.ceil(value));
  // Rounding up can reach the next unit (1023.9K → 1.0M).
  if (Number(text) >= 1024 && unit < units.length - 1) return `1.0${units[unit + 1] ?? ''}`;
  if (text === '10.0') return `10${units[unit] ?? ''}`;
  return `${text}${units[unit] ?? ''}`;
}
