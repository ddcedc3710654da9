/**
 * `grep` with -i -v -c -E -F -n -o -w -x -r -l -L -q -s -h -H -m -e and context -A/-B/-C.
 * Exit status: 0 if a line was selected, 1 if none, 2 on an error (unless -q found a line).
 */
import { isFsError } from '../fs/errors';
import { resolvePath } from '../fs/paths';
import { compileRegex, escapeRegexSource } from '../text/regex';
import type { Command, CommandIO } from '../types';
import { readOperand, splitLines } from './files';
import { parseArgs } from './options';
import { Output } from './output';

const USAGE = "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n";

export const grep: Command = {
  execute(argv, io) {
    const parsed = parseArgs('grep', argv, {
      flags: 'ivcEFGnowxrRlLqsHhPyIaZz',
      values: 'eABCmf',
      long: {
        'ignore-case': { key: 'i' },
        'invert-match': { key: 'v' },
        count: { key: 'c' },
        'extended-regexp': { key: 'E' },
        'fixed-strings': { key: 'F' },
        'line-number': { key: 'n' },
        'only-matching': { key: 'o' },
        'word-regexp': { key: 'w' },
        'line-regexp': { key: 'x' },
        recursive: { key: 'r' },
        'files-with-matches': { key: 'l' },
        'files-without-match': { key: 'L' },
        quiet: { key: 'q' },
        silent: { key: 'q' },
        'no-messages': { key: 's' },
        'with-filename': { key: 'H' },
        'no-filename': { key: 'h' },
        regexp: { key: 'e', value: true },
        'after-context': { key: 'A', value: true },
        'before-context': { key: 'B', value: true },
        context: { key: 'C', value: true },
        'max-count': { key: 'm', value: true },
        color: { key: 'color', value: 'optional' },
        colour: { key: 'color', value: 'optional' },
      },
      usageExit: 2,
    });
    if (!parsed.ok) return parsed.result;
    const { args } = parsed;
    const operands = [...args.operands];
    const patterns = args.all('e');
    if (patterns.length === 0) {
      const first = operands.shift();
      if (first === undefined) return { stdout: '', stderr: USAGE, exitCode: 2 };
      patterns.push(first);
    }
    const out = new Output();
    const extended = args.has('E') || args.has('P');
    const sources: string[] = [];
    for (const pattern of patterns.flatMap((p) => p.split('\n'))) {
      if (args.has('F')) sources.push(escapeRegexSource(pattern));
      else {
        const compiled = compileRegex(pattern, extended, '');
        if (!compiled.ok) return out.fail(`grep: ${compiled.error}`, 2).result();
        sources.push(compiled.regex.source);
      }
    }
    let source = sources.map((s) => `(?:${s})`).join('|');
    if (args.has('w')) source = `(?<![A-Za-z0-9_])(?:${source})(?![A-Za-z0-9_])`;
    if (args.has('x')) source = `^(?:${source})$`;
    let regex: RegExp;
    try {
      regex = new RegExp(source, args.has('i') || args.has('y') ? 'gi' : 'g');
    } catch {
      return out.fail('grep: Invalid regular expression', 2).result();
    }
    const recursive = args.has('r') || args.has('R');
    const inputs = collectInputs(operands.length > 0 ? operands : [recursive ? '.' : '-'], recursive, operands.length === 0, io, out, args.has('s'));
    const withNames = args.has('H') || (!args.has('h') && (inputs.length > 1 || recursive));
    const context = (key: string) => Number(args.value(key) ?? args.value('C') ?? 0);
    const settings: Settings = {
      regex,
      invert: args.has('v'),
      count: args.has('c'),
      only: args.has('o'),
      number: args.has('n'),
      listMatching: args.has('l'),
      listMissing: args.has('L'),
      quiet: args.has('q'),
      max: args.has('m') ? Number(args.value('m')) : Infinity,
      after: context('A'),
      before: context('B'),
    };
    let selected = false;
    for (const input of inputs) {
      if (searchText(input.text, input.name, withNames, settings, out)) selected = true;
      if (selected && settings.quiet) return out.result(0);
    }
    return out.result(out.exitCode === 2 ? 2 : selected ? 0 : 1);
  },
};

