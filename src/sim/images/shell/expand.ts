/**
 * Word expansion: parameters (`$x`, `${x:-d}`, `${#x}`, `${x%pat}`…), command substitution, arithmetic,
 * then field splitting of unquoted results. No pathname globbing (a `*` stays a `*`).
 */
import type { Word } from './ast';
import { evalArith } from './arith';

export interface ExpandHost {
  param(name: string): string | undefined;
  /** "$@" as separate fields. */
  positional(): string[];
  setVar(name: string, value: string): void;
  commandSubst(src: string): string;
  /** Report an expansion error (the command then fails). */
  fail(message: string): void;
  /** Replace time placeholders by real text (arithmetic needs numbers). */
  resolve(text: string): string;
}

/** Shell glob pattern → RegExp (for case and ${x%pat}). */
export function globToRegex(pattern: string, anchored = true): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] ?? '';
    if (c === '*') re += '.*';
    else if (c === '?') re += '.';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end < 0) re += '\\[';
      else {
        let set = pattern.slice(i + 1, end);
        if (set.startsWith('!')) set = `^${set.slice(1)}`;
        re += `[${set.replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else if (c === '\\' && i + 1 < pattern.length) re += `\\${pattern[++i] ?? ''}`.replace(/\\([A-Za-z0-9])/, '$1');
    else re += c.replace(/[.+^${}()|\\/]/g, '\\$&');
  }
  return new RegExp(anchored ? `^${re}$` : re, 's');
}

function trim(value: string, pattern: string, op: string): string {
  const re = globToRegex(pattern);
  if (op === '#' || op === '##') {
    const lengths = [...Array(value.length + 1).keys()];
    if (op === '##') lengths.reverse();
    for (const n of lengths) if (re.test(value.slice(0, n))) return value.slice(n);
    return value;
  }
  const starts = [...Array(value.length + 1).keys()].reverse();
  if (op === '%%') starts.reverse();
  for (const s of starts) if (re.test(value.slice(s))) return value.slice(0, s);
  return value;
}

function expandParam(h: ExpandHost, name: string, op: string | undefined, arg: Word | undefined): string {
  const value = h.param(name);
  if (op === 'length') return String((value ?? '').length);
  if (!op) return value ?? '';
  const argText = (): string => (arg ? expandToString(h, arg) : '');
  const unsetOrEmpty = value === undefined || value === '';
  const test = op.startsWith(':') ? unsetOrEmpty : value === undefined;
  switch (op.replace(':', '')) {
    case '-':
      return test ? argText() : (value ?? '');
    case '=':
      if (test) {
        const v = argText();
        h.setVar(name, v);
        return v;
      }
      return value ?? '';
    case '+':
      return test ? '' : argText();
    case '?':
      if (test) h.fail(`${name}: ${arg ? argText() : 'parameter not set'}`);
      return value ?? '';
    default:
      return trim(value ?? '', argText(), op);
  }
}

interface Segment {
  text: string;
  split: boolean;
}

function segments(h: ExpandHost, word: Word): { segs: Segment[]; quotedEmpty: boolean; atFields?: string[] } {
  const segs: Segment[] = [];
  let quotedEmpty = false;
  for (const part of word) {
    switch (part.t) {
      case 'lit':
        segs.push({ text: part.v, split: false });
        if (part.q) quotedEmpty = true;
        break;
      case 'param':
        if (part.name === '@' && part.q && word.length === 1) return { segs, quotedEmpty, atFields: h.positional() };
        segs.push({ text: expandParam(h, part.name, part.op, part.arg), split: !part.q });
        if (part.q) quotedEmpty = true;
        break;
      case 'cmdsub':
        segs.push({ text: h.commandSubst(part.src).replace(/\n+$/, ''), split: !part.q });
        if (part.q) quotedEmpty = true;
        break;
      case 'arith': {
        const inner = expandToString(h, [{ t: 'lit', v: '', q: true }, ...reparse(part.src)]);
        const v = evalArith(h.resolve(inner), { get: (n) => h.param(n), set: (n, val) => h.setVar(n, val) });
        if (typeof v === 'string') segs.push({ text: v, split: !part.q });
        else h.fail(`arithmetic expression: ${v.error}: "${inner.trim()}"`);
        break;
      }
    }
  }
  return { segs, quotedEmpty };
}

/** $(( )) text may itself hold `$x` and `$(…)`: expand those first. */
function reparse(src: string): Word {
  const parts: Word = [];
  let text = '';
  for (let i = 0; i < src.length; i++) {
    const c = src[i] ?? '';
    if (c === '$' && /[A-Za-z_{]/.test(src[i + 1] ?? '')) {
      if (text) parts.push({ t: 'lit', v: text, q: true });
      text = '';
      if (src[i + 1] === '{') {
        const end = src.indexOf('}', i);
        parts.push({ t: 'param', name: src.slice(i + 2, end < 0 ? src.length : end), q: true });
        i = end < 0 ? src.length : end;
      } else {
        const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i + 1))?.[0] ?? '';
        parts.push({ t: 'param', name, q: true });
        i += name.length;
      }
    } else if (c === '$' && src[i + 1] === '(') {
      if (text) parts.push({ t: 'lit', v: text, q: true });
      text = '';
      let depth = 0;
      let j = i + 1;
      for (; j < src.length; j++) {
        if (src[j] === '(') depth++;
        else if (src[j] === ')' && --depth === 0) break;
      }
      parts.push({ t: 'cmdsub', src: src.slice(i + 2, j), q: true });
      i = j;
    } else {
      text += c;
    }
  }
  if (text) parts.push({ t: 'lit', v: text, q: true });
  return parts;
}

/** Expand into fields (argv words). */
export function expandWord(h: ExpandHost, word: Word, ifs = ' \t\n'): string[] {
  const { segs, quotedEmpty, atFields } = segments(h, word);
  if (atFields) return atFields;
  const fields: string[] = [];
  let current = '';
  let has = false;
  for (const s of segs) {
    if (!s.split) {
      current += s.text;
      has = has || s.text !== '';
      continue;
    }
    for (const ch of s.text) {
      if (ifs.includes(ch)) {
        if (has) fields.push(current);
        current = '';
        has = false;
      } else {
        current += ch;
        has = true;
      }
    }
  }
  if (has || (quotedEmpty && fields.length === 0 && current === '')) fields.push(current);
  return fields;
}

/** Expand without field splitting (assignments, redirection targets, here-documents). */
export function expandToString(h: ExpandHost, word: Word): string {
  const { segs, atFields } = segments(h, word);
  if (atFields) return atFields.join(' ');
  return segs.map((s) => s.text).join('');
}
