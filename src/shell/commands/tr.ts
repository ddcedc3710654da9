/** `tr SET1 [SET2]` with ranges, classes ([:lower:]...), escapes, and -d, -s, -c. */
import type { Command } from '../types';
import { parseArgs, quoteLocale, usageError } from './options';
import { Output } from './output';

const CLASSES: Record<string, string> = {
  lower: 'abcdefghijklmnopqrstuvwxyz',
  upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  digit: '0123456789',
  space: ' \t\n\r\f\v',
  blank: ' \t',
  punct: '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~',
};
CLASSES.alpha = (CLASSES.lower ?? '') + (CLASSES.upper ?? '');
CLASSES.alnum = (CLASSES.digit ?? '') + (CLASSES.alpha ?? '');
CLASSES.xdigit = '0123456789ABCDEFabcdef';

/** Expands a tr set into its characters. */
export function expandSet(set: string): string[] | string {
  const chars: string[] = [];
  const input = [...set];
  const unescape = (i: number): [string, number] => {
    const c = input[i] ?? '';
    if (c !== '\\' || i + 1 >= input.length) return [c, i + 1];
    const next = input[i + 1] ?? '';
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', a: '\x07', b: '\b', '\\': '\\' };
    if (simple[next] !== undefined) return [simple[next], i + 2];
    if (/[0-7]/.test(next)) {
      let j = i + 1;
      let digits = '';
      while (j < input.length && digits.length < 3 && /[0-7]/.test(input[j] ?? '')) digits += input[j++];
      return [String.fromCharCode(parseInt(digits, 8)), j];
    }
    return [next, i + 2];
  };
  for (let i = 0; i < input.length; ) {
    const rest = input.slice(i).join('');
    const cls = /^\[:([a-z]+):\]/.exec(rest);
    if (cls) {
      const members = CLASSES[cls[1] ?? ''];
      if (members === undefined) return `invalid character class ${quoteLocale(cls[1] ?? '')}`;
      chars.push(...members);
      i += cls[0].length;
      continue;
    }
    const [c, next] = unescape(i);
    if (input[next] === '-' && next + 1 < input.length) {
      const [end, after] = unescape(next + 1);
      const from = c.codePointAt(0) ?? 0;
      const to = end.codePointAt(0) ?? 0;
      if (to < from) return `range-endpoints of '${c}-${end}' are in reverse collating sequence order`;
      for (let code = from; code <= to; code++) chars.push(String.fromCodePoint(code));
      i = after;
      continue;
    }
    chars.push(c);
    i = next;
  }
  return chars;
}

export const tr: Command = {
  execute(argv, io) {
    const parsed = parseArgs('tr', argv, { flags: 'dscC', long: { delete: { key: 'd' }, 'squeeze-repeats': { key: 's' }, complement: { key: 'c' } } });
    if (!parsed.ok) return parsed.result;
    const { args } = parsed;
    const [first, second] = args.operands;
    const del = args.has('d');
    const squeeze = args.has('s');
    if (first === undefined) return usageError('tr', 'missing operand');
    if (second === undefined && !del && !squeeze) {
      return { stdout: '', stderr: `tr: missing operand after ${quoteLocale(first)}\nTwo strings must be given when translating.\nTry 'tr --help' for more information.\n`, exitCode: 1 };
    }
    if (args.operands.length > (del && !squeeze ? 1 : 2)) {
      return usageError('tr', `extra operand ${quoteLocale(args.operands[del && !squeeze ? 1 : 2] ?? '')}`);
    }
    const set1 = expandSet(first);
    const set2 = second === undefined ? [] : expandSet(second);
    const out = new Output();
    if (typeof set1 === 'string') return out.fail(`tr: ${set1}`).result();
    if (typeof set2 === 'string') return out.fail(`tr: ${set2}`).result();
    const complement = args.has('c') || args.has('C');
    const inSet1 = (c: string) => set1.includes(c) !== complement;
    let result = '';
    let last = '';
    for (const c of io.stdin) {
      let mapped: string | undefined = c;
      if (del) mapped = inSet1(c) ? undefined : c;
      else if (second !== undefined && inSet1(c)) {
        const index = complement ? set2.length - 1 : set1.lastIndexOf(c);
        mapped = set2[Math.min(index, set2.length - 1)] ?? c;
      }
      if (mapped === undefined) continue;
      const squeezeSet = del || second !== undefined ? set2 : set1;
      if (squeeze && mapped === last && (second === undefined && !del ? inSet1(mapped) : squeezeSet.includes(mapped))) continue;
      result += mapped;
      last = mapped;
    }
    return out.out(result).result();
  },
};
