/** Text filters: head, tail (and `tail -f`), grep, sort, uniq, wc, tr, tee. */
import { isReadOnly, readFile, resolvePath } from '../fs';
import type { Tool } from '../machine';
import { gnu, inputs, readOnlyError } from './coreutils';

function lineFilter(name: string, fn: (lines: string[], args: string[]) => string[]): Tool {
  return (c) => {
    const args = c.argv.slice(1);
    const files = args.filter((a, i) => !a.startsWith('-') && !/^-[nc]$/.test(args[i - 1] ?? ''));
    const opts = args.filter((a) => !files.includes(a));
    const texts = name === 'grep' ? inputs(c, files.slice(1), name) : inputs(c, files, name);
    if (texts.some((t) => t === null)) return name === 'grep' ? 2 : 1;
    const text = texts.join('');
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    const result = fn(lines, name === 'grep' ? [...opts, ...files.slice(0, 1)] : opts);
    c.out(result.map((l) => `${l}\n`).join(''));
    return name === 'grep' && result.length === 0 ? 1 : 0;
  };
}

const count = (opts: string[], dflt: number): number => {
  for (let i = 0; i < opts.length; i++) {
    const o = opts[i] ?? '';
    if (o === '-n') return Number(opts[i + 1] ?? dflt);
    if (/^-n\d+$/.test(o)) return Number(o.slice(2));
    if (/^-\d+$/.test(o)) return Number(o.slice(1));
  }
  return dflt;
};

const head = lineFilter('head', (lines, opts) => lines.slice(0, count(opts, 10)));
const tailLines = lineFilter('tail', (lines, opts) => {
  const n = count(opts, 10);
  return n === 0 ? [] : lines.slice(-n);
});
const tail: Tool = (c) => {
  if (c.argv.includes('-f') || c.argv.includes('-F')) {
    // `tail -f FILE` keeps running (the classic way to keep a container alive).
    const file = c.argv.slice(1).filter((a) => !a.startsWith('-')).pop();
    if (file && file !== '/dev/null') {
      const text = readFile(c.m, resolvePath(c.cwd, file));
      if (text === null) {
        c.err(gnu(c) ? `tail: cannot open '${file}' for reading: No such file or directory\n` : `tail: can't open '${file}': No such file or directory\n`);
        if (!gnu(c)) return 1;
      } else {
        c.out(text.split('\n').slice(-11).join('\n'));
      }
    }
    c.m.setUsage(0, 256 * 1024);
    c.m.forever();
    return 0;
  }
  return tailLines(c);
};
const grep = lineFilter('grep', (lines, opts) => {
  const pattern = opts.filter((o) => !o.startsWith('-')).pop() ?? '';
  const flags = opts.filter((o) => o.startsWith('-')).join('');
  const re = new RegExp(flags.includes('F') ? pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : pattern.replace(/\\([|(){}+?])/g, '$1'), flags.includes('i') ? 'i' : '');
  const matched = lines.filter((l) => re.test(l) !== flags.includes('v'));
  return flags.includes('c') ? [String(matched.length)] : matched;
});
const sort = lineFilter('sort', (lines, opts) => {
  const flags = opts.join('');
  const sorted = [...lines].sort((a, b) => (flags.includes('n') ? Number.parseFloat(a) - Number.parseFloat(b) : a < b ? -1 : a > b ? 1 : 0));
  if (flags.includes('r')) sorted.reverse();
  return flags.includes('u') ? sorted.filter((l, i) => sorted.indexOf(l) === i) : sorted;
});
const uniq = lineFilter('uniq', (lines) => lines.filter((l, i) => l !== lines[i - 1]));

const wc: Tool = (c) => {
  const args = c.argv.slice(1);
  const flags = args.filter((a) => a.startsWith('-')).join('');
  const files = args.filter((a) => !a.startsWith('-'));
  const texts = inputs(c, files, 'wc');
  if (texts.some((t) => t === null)) return 1;
  const text = texts.join('');
  const counts = { l: (text.match(/\n/g) ?? []).length, w: text.split(/\s+/).filter(Boolean).length, c: text.length };
  const pick = flags ? (['l', 'w', 'c'] as const).filter((k) => flags.includes(k)) : (['l', 'w', 'c'] as const);
  const width = pick.length === 1 ? 0 : gnu(c) ? Math.max(1, String(counts.c).length) : 7;
  c.out(`${pick.map((k) => String(counts[k]).padStart(width)).join(gnu(c) ? ' ' : ' ')}${files[0] ? ` ${files[0]}` : ''}\n`);
  return 0;
};

const tr: Tool = (c) => {
  const [a = '', b = ''] = c.argv.slice(1).filter((x) => !x.startsWith('-'));
  const expand = (s: string): string => s.replace(/(.)-(.)/g, (_m, x: string, y: string) => {
    let r = '';
    for (let k = x.charCodeAt(0); k <= y.charCodeAt(0); k++) r += String.fromCharCode(k);
    return r;
  }).replace('[:lower:]', 'abcdefghijklmnopqrstuvwxyz').replace('[:upper:]', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
  const from = expand(a);
  const to = expand(b);
  const del = c.argv.includes('-d');
  let out = '';
  for (const ch of c.stdin ?? '') {
    const k = from.indexOf(ch);
    if (k < 0) out += ch;
    else if (!del) out += to[Math.min(k, to.length - 1)] ?? '';
  }
  c.out(out);
  return 0;
};

const tee: Tool = (c) => {
  const append = c.argv.includes('-a');
  let status = 0;
  for (const f of c.argv.slice(1).filter((a) => !a.startsWith('-'))) {
    const path = resolvePath(c.cwd, f);
    if (isReadOnly(c.m, path)) status = readOnlyError(c, `tee: ${f}`, `tee: ${f}`);
    else c.m.written.set(path, (append ? (readFile(c.m, path) ?? '') : '') + (c.stdin ?? ''));
  }
  c.out(c.stdin ?? '');
  return status;
};

export const TEXT_TOOLS: Record<string, Tool> = { head, tail, grep, egrep: grep, fgrep: grep, sort, uniq, wc, tr, tee };
