/**
 * Shell builtins: the commands every shell runs itself (echo, printf, test, cd, export, read, exit…).
 * echo differs by flavour: dash always interprets backslash escapes, ash and bash only with -e.
 */
import { isDir, readFile, resolvePath } from '../fs';
import type { Io } from './io';
import type { Shell } from './interp';
import { runTest } from './test-cmd';

export const BUILTINS = new Set([
  ':', 'true', 'false', 'exit', 'export', 'unset', 'set', 'shift', 'cd', 'pwd', 'break', 'continue', 'return',
  'eval', 'exec', 'read', 'wait', 'trap', 'local', 'echo', 'printf', 'test', '[', 'ulimit', 'umask', 'type',
  'command', 'source', '.', 'readonly', 'let', 'hash',
]);

/** Backslash escapes of `echo -e` and dash's echo; returns the text and whether `\c` stopped output. */
export function echoEscapes(s: string): { text: string; stop: boolean } {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== '\\' || i + 1 >= s.length) {
      out += c;
      continue;
    }
    const n = s[++i];
    switch (n) {
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      case 'r': out += '\r'; break;
      case 'a': out += '\x07'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'v': out += '\v'; break;
      case 'e': out += '\x1b'; break;
      case '\\': out += '\\'; break;
      case 'c': return { text: out, stop: true };
      case '0': {
        const oct = /^[0-7]{0,3}/.exec(s.slice(i + 1))?.[0] ?? '';
        out += String.fromCharCode(parseInt(oct || '0', 8));
        i += oct.length;
        break;
      }
      default: out += `\\${n ?? ''}`;
    }
  }
  return { text: out, stop: false };
}

