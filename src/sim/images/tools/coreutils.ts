/**
 * The small Unix tools container commands use, in GNU coreutils or BusyBox flavour (their error
 * texts differ: GNU `cat: x: No such file or directory`, BusyBox `cat: can't open 'x': No such file
 * or directory`). Texts are the tools' own; the BusyBox usage banner is modelled.
 */
import { DIR_MARKER, isDir, isReadOnly, listDir, readFile, removeFile, resolvePath } from '../fs';
import type { Tool, ToolCall } from '../machine';
import { echoEscapes, formatPrintf } from '../shell/builtins';
import { runTest } from '../shell/test-cmd';

export const gnu = (c: ToolCall): boolean => c.m.os.tools !== 'busybox';
const base = (c: ToolCall): string => (c.argv[0] ?? '').split('/').pop() ?? '';

function noFile(c: ToolCall, name: string, file: string): void {
  if (gnu(c)) c.err(`${name}: ${file}: No such file or directory\n`);
  else c.err(`${name}: can't open '${file}': No such file or directory\n`);
}

/** Read the operands (or stdin) as cat does; null marks a missing file (already reported). */
export function inputs(c: ToolCall, files: string[], name: string): (string | null)[] {
  if (!files.length || (files.length === 1 && files[0] === '-')) return [c.stdin ?? ''];
  return files.map((f) => {
    if (f === '-') return c.stdin ?? '';
    const path = resolvePath(c.cwd, f);
    const text = readFile(c.m, path);
    if (text === null) {
      if (isDir(c.m, path)) c.err(gnu(c) ? `${name}: ${f}: Is a directory\n` : `${name}: read error: Is a directory\n`);
      else noFile(c, name, f);
    }
    return text;
  });
}

/** Seconds of a duration operand (`5`, `0.5`, `2m`, `1h`, `infinity`); NaN if invalid. */
export function parseDuration(s: string): number {
  if (/^inf(inity)?$/i.test(s)) return Infinity;
  const m = /^(\d+(?:\.\d*)?|\.\d+)([smhd]?)$/.exec(s);
  if (!m) return NaN;
  const n = Number(m[1]);
  return n * ({ '': 1, s: 1, m: 60, h: 3600, d: 86400 }[m[2] ?? ''] ?? 1);
}

const sleep: Tool = (c) => {
  const args = c.argv.slice(1);
  if (!args.length) {
    if (gnu(c)) c.err("sleep: missing operand\nTry 'sleep --help' for more information.\n");
    else c.err('BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n\nUsage: sleep [N]...\n\nPause for a time equal to the total of the args given, where each arg can\nhave an optional suffix of (s)econds, (m)inutes, (h)ours, or (d)ays\n');
    return 1;
  }
  let total = 0;
  for (const a of args) {
    const s = parseDuration(c.m.resolve(a));
    if (Number.isNaN(s)) {
      if (gnu(c)) c.err(`sleep: invalid time interval '${a}'\nTry 'sleep --help' for more information.\n`);
      else c.err(`sleep: invalid number '${a}'\n`);
      return 1;
    }
    total += s;
  }
  c.m.sleep(total * 1000);
  return 0;
};

const cat: Tool = (c) => {
  const files = c.argv.slice(1).filter((a) => a === '-' || !a.startsWith('-'));
  let status = 0;
  for (const text of inputs(c, files, 'cat')) {
    if (text === null) status = 1;
    else c.out(text);
  }
  return status;
};

const env: Tool = (c) => {
  const args = c.argv.slice(1);
  const vars = new Map(args[0] === '-i' ? [] : c.env);
  let i = args[0] === '-i' ? 1 : 0;
  for (; i < args.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(args[i] ?? ''); i++) {
    const a = args[i] ?? '';
    vars.set(a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1));
  }
  if (i < args.length) return c.exec(args.slice(i), vars);
  for (const [k, v] of vars) c.out(`${k}=${v}\n`);
  return 0;
};

