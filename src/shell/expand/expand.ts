/**
 * Word expansion in bash's order: tilde, parameters, command substitution and arithmetic, then
 * field splitting of unquoted results, then pathname expansion, then quote removal. A word whose
 * pattern matches no file is kept literally (bash without `nullglob`).
 */
import type { ParamPart, Script, Word, WordPart } from '../parser/ast';
import { evaluateArithmetic } from './arith';
import { Fields } from './fields';
import { patternSource, safeRegex } from './pattern';

export interface ExpandContext {
  /** A variable or special parameter (`?`, `$`, `#`, `0`, `1`...); undefined when unset. */
  lookup(name: string): string | undefined;
  assign(name: string, value: string): void;
  /** Runs `$(...)` and returns its standard output. */
  substitute(script: Script): string;
  /** The home directory of `user` ('' = the current user), or undefined when unknown. */
  home(user: string): string | undefined;
  /** Paths matching a pattern, sorted; [] when none. */
  glob(pattern: string): string[];
}

/** A failed expansion stops the command; the message goes out as `bash: <message>`. */
export class ExpansionError {
  constructor(readonly message: string) {}
}

export type ExpandResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** The arguments a list of words expands to. */
export function expandWords(words: readonly Word[], ctx: ExpandContext): ExpandResult<string[]> {
  return guard(() => {
    const out: string[] = [];
    for (const word of words) out.push(...expandFields(word, ctx));
    return out;
  });
}

/** One word to one string, without splitting or globbing (assignments, here-documents, `case`). */
export function expandString(word: Word, ctx: ExpandContext): ExpandResult<string> {
  return guard(() => expandToString(word, ctx));
}

/** A redirection target: expanded, globbed if that gives exactly one name (as bash does). */
export function expandTarget(word: Word, ctx: ExpandContext): ExpandResult<string> {
  return guard(() => {
    const fields = expandFields(word, ctx);
    if (fields.length !== 1) throw new ExpansionError(`${rawText(word)}: ambiguous redirect`);
    return fields[0] ?? '';
  });
}

function guard<T>(run: () => T): ExpandResult<T> {
  try {
    return { ok: true, value: run() };
  } catch (e) {
    if (e instanceof ExpansionError) return { ok: false, error: e.message };
    throw e;
  }
}

function expandFields(word: Word, ctx: ExpandContext): string[] {
  const fields = new Fields();
  addParts(word.parts, ctx, fields, false);
  const out: string[] = [];
  for (const field of fields.done()) {
    if (field.glob) {
      const matches = ctx.glob(field.pattern);
      if (matches.length > 0) {
        out.push(...matches);
        continue;
      }
    }
    out.push(field.text);
  }
  return out;
}

function expandToString(word: Word, ctx: ExpandContext): string {
  let text = '';
  for (const part of word.parts) {
    if (part.kind === 'text') text += part.text;
    else if (part.kind === 'tilde') text += ctx.home(part.user) ?? `~${part.user}`;
    else text += expandValue(part, ctx, true).text;
  }
  return text;
}

/**
 * Adds parts to the fields. `splitText`: unquoted literal text splits too (inside `${x:-a b}`,
 * whose word is expanded like a value).
 */
function addParts(parts: readonly WordPart[], ctx: ExpandContext, fields: Fields, splitText: boolean): void {
  for (const part of parts) {
    if (part.kind === 'text') {
      if (splitText && !part.quoted) fields.addExpansion(part.text, false);
      else fields.addLiteral(part.text, part.quoted);
    } else if (part.kind === 'tilde') {
      const home = ctx.home(part.user);
      fields.addLiteral(home ?? `~${part.user}`, true);
    } else if (part.kind === 'param' && part.arg && part.op && usesWord(part, ctx)) {
      // The operator's word is expanded in place, so its own quoting is kept.
      if (part.op === ':=' || part.op === '=') {
        const value = expandToString(part.arg, ctx);
        ctx.assign(part.name, value);
        fields.addExpansion(value, part.quoted);
      } else addParts(part.arg.parts, ctx, fields, !part.quoted);
    } else {
      const value = expandValue(part, ctx, false);
      fields.addExpansion(value.text, part.quoted);
    }
  }
}

/** Whether `${x:-word}` / `${x:+word}` / `${x:=word}` takes its word rather than the value. */
function usesWord(part: ParamPart, ctx: ExpandContext): boolean {
  const value = ctx.lookup(part.name);
  switch (part.op) {
    case ':-':
    case ':=':
      return value === undefined || value === '';
    case '-':
    case '=':
      return value === undefined;
    case ':+':
      return value !== undefined && value !== '';
    case '+':
      return value !== undefined;
    default:
      return false;
  }
}