/** printf(1) formatting, reusing the format while arguments remain. */
export function formatPrintf(format: string, args: string[]): string {
  let out = '';
  let ai = 0;
  do {
    let consumed = false;
    const fmt = echoEscapes(format).text;
    out += fmt.replace(/%([-+ 0#]*)(\d+)?(?:\.(\d+))?([sdifxXocb%])/g, (_m, flags: string, width: string | undefined, prec: string | undefined, conv: string) => {
      if (conv === '%') return '%';
      const arg = args[ai++] ?? '';
      consumed = true;
      let v: string;
      switch (conv) {
        case 'd': case 'i': v = String(Math.trunc(Number(arg) || 0)); break;
        case 'f': v = (Number(arg) || 0).toFixed(prec === undefined ? 6 : Number(prec)); break;
        case 'x': v = (Math.trunc(Number(arg) || 0)).toString(16); break;
        case 'X': v = (Math.trunc(Number(arg) || 0)).toString(16).toUpperCase(); break;
        case 'o': v = (Math.trunc(Number(arg) || 0)).toString(8); break;
        case 'c': v = arg.slice(0, 1); break;
        case 'b': v = echoEscapes(arg).text; break;
        default: v = prec === undefined ? arg : arg.slice(0, Number(prec));
      }
      const w = width ? Number(width) : 0;
      if (v.length < w) v = flags.includes('-') ? v.padEnd(w) : flags.includes('0') && conv !== 's' ? v.padStart(w, '0') : v.padStart(w);
      return v;
    });
    if (!consumed) break;
  } while (ai < args.length);
  return out;
}

function shellQuote(s: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

export function runBuiltin(sh: Shell, argv: string[], io: Io): number {
  const name = argv[0] ?? '';
  const args = argv.slice(1);
  const m = sh.m;
  switch (name) {
    case 'wait': {
      const end = Math.max(m.t, ...sh.bgEnds);
      sh.bgEnds = [];
      m.sleep(end - m.t);
      return 0;
    }
    case ':':
    case 'true':
    case 'trap':
    case 'ulimit':
    case 'umask':
    case 'hash':
      return 0;
    case 'false':
      return 1;
    case 'exit': {
      const code = args[0] === undefined ? sh.status : Number(m.resolve(args[0])) & 255;
      sh.exitCode = Number.isNaN(code) ? 2 : code;
      return sh.exitCode;
    }
    case 'return':
      sh.returning = true;
      return args[0] === undefined ? sh.status : Number(args[0]) & 255;
    case 'break':
    case 'continue': {
      const n = Math.max(1, Number(args[0] ?? '1') || 1);
      if (name === 'break') sh.breakN = n;
      else sh.continueN = n;
      return 0;
    }
    case 'export':
    case 'readonly':
    case 'local':
      for (const a of args) {
        if (a.startsWith('-')) continue;
        const eq = a.indexOf('=');
        const key = eq < 0 ? a : a.slice(0, eq);
        if (eq >= 0) sh.vars.set(key, a.slice(eq + 1));
        if (name === 'export') sh.exported.add(key);
      }
      if (name === 'export' && (args.length === 0 || args[0] === '-p')) {
        for (const [k, v] of sh.environment()) io.out.write(`export ${k}=${shellQuote(v)}\n`);
      }
      return 0;
    case 'unset':
      for (const a of args) if (!a.startsWith('-')) (sh.vars.delete(a), sh.exported.delete(a), sh.funcs.delete(a));
      return 0;
    case 'set': {
      if (args.length === 0) {
        for (const [k, v] of [...sh.vars].sort(([a], [b]) => (a < b ? -1 : 1))) io.out.write(`${k}=${shellQuote(v)}\n`);
        return 0;
      }
      const rest = args[0] === '--' ? args.slice(1) : args.filter((a) => !/^[-+][a-zA-Z]+$/.test(a) && a !== '-o' && a !== 'pipefail');
      if (args[0] === '--' || rest.length) sh.positionals = rest;
      return 0;
    }
    case 'shift': {
      const n = Number(args[0] ?? '1');
      sh.positionals = sh.positionals.slice(n);
      return 0;
    }
    case 'cd': {
      const target = args[0] ?? sh.vars.get('HOME') ?? '/';
      const path = resolvePath(sh.cwd, target);
      if (!isDir(m, path)) {
        if (sh.flavour === 'dash') io.err.write(`${sh.prefix()}cd: can't cd to ${target}\n`);
        else if (sh.flavour === 'bash') io.err.write(`${sh.prefix()}cd: ${target}: No such file or directory\n`);
        else io.err.write(`${sh.prefix()}cd: can't cd to ${target}: No such file or directory\n`);
        return sh.flavour === 'dash' ? 2 : 1;
      }
      sh.cwd = path;
      sh.vars.set('PWD', path);
      return 0;
    }
    case 'pwd':
      io.out.write(`${sh.cwd}\n`);
      return 0;
    case 'echo': {
      let i = 0;
      let newline = true;
      let escapes = sh.flavour === 'dash';
      while (i < args.length && /^-[neE]+$/.test(args[i] ?? '') && !(sh.flavour === 'dash' && args[i] !== '-n')) {
        const f = args[i] ?? '';
        if (f.includes('n')) newline = false;
        if (f.includes('e')) escapes = true;
        if (f.includes('E')) escapes = false;
        i++;
      }
      const joined = args.slice(i).join(' ');
      const { text, stop } = escapes ? echoEscapes(joined) : { text: joined, stop: false };
      io.out.write(text + (newline && !stop ? '\n' : ''));
      return 0;
    }
    case 'printf':
      if (!args.length) {
        io.err.write(`${name}: usage: printf format [arguments]\n`);
        return 2;
      }
      io.out.write(formatPrintf(args[0] ?? '', args.slice(1)));
      return 0;
    case 'test':
    case '[': {
      const r = runTest(m, sh.cwd, args.map((a) => m.resolve(a)), name === '[');
      if (r.error) io.err.write(`${sh.prefix()}${name}: ${r.error}\n`);
      return r.status;
    }
    case 'read': {
      const names = args.filter((a) => !a.startsWith('-'));
      if (io.stdin === null || io.stdin === '') return 1;
      const nl = io.stdin.indexOf('\n');
      const line = nl < 0 ? io.stdin : io.stdin.slice(0, nl);
      io.stdin = nl < 0 ? '' : io.stdin.slice(nl + 1);
      const fields = line.trim().split(/[ \t]+/);
      const vars = names.length ? names : ['REPLY'];
      vars.forEach((v, k) => sh.vars.set(v, k === vars.length - 1 ? fields.slice(k).join(' ') : (fields[k] ?? '')));
      return 0;
    }
    case 'eval':
      return sh.parseAndRun(args.join(' '), io);
    case 'exec': {
      if (!args.length) return 0;
      const status = sh.runWords(args, io);
      sh.exitCode = status;
      return status;
    }
    case 'source':
    case '.': {
      const file = args[0] ?? '';
      const text = readFile(m, resolvePath(sh.cwd, file));
      if (text === null) {
        io.err.write(`${sh.prefix()}${name}: can't open '${file}'\n`);
        return sh.flavour === 'bash' ? 1 : 2;
      }
      return sh.parseAndRun(text, io);
    }
    case 'type':
    case 'command': {
      const verbose = args[0] === '-v' || args[0] === '-V' || name === 'type';
      const names = args.filter((a) => !a.startsWith('-'));
      if (!verbose) return sh.runWords(names, io);
      let status = 0;
      for (const n of names) {
        const path = BUILTINS.has(n) ? n : sh.whichPath(n);
        if (path === null) status = 1;
        else io.out.write(name === 'type' ? `${n} is ${BUILTINS.has(n) ? 'a shell builtin' : path}\n` : `${path}\n`);
      }
      return status;
    }
    case 'let':
      return sh.parseAndRun(`: $((${args.join(',')}))`, io);
    default:
      return 0;
  }
}
