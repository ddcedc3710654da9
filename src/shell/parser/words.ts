/**
 * Reading one word: quotes, backslashes, `$x`, `${x:-y}`, `$(...)`, `$((...))`, backticks, `~`.
 * The result keeps which text was quoted, so expansion knows what may split and glob.
 */
import type { ParamOp, ParamPart, Script, Word, WordPart } from './ast';
import { Cursor, isMeta, unmatched } from './cursor';

/** Parses nested command lines: `$(...)` on the same cursor, backticks from their own text. */
export interface NestedParser {
  parseUntilParen(cursor: Cursor): Script;
  parseText(text: string): Script;
}

/** Where a run of word text ends, and how quotes and backslashes behave inside it. */
type Mode =
  | 'word' // an unquoted shell word
  | 'dquote' // inside "..."
  | 'param' // the word in ${x:-word}, outside double quotes
  | 'param-dq' // the same inside double quotes
  | 'heredoc'; // a here-document body or $((...)): expansions, no quote removal

const SPECIAL_PARAMS = '?$#@*!-0123456789';

export class WordReader {
  constructor(
    private readonly cur: Cursor,
    private readonly nested: NestedParser,
  ) {}

  /** Reads an unquoted word at the cursor, or undefined if a metacharacter or the end is there. */
  readWord(): Word | undefined {
    const c = this.cur.peek();
    if (c === '' || isMeta(c)) return undefined;
    const parts: WordPart[] = [];
    if (c === '~') this.readTilde(parts, (ch) => ch === '/' || ch === '' || isMeta(ch));
    this.readParts('word', parts, undefined);
    return { parts: merge(parts) };
  }

  /** Reads the value of `NAME=value` starting at the cursor (may be empty). */
  readAssignmentValue(): Word {
    const parts: WordPart[] = [];
    if (this.cur.peek() === '~') this.readTilde(parts, (ch) => ch === '/' || ch === ':' || ch === '' || isMeta(ch));
    this.readParts('word', parts, undefined);
    return { parts: merge(parts) };
  }

  /** A here-document body or arithmetic text: `$` and backticks expand, quotes stay as they are. */
  readTemplate(): Word {
    const parts: WordPart[] = [];
    this.readParts('heredoc', parts, undefined);
    return { parts: merge(parts) };
  }

  private readTilde(parts: WordPart[], ends: (c: string) => boolean): void {
    let end = this.cur.pos + 1;
    while (!ends(this.cur.src.charAt(end)) && end < this.cur.src.length) end++;
    const user = this.cur.src.slice(this.cur.pos + 1, end);
    if (!/^[A-Za-z0-9._-]*$/.test(user)) return;
    parts.push({ kind: 'tilde', user });
    this.cur.pos = end;
  }

  /** Reads parts until the mode's end; `closer` ends `param` modes (`}`, or `/` in a pattern). */
  private readParts(mode: Mode, parts: WordPart[], closer: string | undefined): void {
    const cur = this.cur;
    const quoted = mode === 'dquote' || mode === 'param-dq' || mode === 'heredoc';
    for (;;) {
      const c = cur.peek();
      if (c === '') {
        if (mode === 'dquote') throw unmatched('"');
        if (mode === 'param' || mode === 'param-dq') throw unmatched('}');
        return;
      }
      if (mode === 'word' && isMeta(c)) return;
      if (mode === 'dquote' && c === '"') return;
      if ((mode === 'param' || mode === 'param-dq') && (c === '}' || c === closer)) return;
      if (c === '\\') {
        this.readBackslash(mode, parts);
        continue;
      }
      if (c === "'" && (mode === 'word' || mode === 'param')) {
        const end = cur.src.indexOf("'", cur.pos + 1);
        if (end < 0) throw unmatched("'");
        parts.push({ kind: 'text', text: cur.src.slice(cur.pos + 1, end), quoted: true });
        cur.pos = end + 1;
        continue;
      }
      if (c === '"' && mode !== 'dquote' && mode !== 'heredoc') {
        cur.pos++;
        const inner: WordPart[] = [{ kind: 'text', text: '', quoted: true }];
        this.readParts('dquote', inner, undefined);
        cur.pos++;
        parts.push(...inner);
        continue;
      }
      if (c === '$') {
        this.readDollar(parts, quoted);
        continue;
      }
      if (c === '`') {
        parts.push({ kind: 'command', script: this.readBackquote(), quoted });
        continue;
      }
      parts.push({ kind: 'text', text: c, quoted });
      cur.pos++;
    }
  }

