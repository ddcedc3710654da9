// The functions a kubectl Go template can call: text/template's built-ins and the two kubectl adds
// (exists, base64decode). Each returns its value or throws a FuncError with Go's text.

import { decodeBase64Bytes, utf8Bytes, utf8Decode } from '../../../lib/base64';
import { compareGoStrings, goQuote } from '../go-fmt';
import { isRecord, kindOf, NO_VALUE, numberOf, sprint, truth, typeName, type GoValue } from './values';

export class FuncError extends Error {}

type Fn = (args: GoValue[]) => GoValue;

const argCount = (name: string, args: GoValue[], want: number): void => {
  if (args.length !== want) throw new FuncError(`wrong number of args for ${name}: want ${want} got ${args.length}`);
};

function basicKind(v: GoValue): 'bool' | 'int' | 'float' | 'string' | 'other' {
  const k = kindOf(v);
  return k === 'bool' || k === 'int' || k === 'float' || k === 'string' ? k : 'other';
}

/** text/template's eq/lt on two basic values; `strict` (lt, le…) refuses bools and non-basic values. */
function compare(a: GoValue, b: GoValue, ordered: boolean): number {
  const ka = basicKind(a);
  const kb = basicKind(b);
  if (ka === 'other' || kb === 'other') {
    if (!ordered && (kindOf(a) === 'nil' || kindOf(b) === 'nil')) return kindOf(a) === kindOf(b) ? 0 : 1;
    throw new FuncError(ordered ? 'invalid type for comparison' : 'incompatible types for comparison');
  }
  if (ka !== kb) throw new FuncError(`incompatible types for comparison: ${typeName(a)} and ${typeName(b)}`);
  if (ordered && ka === 'bool') throw new FuncError('invalid type for comparison');
  if (ka === 'string') return compareGoStrings(a as string, b as string);
  if (ka === 'bool') return a === b ? 0 : 1;
  const x = numberOf(a);
  const y = numberOf(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

function index(args: GoValue[]): GoValue {
  if (args.length === 0) throw new FuncError('wrong number of args for index: want at least 1 got 0');
  let v = args[0];
  for (const key of args.slice(1)) {
    if (Array.isArray(v)) {
      if (basicKind(key) !== 'int') throw new FuncError(`cannot index slice/array with type ${typeName(key)}`);
      const i = numberOf(key);
      if (i < 0 || i >= v.length) throw new FuncError(`index out of range: ${i}`);
      v = v[i];
    } else if (isRecord(v)) {
      if (typeof key !== 'string') throw new FuncError(`value has type ${typeName(key)}; should be string`);
      v = key in v ? v[key] : NO_VALUE;
    } else if (v === null || v === NO_VALUE) {
      throw new FuncError('index of untyped nil');
    } else throw new FuncError(`can't index item of type ${typeName(v)}`);
  }
  return v;
}

function len(args: GoValue[]): GoValue {
  argCount('len', args, 1);
  const v = args[0];
  if (typeof v === 'string') return { goInt: utf8Bytes(v).length };
  if (Array.isArray(v)) return { goInt: v.length };
  if (isRecord(v)) return { goInt: Object.keys(v).length };
  throw new FuncError(`len of ${v === null || v === NO_VALUE ? 'nil pointer' : `type ${typeName(v)}`}`);
}

/** fmt.Sprint: a space between two operands when neither is a string. */
function goPrint(args: GoValue[]): string {
  let out = '';
  args.forEach((a, i) => {
    if (i > 0 && typeof a !== 'string' && typeof args[i - 1] !== 'string') out += ' ';
    out += sprint(a);
  });
  return out;
}

/** fmt.Sprintf for the verbs templates use (%v %s %d %q %t %f %x %%), with Go's error spellings. */
export function goSprintf(format: string, args: GoValue[]): string {
  let out = '';
  let used = 0;
  const verb = /%([-+# 0]*)(\d+)?(?:\.(\d+))?([a-zA-Z%])/y;
  for (let i = 0; i < format.length; ) {
    if (format[i] !== '%') {
      out += format[i++];
      continue;
    }
    verb.lastIndex = i;
    const m = verb.exec(format);
    if (!m) {
      out += '%!(NOVERB)';
      break;
    }
    i = verb.lastIndex;
    const [, flags = '', width, precision, v = ''] = m;
    if (v === '%') {
      out += '%';
      continue;
    }
    if (used >= args.length) {
      out += `%!${v}(MISSING)`;
      continue;
    }
    const a = args[used++];
    let s: string;
    const k = kindOf(a);
    if (v === 'v' || (v === 's' && k === 'string')) s = sprint(a);
    else if (v === 's') s = `%!s(${typeName(a)}=${sprint(a)})`;
    else if (v === 'q' && k === 'string') s = goQuote(a as string);
    else if (v === 'd' && k === 'int') s = String(numberOf(a));
    else if (v === 't' && k === 'bool') s = String(a);
    else if (v === 'f' && (k === 'float' || k === 'int')) s = k === 'int' ? `%!f(${typeName(a)}=${sprint(a)})` : numberOf(a).toFixed(precision === undefined ? 6 : Number(precision));
    else if (v === 'x' && k === 'int') s = numberOf(a).toString(16);
    else if (v === 'x' && k === 'string') s = utf8Bytes(a as string).map((b) => b.toString(16).padStart(2, '0')).join('');
    else s = `%!${v}(${typeName(a)}=${sprint(a)})`;
    if (width !== undefined && s.length < Number(width)) s = flags.includes('-') ? s.padEnd(Number(width)) : s.padStart(Number(width), flags.includes('0') && k !== 'string' ? '0' : ' ');
    out += s;
  }
  if (used < args.length) out += `%!(EXTRA ${args.slice(used).map((a) => `${typeName(a)}=${sprint(a)}`).join(', ')})`;
  return out;
}

const HTML_ESCAPES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&#39;', '"': '&#34;', '\u0000': '\uFFFD' };
const JS_ESCAPES: Record<string, string> = { '\\': '\\\\', "'": "\\'", '"': '\\"', '<': '\\u003C', '>': '\\u003E', '&': '\\u0026', '=': '\\u003D', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

const FUNCS: Record<string, Fn> = {
  and: (args) => {
    if (args.length === 0) throw new FuncError('wrong number of args for and: want at least 1 got 0');
    for (const a of args) if (!truth(a)) return a;
    return args[args.length - 1];
  },
  or: (args) => {
    if (args.length === 0) throw new FuncError('wrong number of args for or: want at least 1 got 0');
    for (const a of args) if (truth(a)) return a;
    return args[args.length - 1];
  },
  not: (args) => (argCount('not', args, 1), !truth(args[0])),
  len,
  index,
  slice: (args) => {
    const v = args[0];
    const [from = 0, to] = args.slice(1).map(numberOf);
    if (typeof v === 'string') return v.slice(from, to);
    if (Array.isArray(v)) return v.slice(from, to);
    throw new FuncError(`can't slice item of type ${typeName(v)}`);
  },
  print: (args) => goPrint(args),
  println: (args) => `${args.map(sprint).join(' ')}\n`,
  printf: (args) => {
    if (args.length === 0) throw new FuncError('wrong number of args for printf: want at least 1 got 0');
    if (typeof args[0] !== 'string') throw new FuncError(`wrong type for value; expected string; got ${typeName(args[0])}`);
    return goSprintf(args[0], args.slice(1));
  },
  eq: (args) => {
    if (args.length < 2) throw new FuncError('missing argument for comparison');
    return args.slice(1).some((b) => compare(args[0], b, false) === 0);
  },
  ne: (args) => (argCount('ne', args, 2), compare(args[0], args[1], false) !== 0),
  lt: (args) => (argCount('lt', args, 2), compare(args[0], args[1], true) < 0),
  le: (args) => (argCount('le', args, 2), compare(args[0], args[1], true) <= 0),
  gt: (args) => (argCount('gt', args, 2), compare(args[0], args[1], true) > 0),
  ge: (args) => (argCount('ge', args, 2), compare(args[0], args[1], true) >= 0),
  html: (args) => goPrint(args).replace(/[<>&'"\u0000]/g, (c) => HTML_ESCAPES[c] ?? c),
  js: (args) => goPrint(args).replace(/[\\'"<>&=\n\r\t]/g, (c) => JS_ESCAPES[c] ?? c),
  urlquery: (args) => encodeURIComponent(goPrint(args)).replace(/%20/g, '+').replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`),
  /** kubectl: whether the path of keys leads somewhere in the object. */
  exists: (args) => {
    let v = args[0];
    for (const key of args.slice(1)) {
      if (!isRecord(v) || typeof key !== 'string' || !(key in v)) return false;
      v = v[key];
    }
    return true;
  },
  /** kubectl: a Secret's value in clear. */
  base64decode: (args) => {
    argCount('base64decode', args, 1);
    const text = String(args[0] === NO_VALUE ? '' : args[0]);
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) throw new FuncError(`base64 decode failed: illegal base64 data at input byte ${Math.max(0, text.search(/[^A-Za-z0-9+/=]/))}`);
    return utf8Decode(decodeBase64Bytes(text));
  },
};

export const KNOWN_FUNCTIONS: ReadonlySet<string> = new Set(Object.keys(FUNCS));

export function callFunction(name: string, args: GoValue[]): GoValue {
  const fn = FUNCS[name];
  if (!fn) throw new FuncError(`"${name}" is not a defined function`);
  return fn(args);
}