const printenv: Tool = (c) => {
  const names = c.argv.slice(1);
  if (!names.length) {
    for (const [k, v] of c.env) c.out(`${k}=${v}\n`);
    return 0;
  }
  let status = 0;
  for (const n of names) {
    const v = c.env.get(n);
    if (v === undefined) status = 1;
    else c.out(`${v}\n`);
  }
  return status;
};

const date: Tool = (c) => {
  const args = c.argv.slice(1);
  let format: string | undefined;
  for (const a of args) {
    if (a.startsWith('+')) format = a.slice(1);
    else if (a === '-R' || a === '--rfc-email') format = '%a, %d %b %Y %T +0000';
    else if (a === '-I' || a === '--iso-8601') format = '%F';
    else if (a.startsWith('--iso-8601=') || a.startsWith('-I')) format = '%FT%T+00:00';
    else if (a === '-s' || a.startsWith('--set')) {
      c.err(gnu(c) ? 'date: cannot set date: Operation not permitted\n' : "date: can't set date: Operation not permitted\n");
      return 1;
    }
  }
  c.out(`${c.m.datePlaceholder(format)}\n`);
  return 0;
};

const ls: Tool = (c) => {
  const args = c.argv.slice(1);
  const flags = args.filter((a) => a.startsWith('-') && a !== '-').join('');
  const paths = args.filter((a) => !a.startsWith('-') || a === '-');
  const all = flags.includes('a');
  const long = flags.includes('l');
  const targets = paths.length ? paths : ['.'];
  let status = 0;
  const blocks: string[] = [];
  for (const t of targets) {
    const path = resolvePath(c.cwd, t);
    const entries = listDir(c.m, path);
    if (entries === null) {
      if (readFile(c.m, path) !== null) {
        blocks.push(long ? `-rw-r--r--    1 root     root          ${String((readFile(c.m, path) ?? '').length).padStart(5)} Jan  1 00:00 ${t}\n` : `${t}\n`);
        continue;
      }
      c.err(gnu(c) ? `ls: cannot access '${t}': No such file or directory\n` : `ls: ${t}: No such file or directory\n`);
      status = gnu(c) ? 2 : 1;
      continue;
    }
    const names = all ? ['.', '..', ...entries] : entries.filter((e) => !e.startsWith('.'));
    const header = targets.length > 1 ? `${t}:\n` : '';
    const body = long
      ? `total ${names.length * 4}\n${names.map((n) => `${isDir(c.m, `${path}/${n}`) ? 'drwxr-xr-x' : '-rw-r--r--'}    1 root     root          4096 Jan  1 00:00 ${n}\n`).join('')}`
      : names.map((n) => `${n}\n`).join('');
    blocks.push(header + body);
  }
  c.out(blocks.join('\n'));
  return status;
};

const hostname: Tool = (c) => {
  c.out(`${c.m.hostname}\n`);
  return 0;
};

const id: Tool = (c) => {
  const args = c.argv.slice(1);
  if (args.includes('-u')) c.out('0\n');
  else if (args.includes('-un') || args.includes('-nu')) c.out('root\n');
  else if (gnu(c)) c.out('uid=0(root) gid=0(root) groups=0(root)\n');
  else c.out('uid=0(root) gid=0(root) groups=0(root),10(wheel)\n');
  return 0;
};

const uname: Tool = (c) => {
  const kernel = c.m.ctx.kernel ?? '6.8.0-45-generic';
  const a = c.argv.slice(1).join('');
  if (a.includes('a')) c.out(`Linux ${c.m.hostname} ${kernel} #45-Ubuntu SMP PREEMPT_DYNAMIC Fri Aug 30 12:02:04 UTC 2024 x86_64${gnu(c) ? ' GNU/Linux' : ' Linux'}\n`);
  else if (a.includes('r')) c.out(`${kernel}\n`);
  else if (a.includes('m')) c.out('x86_64\n');
  else if (a.includes('n')) c.out(`${c.m.hostname}\n`);
  else c.out('Linux\n');
  return 0;
};

