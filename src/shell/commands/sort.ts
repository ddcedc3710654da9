/**
 * `sort` with -r -n -h -u -f -b -s -t SEP -k KEYDEF -o FILE. Lines compare by code point (the
 * C.UTF-8 locale); equal keys fall back to the whole line unless -s or -u.
 */
import { resolvePath } from '../fs/paths';
import { errorText } from '../fs/errors';
import type { Command } from '../types';
import { joinLines, readOperand, splitLines } from './files';
import { parseArgs, quoteLocale } from './options';
import { Output } from './output';

interface Key {
  startField: number;
  startChar: number;
  endField: number;
  endChar: number;
  flags: string;
}

export const sort: Command = {
  execute(argv, io) {
    const parsed = parseArgs('sort', argv, {
      flags: 'rnhufbsVcMdg',
      values: 'tko',
      long: {
        reverse: { key: 'r' },
        'numeric-sort': { key: 'n' },
        'human-numeric-sort': { key: 'h' },
        unique: { key: 'u' },
        'ignore-case': { key: 'f' },
        'field-separator': { key: 't', value: true },
        key: { key: 'k', value: true },
        output: { key: 'o', value: true },
        stable: { key: 's' },
        'version-sort': { key: 'V' },
      },
      usageExit: 2,
    });
    if (!parsed.ok) return parsed.result;
    const { args } = parsed;
    const out = new Output();
    const keys: Key[] = [];
    for (const spec of args.all('k')) {
      const key = parseKey(spec);
      if (typeof key === 'string') return out.fail(`sort: ${key}`, 2).result();
      keys.push(key);
    }
    const separator = args.value('t');
    if (separator !== undefined && [...separator].length !== 1) return out.fail(`sort: multi-character tab ${quoteLocale(separator)}`, 2).result();
    const global = ['n', 'h', 'f', 'b', 'r', 'g', 'V'].filter((f) => args.has(f)).join('');
    let lines: string[] = [];
    for (const name of args.operands.length > 0 ? args.operands : ['-']) {
      const read = readOperand(name, io);
      if ('error' in read) return out.fail(`sort: cannot read: ${name}: ${read.error}`, 2).result();
      lines.push(...splitLines(read.text));
    }
    const compare = (a: string, b: string): number => {
      for (const key of keys.length > 0 ? keys : [{ startField: 1, startChar: 1, endField: 0, endChar: 0, flags: '' }]) {
        const flags = key.flags || global;
        const result = compareBy(extract(a, key, separator), extract(b, key, separator), flags);
        if (result !== 0) return flags.includes('r') ? -result : result;
      }
      if (args.has('s') || args.has('u')) return 0;
      const last = codePointCompare(a, b);
      return global.includes('r') ? -last : last;
    };
    lines = lines.map((line, index) => ({ line, index }))
      .sort((x, y) => compare(x.line, y.line) || x.index - y.index)
      .map((x) => x.line);
    if (args.has('u')) lines = lines.filter((line, i) => i === 0 || compare(lines[i - 1] ?? '', line) !== 0);
    const text = joinLines(lines);
    const output = args.value('o');
    if (output !== undefined) {
      const error = io.fs.writeFile(resolvePath(io.cwd, output), text);
      if (error) return out.fail(`sort: open failed: ${output}: ${errorText(error)}`, 2).result();
      return out.result();
    }
    return out.out(text).result();
  },
};

function parseKey(spec: string): Key | string {
  const m = /^([0-9]+)(?:\.([0-9]+))?([bdfgiMhnRrV]*)(?:,([0-9]+)(?:\.([0-9]+))?([bdfgiMhnRrV]*))?$/.exec(spec);
  if (!m) return `invalid number at field start: invalid count at start of ${quoteLocale(spec)}`;
  const startField = Number(m[1]);
  if (startField === 0) return `field number is zero: invalid field specification ${quoteLocale(spec)}`;
  return {
    startField,
    startChar: m[2] ? Number(m[2]) : 1,
    endField: m[4] ? Number(m[4]) : 0,
    endChar: m[5] ? Number(m[5]) : 0,
    flags: (m[3] ?? '') + (m[6] ?? ''),
  };
}

/** The key text: fields split at `sep`, or at blank-to-nonblank edges (leading blanks kept). */
function extract(line: string, key: Key, sep: string | undefined): string {
  const starts: number[] = [];
  const ends: number[] = [];
  if (sep !== undefined) {
    let pos = 0;
    for (const field of line.split(sep)) {
      starts.push(pos);
      ends.push(pos + field.length);
      pos += field.length + sep.length;
    }
  } else {
    const re = /[ \t]*[^ \t]*/g;
    for (let m = re.exec(line); m && m[0] !== ''; m = re.exec(line)) {
      starts.push(m.index);
      ends.push(m.index + m[0].length);
    }
    if (starts.length === 0) {
      starts.push(0);
      ends.push(line.length);
    }
  }
  const fieldStart = starts[key.startField - 1];
  if (fieldStart === undefined) return '';
  const from = Math.min(fieldStart + key.startChar - 1, ends[key.startField - 1] ?? line.length);
  let to = line.length;
  if (key.endField > 0) {
    const endStart = starts[key.endField - 1];
    const endEnd = ends[key.endField - 1];
    if (endStart !== undefined && endEnd !== undefined) to = key.endChar > 0 ? Math.min(endStart + key.endChar, endEnd) : endEnd;
  }
  return line.slice(from, Math.max(from, to));
}

function compareBy(a: string, b: string, flags: string): number {
  let x = flags.includes('b') ? a.replace(/^[ \t]+/, '') : a;
  let y = flags.includes('b') ? b.replace(/^[ \t]+/, '') : b;
  if (flags.includes('n') || flags.includes('g')) return numeric(x) - numeric(y) || 0;
  if (flags.includes('h')) return human(x) - human(y) || 0;
  if (flags.includes('f')) {
    x = x.toUpperCase();
    y = y.toUpperCase();
  }
  return codePointCompare(x, y);
}

function numeric(text: string): number {
  const m = /^[ \t]*(-?[0-9]*\.?[0-9]+|-?[0-9]+)/.exec(text);
  return m ? Number(m[1]) : 0;
}

function human(text: string): number {
  const m = /^[ \t]*(-?[0-9.]+)([KMGTPE]?)/.exec(text);
  if (!m) return 0;
  return Number(m[1]) * 1024 ** ' KMGTPE'.indexOf(m[2] || ' ');
}

export function codePointCompare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