function expandValue(part: Exclude<WordPart, { kind: 'text' } | { kind: 'tilde' }>, ctx: ExpandContext, inString: boolean): { text: string } {
  if (part.kind === 'command') return { text: ctx.substitute(part.script).replace(/\n+$/, '') };
  if (part.kind === 'arith') {
    const result = evaluateArithmetic(expandToString(part.expression, ctx), {
      get: (name) => ctx.lookup(name),
      set: (name, value) => ctx.assign(name, value),
    });
    if ('error' in result) throw new ExpansionError(result.error);
    return { text: String(result.value) };
  }
  return { text: paramValue(part, ctx, inString) };
}

function paramValue(part: ParamPart, ctx: ExpandContext, inString: boolean): string {
  if (part.bad !== undefined) throw new ExpansionError(`${part.bad}: bad substitution`);
  const value = ctx.lookup(part.name);
  const arg = () => (part.arg ? expandToString(part.arg, ctx) : '');
  switch (part.op) {
    case undefined:
      return value ?? '';
    case 'length':
      return String([...(value ?? '')].length);
    case ':-':
    case '-':
    case ':=':
    case '=':
    case ':+':
    case '+':
      // Only reached for a string context or when the value is used.
      if (inString && usesWord(part, ctx)) {
        const word = arg();
        if (part.op === ':=' || part.op === '=') ctx.assign(part.name, word);
        return word;
      }
      return part.op === ':+' || part.op === '+' ? '' : (value ?? '');
    case ':?':
    case '?': {
      const missing = part.op === ':?' ? value === undefined || value === '' : value === undefined;
      if (!missing) return value ?? '';
      const message = arg();
      throw new ExpansionError(`${part.name}: ${message || (part.op === ':?' ? 'parameter null or not set' : 'parameter not set')}`);
    }
    case '#':
    case '##':
    case '%':
    case '%%':
      return trimPattern(value ?? '', patternOf(part.arg, ctx), part.op);
    case 'substring':
      return substring(value ?? '', part, ctx);
    case '/':
    case '//': {
      const pattern = patternOf(part.arg, ctx);
      const replacement = part.replacement ? expandToString(part.replacement, ctx) : '';
      if (pattern === '') return value ?? '';
      const regex = safeRegex(patternSource(pattern), part.op === '//' ? 'g' : '');
      return (value ?? '').replace(regex, () => replacement);
    }
  }
}

/** `${x:offset}` and `${x:offset:length}`: arithmetic positions; negative ones count from the end. */
function substring(value: string, part: ParamPart, ctx: ExpandContext): string {
  const arith = (word: Word | undefined) => {
    const result = evaluateArithmetic(word ? expandToString(word, ctx) : '', { get: (n) => ctx.lookup(n), set: (n, v) => ctx.assign(n, v) });
    if ('error' in result) throw new ExpansionError(result.error);
    return result.value;
  };
  const chars = [...value];
  let start = arith(part.arg);
  if (start < 0) start = Math.max(0, chars.length + start);
  if (!part.replacement) return chars.slice(start).join('');
  let length = arith(part.replacement);
  if (length < 0) {
    length = chars.length + length - start;
    if (length < 0) throw new ExpansionError(`${part.replacement.parts.map((p) => (p.kind === 'text' ? p.text : '')).join('')}: substring expression < 0`);
  }
  return chars.slice(start, start + length).join('');
}

/** The pattern text of an operator word: quoted parts are escaped so they match literally. */
function patternOf(word: Word | undefined, ctx: ExpandContext): string {
  if (!word) return '';
  let pattern = '';
  for (const part of word.parts) {
    if (part.kind === 'text') pattern += part.quoted ? part.text.replace(/[\\*?[]/g, '\\$&') : part.text;
    else pattern += expandToString({ parts: [part] }, ctx);
  }
  return pattern;
}

function trimPattern(value: string, pattern: string, op: '#' | '##' | '%' | '%%'): string {
  const regex = safeRegex(`^${patternSource(pattern)}$`);
  const chars = [...value];
  const lengths = [...chars.keys(), chars.length];
  if (op === '#' || op === '##') {
    const order = op === '#' ? lengths : [...lengths].reverse();
    for (const n of order) if (regex.test(chars.slice(0, n).join(''))) return chars.slice(n).join('');
  } else {
    const order = op === '%' ? [...lengths].reverse() : lengths;
    for (const n of order) if (regex.test(chars.slice(n).join(''))) return chars.slice(0, n).join('');
  }
  return value;
}

/** The word as typed, for messages like `$x: ambiguous redirect`. */
export function rawText(word: Word): string {
  return word.parts
    .map((p) => (p.kind === 'text' ? p.text : p.kind === 'param' ? `$${p.name}` : p.kind === 'tilde' ? `~${p.user}` : '$(...)'))
    .join('');
}