const seq: Tool = (c) => {
  const n = c.argv.slice(1).map((a) => Number(c.m.resolve(a)));
  const [first, step, last] = n.length >= 3 ? [n[0] ?? 1, n[1] ?? 1, n[2] ?? 1] : n.length === 2 ? [n[0] ?? 1, 1, n[1] ?? 1] : [1, 1, n[0] ?? 0];
  let out = '';
  for (let v = first, k = 0; step > 0 ? v <= last : v >= last; v += step, k++) {
    if (k >= 100000) break;
    out += `${v}\n`;
  }
  c.out(out);
  return 0;
};

const yes: Tool = (c) => {
  const word = c.argv.slice(1).join(' ') || 'y';
  if (c.toLog) {
    // Prints as fast as it can: described as one line per millisecond (modelled rate).
    c.m.periodic = { startMs: c.m.t, everyMs: 1, lines: [{ offsetMs: 0, stream: 'stdout', parts: [word] }] };
    c.m.setUsage(1000, 400 * 1024);
    c.m.forever();
    return 0;
  }
  c.out(`${word}\n`.repeat(2000));
  return 0;
};

/** EROFS as each tool family words it: GNU `touch: cannot touch 'F': …`, BusyBox `touch: F: …`. */
export function readOnlyError(c: ToolCall, gnuText: string, busyboxText: string): number {
  c.err(`${gnu(c) ? gnuText : busyboxText}: Read-only file system\n`);
  return 1;
}

const touch: Tool = (c) => {
  let status = 0;
  for (const f of c.argv.slice(1).filter((a) => !a.startsWith('-'))) {
    const path = resolvePath(c.cwd, f);
    if (isReadOnly(c.m, path)) status = readOnlyError(c, `touch: cannot touch '${f}'`, `touch: ${f}`);
    else if (readFile(c.m, path) === null) c.m.written.set(path, '');
  }
  return status;
};

const mkdir: Tool = (c) => {
  let status = 0;
  for (const f of c.argv.slice(1).filter((a) => !a.startsWith('-'))) {
    const path = resolvePath(c.cwd, f);
    if (isReadOnly(c.m, path)) status = readOnlyError(c, `mkdir: cannot create directory '${f}'`, `mkdir: can't create directory '${f}'`);
    else c.m.written.set(`${path}/${DIR_MARKER}`, '');
  }
  return status;
};

const rm: Tool = (c) => {
  const flags = c.argv.slice(1).filter((a) => a.startsWith('-') && a !== '-').join('');
  const force = flags.includes('f');
  const recursive = /[rR]/.test(flags) || flags.includes('-recursive');
  let status = 0;
  for (const f of c.argv.slice(1).filter((a) => !a.startsWith('-') || a === '-')) {
    const path = resolvePath(c.cwd, f);
    if (isReadOnly(c.m, path) && (readFile(c.m, path) !== null || isDir(c.m, path))) {
      status = readOnlyError(c, `rm: cannot remove '${f}'`, `rm: can't remove '${f}'`);
      continue;
    }
    if (removeFile(c.m, path)) continue;
    const entries = isDir(c.m, path) ? listDir(c.m, path) : null;
    if (entries !== null && recursive) {
      removeTree(c, path);
      continue;
    }
    if (entries !== null) c.err(gnu(c) ? `rm: cannot remove '${f}': Is a directory\n` : `rm: '${f}' is a directory\n`);
    else if (!force) c.err(gnu(c) ? `rm: cannot remove '${f}': No such file or directory\n` : `rm: can't remove '${f}': No such file or directory\n`);
    else continue;
    status = 1;
  }
  return status;
};

/** rm -r: every file under `dir`, then the directory's own marker. */
function removeTree(c: ToolCall, dir: string): void {
  for (const name of listDir(c.m, dir) ?? []) {
    const path = `${dir === '/' ? '' : dir}/${name}`;
    if (!removeFile(c.m, path) && isDir(c.m, path)) removeTree(c, path);
  }
  removeFile(c.m, `${dir}/${DIR_MARKER}`);
}

const basename: Tool = (c) => {
  const p = (c.argv[1] ?? '').replace(/\/+$/, '');
  let b = p.split('/').pop() ?? '';
  if (c.argv[2] && b.endsWith(c.argv[2])) b = b.slice(0, -c.argv[2].length);
  c.out(`${b}\n`);
  return 0;
};