interface Settings {
  regex: RegExp;
  invert: boolean;
  count: boolean;
  only: boolean;
  number: boolean;
  listMatching: boolean;
  listMissing: boolean;
  quiet: boolean;
  max: number;
  after: number;
  before: number;
}

/** Files to search: operands, with -r the files under directories (sorted); errors printed. */
function collectInputs(names: string[], recursive: boolean, implicit: boolean, io: CommandIO, out: Output, silent: boolean): Array<{ name: string; text: string }> {
  const inputs: Array<{ name: string; text: string }> = [];
  const complain = (message: string) => {
    if (!silent) out.err(`grep: ${message}\n`);
    out.exitCode = 2;
  };
  const visit = (name: string, display: string) => {
    const path = resolvePath(io.cwd, name);
    if (name !== '-' && io.fs.isDirectory(path)) {
      if (!recursive) return complain(`${display}: Is a directory`);
      const entries = io.fs.readdir(path);
      if (isFsError(entries)) return;
      for (const entry of entries) {
        const child = name === '.' && implicit ? entry : `${name.replace(/\/+$/, '')}/${entry}`;
        visit(child, child);
      }
      return;
    }
    const read = readOperand(name, io);
    if ('error' in read) complain(`${display}: ${read.error}`);
    else inputs.push({ name: name === '-' ? '(standard input)' : display, text: read.text });
  };
  for (const name of names) visit(name, name);
  return inputs;
}

/** Searches one input; returns whether any line was selected. */
function searchText(text: string, fileName: string, withName: boolean, s: Settings, out: Output): boolean {
  const name = withName ? fileName : undefined;
  const lines = splitLines(text);
  const prefix = (lineNo: number, sep: string) => `${name !== undefined ? `${name}${sep}` : ''}${s.number ? `${lineNo}${sep}` : ''}`;
  let count = 0;
  let lastPrinted = -1;
  let afterLeft = 0;
  let printedAny = false;
  const print = !s.count && !s.listMatching && !s.listMissing && !s.quiet;
  for (let i = 0; i < lines.length && count < s.max; i++) {
    const line = lines[i] ?? '';
    s.regex.lastIndex = 0;
    const matches = s.regex.test(line) !== s.invert;
    if (!matches) {
      if (print && afterLeft > 0) {
        out.out(`${prefix(i + 1, '-')}${line}\n`);
        lastPrinted = i;
        afterLeft--;
      }
      continue;
    }
    count++;
    if (!print) continue;
    const from = Math.max(lastPrinted + 1, i - s.before);
    if (printedAny && (s.before > 0 || s.after > 0) && from > lastPrinted + 1) out.out('--\n');
    for (let j = from; j < i; j++) out.out(`${prefix(j + 1, '-')}${lines[j] ?? ''}\n`);
    if (s.only && !s.invert) {
      s.regex.lastIndex = 0;
      for (const m of line.matchAll(s.regex)) if (m[0] !== '') out.out(`${prefix(i + 1, ':')}${m[0]}\n`);
    } else if (!s.only) out.out(`${prefix(i + 1, ':')}${line}\n`);
    lastPrinted = i;
    printedAny = true;
    afterLeft = s.after;
  }
  // Trailing context after the last allowed match (-m stops matching, not the context).
  if (print && count >= s.max) {
    for (let j = lastPrinted + 1; j < lines.length && afterLeft > 0; j++, afterLeft--) out.out(`${prefix(j + 1, '-')}${lines[j] ?? ''}\n`);
  }
  if (s.count) out.out(`${name !== undefined ? `${name}:` : ''}${count}\n`);
  if (s.listMatching && count > 0) out.out(`${fileName}\n`);
  if (s.listMissing && count === 0) out.out(`${fileName}\n`);
  return count > 0;
}
