/** awk's built-in functions: length substr index split sub gsub match sprintf toupper tolower and maths. */
import { type Conversion, formatFloat, formatInteger, formatString, parseConversion } from '../../text/format';
import type { Expr } from './ast';
import { AwkRuntimeError, type AwkInterpreter } from './interp';
import { MAX_INT, StrNum, UNINIT, type Value, toNumber, toStr } from './values';

export function callBuiltin(it: AwkInterpreter, name: string, args: Expr[]): Value {
  const str = (i: number) => (args[i] ? toStr(it.eval(args[i] as Expr), toStr(it.getVar('CONVFMT'))) : '');
  const num = (i: number) => (args[i] ? toNumber(it.eval(args[i] as Expr)) : 0);
  switch (name) {
    case 'length': {
      const arg = args[0];
      if (!arg) return [...toStr(it.getField(0))].length;
      if (arg.k === 'var') {
        try {
          return [...toStr(it.getVar(arg.name))].length;
        } catch {
          return it.array(arg.name).size;
        }
      }
      return [...str(0)].length;
    }
    case 'substr': {
      const chars = [...str(0)];
      const start = Math.round(num(1));
      const end = args.length > 2 ? start + Math.round(num(2)) : Infinity;
      const from = Math.max(start, 1);
      const to = Math.min(end, chars.length + 1);
      return to <= from ? '' : chars.slice(from - 1, to - 1).join('');
    }
    case 'index': {
      const at = str(0).indexOf(str(1));
      return at < 0 ? 0 : [...str(0).slice(0, at)].length + 1;
    }
    case 'split': {
      const target = args[1];
      if (!target || target.k !== 'var') throw new AwkRuntimeError('split: second argument must be an array');
      const separator = args[2] ? (args[2].k === 'regex' ? it.regex(args[2].source) : it.eval(args[2])) : it.getVar('FS');
      const parts = it.splitText(str(0), separator);
      const array = it.array(target.name);
      array.clear();
      parts.forEach((part, i) => array.set(String(i + 1), new StrNum(part)));
      return parts.length;
    }
    case 'sub':
    case 'gsub':
      return substitute(it, args, name === 'gsub');
    case 'match': {
      const text = str(0);
      const regex = args[1] ? it.regexOf(args[1]) : /(?:)/;
      const m = new RegExp(regex.source, regex.flags.replace('g', '')).exec(text);
      const start = m ? [...text.slice(0, m.index)].length + 1 : 0;
      it.globals.set('RSTART', start);
      it.globals.set('RLENGTH', m ? [...m[0]].length : -1);
      return start;
    }
    case 'sprintf':
      return sprintf(it, args);
    case 'toupper':
      return str(0).toUpperCase();
    case 'tolower':
      return str(0).toLowerCase();
    case 'int':
      return Math.trunc(num(0));
    case 'sqrt':
      return Math.sqrt(num(0));
    case 'exp':
      return Math.exp(num(0));
    case 'log':
      return Math.log(num(0));
    case 'sin':
      return Math.sin(num(0));
    case 'cos':
      return Math.cos(num(0));
    case 'atan2':
      return Math.atan2(num(0), num(1));
    case 'rand':
      // A fixed linear congruential sequence: reproducible, never Math.random.
      it.randState = (it.randState * 1103515245 + 12345) % 2147483648;
      return it.randState / 2147483648;
    case 'srand': {
      const previous = it.seed;
      it.seed = args[0] ? num(0) : 0;
      it.randState = Math.abs(Math.trunc(it.seed)) % 2147483648;
      return previous;
    }
    case 'system':
      return it.host.system(str(0));
    case 'close':
    case 'fflush':
      return 0;
    default:
      throw new AwkRuntimeError(`function ${name} never defined`);
  }
}

function substitute(it: AwkInterpreter, args: Expr[], global: boolean): number {
  const [reExpr, replExpr, targetExpr] = args;
  if (!reExpr || !replExpr) throw new AwkRuntimeError('sub/gsub: wrong number of arguments');
  const regex = new RegExp(it.regexOf(reExpr).source, 'g');
  const replacement = toStr(it.eval(replExpr));
  const target = targetExpr && (targetExpr.k === 'var' || targetExpr.k === 'field' || targetExpr.k === 'elem') ? targetExpr : undefined;
  const text = toStr(target ? it.eval(target) : it.getField(0));
  let out = '';
  let last = 0;
  let count = 0;
  let previousEnd = -1;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    if (m[0] === '' && m.index === previousEnd) {
      regex.lastIndex++;
      continue;
    }
    previousEnd = m.index + m[0].length;
    out += text.slice(last, m.index) + expand(replacement, m[0]);
    last = m.index + m[0].length;
    count++;
    if (m[0] === '') {
      if (m.index < text.length) out += text.charAt(m.index);
      last = m.index + 1;
      regex.lastIndex = m.index + 1;
    }
    if (!global) break;
  }
  if (count === 0) return 0;
  out += text.slice(last);
  if (target) it.assign(target, out);
  else it.setField(0, out);
  return count;
}

/** `&` is the match, `\&` a literal ampersand. */
function expand(replacement: string, matched: string): string {
  let out = '';
  for (let i = 0; i < replacement.length; i++) {
    const c = replacement.charAt(i);
    if (c === '\\' && replacement.charAt(i + 1) === '&') {
      out += '&';
      i++;
    } else if (c === '\\' && replacement.charAt(i + 1) === '\\') {
      out += '\\';
      i++;
    } else out += c === '&' ? matched : c;
  }
  return out;
}

function sprintf(it: AwkInterpreter, args: Expr[]): string {
  const format = args[0] ? toStr(it.eval(args[0])) : '';
  const values = args.slice(1).map((a) => it.eval(a));
  let next = 0;
  const take = (): Value => values[next++] ?? UNINIT;
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const c = format.charAt(i);
    if (c !== '%') {
      out += c;
      continue;
    }
    if (format.charAt(i + 1) === '%') {
      out += '%';
      i++;
      continue;
    }
    const parsed = parseConversion(format, i, () => toNumber(take()));
    if (!'diouxXeEfFgGcs'.includes(parsed.spec.conv) || parsed.spec.conv === '') {
      out += c;
      continue;
    }
    out += convert(parsed.spec, take());
    i = parsed.end - 1;
  }
  return out;
}

function convert(spec: Conversion, value: Value): string {
  switch (spec.conv) {
    case 'd':
    case 'i':
      // mawk clamps %d to a 32-bit int.
      return formatInteger(Math.max(-MAX_INT, Math.min(MAX_INT, toNumber(value))), spec);
    case 'o':
    case 'x':
    case 'X':
    case 'u':
      return formatInteger(toNumber(value), spec);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
      return formatFloat(toNumber(value), spec);
    case 'c': {
      const char = typeof value === 'number' ? String.fromCodePoint(Math.max(0, Math.trunc(value))) : [...toStr(value)][0] ?? '';
      return formatString(char, spec);
    }
    default:
      return formatString(toStr(value), spec);
  }
}