const dirname: Tool = (c) => {
  const p = (c.argv[1] ?? '').replace(/\/+$/, '');
  const i = p.lastIndexOf('/');
  c.out(`${i < 0 ? '.' : i === 0 ? '/' : p.slice(0, i)}\n`);
  return 0;
};

const expr: Tool = (c) => {
  const a = c.argv.slice(1).map((x) => c.m.resolve(x));
  let v: string;
  if (a.length === 3) {
    const [l = '', op, r = ''] = a;
    const nl = Number(l);
    const nr = Number(r);
    switch (op) {
      case '+': v = String(nl + nr); break;
      case '-': v = String(nl - nr); break;
      case '*': v = String(nl * nr); break;
      case '/': v = String(Math.trunc(nl / nr)); break;
      case '%': v = String(nl % nr); break;
      case '=': v = String(Number(l === r)); break;
      case '!=': v = String(Number(l !== r)); break;
      case '<': v = String(Number(nl < nr)); break;
      case '>': v = String(Number(nl > nr)); break;
      default: v = l;
    }
  } else {
    v = a[0] ?? '';
  }
  c.out(`${v}\n`);
  return v === '0' || v === '' ? 1 : 0;
};

const nproc: Tool = (c) => {
  c.out(`${c.m.ctx.nodeCpus ?? 2}\n`);
  return 0;
};

const whoami: Tool = (c) => {
  c.out('root\n');
  return 0;
};

const echo: Tool = (c) => {
  const args = c.argv.slice(1);
  let newline = true;
  let escapes = false;
  let i = 0;
  while (/^-[neE]+$/.test(args[i] ?? '')) {
    const f = args[i++] ?? '';
    if (f.includes('n')) newline = false;
    if (f.includes('e')) escapes = true;
  }
  const text = args.slice(i).join(' ');
  c.out((escapes ? echoEscapes(text).text : text) + (newline ? '\n' : ''));
  return 0;
};

const printf: Tool = (c) => {
  c.out(formatPrintf(c.argv[1] ?? '', c.argv.slice(2)));
  return 0;
};

const test: Tool = (c) => {
  const r = runTest(c.m, c.cwd, c.argv.slice(1).map((a) => c.m.resolve(a)), base(c) === '[');
  if (r.error) c.err(`${base(c)}: ${r.error}\n`);
  return r.status;
};

const timeout: Tool = (c) => {
  const args = c.argv.slice(1).filter((a) => !a.startsWith('-'));
  const limit = parseDuration(args[0] ?? '') * 1000;
  const start = c.m.t;
  const status = c.exec(args.slice(1), c.env);
  if (c.m.halted?.kind === 'forever' || c.m.t - start > limit) {
    c.m.halted = null;
    c.m.periodic = undefined;
    c.m.t = start + limit;
    return 124;
  }
  return status;
};

const busybox: Tool = (c) => {
  if (c.argv.length < 2) {
    c.out('BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n');
    return 0;
  }
  return c.exec(c.argv.slice(1), c.env);
};

const kill: Tool = () => 0;

const which: Tool = (c) => {
  let status = 0;
  for (const n of c.argv.slice(1)) {
    const path = n.includes('/') ? n : (c.env.get('PATH') ?? '').split(':').map((d) => `${d}/${n}`).find((p) => readFile(c.m, p) !== null || c.m.os.bins.includes(p) || Object.keys(c.m.family.bins(c.m.variant)).includes(p));
    if (path) c.out(`${path}\n`);
    else status = 1;
  }
  return status;
};

const trueTool: Tool = () => 0;
const falseTool: Tool = () => 1;

export const COREUTILS_TOOLS: Record<string, Tool> = {
  sleep, cat, env, printenv, date, ls, hostname, id, uname, seq, yes, touch, mkdir, rm, basename, dirname, expr, nproc, whoami, echo, printf, test,
  '[': test, timeout, busybox, kill, which, true: trueTool, false: falseTool, usleep: (c) => {
    c.m.sleep(Number(c.argv[1] ?? '0') / 1000);
    return 0;
  },
};