  private readBackslash(mode: Mode, parts: WordPart[]): void {
    const cur = this.cur;
    const next = cur.peek(1);
    if (next === '') {
      // A lone `\` at the very end: bash keeps it literally; interactively it asks for more.
      cur.trailingBackslash = mode === 'word';
      parts.push({ kind: 'text', text: '\\', quoted: true });
      cur.pos++;
      return;
    }
    if (next === '\n') {
      cur.pos += 2;
      return;
    }
    const escapesInQuotes = mode === 'heredoc' ? '$`\\' : '$`"\\';
    const literal = mode === 'word' || mode === 'param' || escapesInQuotes.includes(next) || (mode === 'param-dq' && next === '}');
    parts.push({ kind: 'text', text: literal ? next : `\\${next}`, quoted: true });
    cur.pos += 2;
  }

  private readDollar(parts: WordPart[], quoted: boolean): void {
    const cur = this.cur;
    const next = cur.peek(1);
    if (cur.startsWith('$((')) {
      parts.push({ kind: 'arith', expression: this.readArithmetic(), quoted });
      return;
    }
    if (next === '(') {
      cur.pos += 2;
      parts.push({ kind: 'command', script: this.nested.parseUntilParen(cur), quoted });
      return;
    }
    if (next === '{') {
      parts.push(this.readBraced(quoted));
      return;
    }
    if (next === "'" && !quoted) {
      parts.push({ kind: 'text', text: this.readAnsiC(), quoted: true });
      return;
    }
    if (next === '"' && !quoted) {
      cur.pos++; // $"..." is "..." without translations
      return;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(cur.src.slice(cur.pos + 1, cur.pos + 200))?.[0];
    if (name) {
      parts.push({ kind: 'param', name, quoted });
      cur.pos += 1 + name.length;
      return;
    }
    if (next !== '' && SPECIAL_PARAMS.includes(next)) {
      parts.push({ kind: 'param', name: next, quoted });
      cur.pos += 2;
      return;
    }
    parts.push({ kind: 'text', text: '$', quoted: true });
    cur.pos++;
  }

  /** `${...}`: the cursor is on `$`. */
  private readBraced(quoted: boolean): ParamPart {
    const cur = this.cur;
    const start = cur.pos;
    cur.pos += 2;
    const argMode: Mode = quoted ? 'param-dq' : 'param';
    if (cur.peek() === '#' && cur.peek(1) !== '}') {
      cur.pos++;
      const name = this.readParamName();
      if (name && cur.peek() === '}') {
        cur.pos++;
        return { kind: 'param', name, op: 'length', quoted };
      }
      return this.badSubstitution(start, quoted);
    }
    const name = this.readParamName();
    if (!name) return this.badSubstitution(start, quoted);
    if (cur.peek() === '}') {
      cur.pos++;
      return { kind: 'param', name, quoted };
    }
    const op = this.readParamOp();
    if (!op) return this.badSubstitution(start, quoted);
    const argParts: WordPart[] = [];
    const separator = op === '/' || op === '//' ? '/' : op === 'substring' ? ':' : undefined;
    this.readParts(argMode, argParts, separator);
    const part: ParamPart = { kind: 'param', name, op, arg: { parts: merge(argParts) }, quoted };
    if (separator && cur.peek() === separator) {
      cur.pos++;
      const replacement: WordPart[] = [];
      this.readParts(argMode, replacement, undefined);
      part.replacement = { parts: merge(replacement) };
    }
    cur.pos++; // the closing brace
    return part;
  }

  private readParamName(): string {
    const cur = this.cur;
    const name = /^(?:[A-Za-z_][A-Za-z0-9_]*|[0-9]+)/.exec(cur.src.slice(cur.pos, cur.pos + 200))?.[0];
    if (name) {
      cur.pos += name.length;
      return name;
    }
    const c = cur.peek();
    if (c !== '' && '?$#@*!-'.includes(c)) {
      cur.pos++;
      return c;
    }
    return '';
  }

  private readParamOp(): ParamOp | undefined {
    const cur = this.cur;
    for (const op of [':-', ':=', ':+', ':?', '##', '%%', '//', '-', '=', '+', '?', '#', '%', '/'] as const) {
      if (cur.startsWith(op)) {
        cur.pos += op.length;
        return op;
      }
    }
    if (cur.peek() === ':') {
      cur.pos++;
      return 'substring';
    }
    return undefined;
  }

  /** Skips to the closing brace and records a substitution bash rejects when it expands it. */
  private badSubstitution(start: number, quoted: boolean): ParamPart {
    const cur = this.cur;
    const end = cur.src.indexOf('}', cur.pos);
    if (end < 0) throw unmatched('}');
    cur.pos = end + 1;
    return { kind: 'param', name: '', quoted, bad: cur.src.slice(start, end + 1) };
  }

  private readArithmetic(): Word {
    const cur = this.cur;
    let depth = 0;
    let i = cur.pos + 3;
    for (; i < cur.src.length; i++) {
      const ch = cur.src[i];
      if (ch === '(') depth++;
      else if (ch === ')') {
        if (depth === 0 && cur.src[i + 1] === ')') break;
        depth--;
      }
    }
    if (i >= cur.src.length) throw unmatched(')');
    const inner = new WordReader(new Cursor(cur.src.slice(cur.pos + 3, i)), this.nested);
    cur.pos = i + 2;
    return inner.readTemplate();
  }

  private readBackquote(): Script {
    const cur = this.cur;
    let text = '';
    let i = cur.pos + 1;
    for (; i < cur.src.length; i++) {
      const ch = cur.src[i] ?? '';
      if (ch === '`') break;
      if (ch === '\\' && i + 1 < cur.src.length) {
        const next = cur.src[i + 1] ?? '';
        text += '$`\\'.includes(next) ? next : `\\${next}`;
        i++;
      } else text += ch;
    }
    if (i >= cur.src.length) throw unmatched('`');
    cur.pos = i + 1;
    return this.nested.parseText(text);
  }

  /** `$'...'` with C escapes. */
  private readAnsiC(): string {
    const cur = this.cur;
    let out = '';
    let i = cur.pos + 2;
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', v: '\v', '\\': '\\', "'": "'", '"': '"', '?': '?' };
    for (; i < cur.src.length; i++) {
      const ch = cur.src[i] ?? '';
      if (ch === "'") break;
      if (ch !== '\\') {
        out += ch;
        continue;
      }
      const next = cur.src[i + 1] ?? '';
      const mapped = simple[next];
      if (mapped !== undefined) {
        out += mapped;
        i++;
      } else if (/[0-7]/.test(next)) {
        const digits = /^[0-7]{1,3}/.exec(cur.src.slice(i + 1))?.[0] ?? '';
        out += String.fromCharCode(parseInt(digits, 8));
        i += digits.length;
      } else if (next === 'x') {
        const digits = /^[0-9a-fA-F]{1,2}/.exec(cur.src.slice(i + 2))?.[0] ?? '';
        out += digits ? String.fromCharCode(parseInt(digits, 16)) : '\\x';
        i += 1 + digits.length;
      } else out += '\\';
    }
    if (i >= cur.src.length) throw unmatched("'");
    cur.pos = i + 1;
    return out;
  }
}

/** Joins neighbouring text parts with the same quoting. */
export function merge(parts: WordPart[]): WordPart[] {
  const out: WordPart[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (part.kind === 'text' && last?.kind === 'text' && last.quoted === part.quoted) last.text += part.text;
    else out.push(part.kind === 'text' ? { ...part } : part);
  }
  return out;
}
