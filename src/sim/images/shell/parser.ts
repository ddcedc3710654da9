/**
 * Recursive-descent parser for the shell subset of container commands: lists (`;` `&&` `||` `&`),
 * pipes, while/until/for/if/case, groups, functions, redirections and here-documents, quoting and
 * `$…` expansions. Errors are ShellSyntaxError values thrown to `parseScript`, which returns them.
 */
import { type Cmd, type Redir, type Word, type WordPart, plainWord, ShellSyntaxError } from './ast';

const STOP = new Set([' ', '\t', '\n', ';', '&', '|', '(', ')', '<', '>']);
const RESERVED = new Set(['if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'case', 'esac', 'while', 'until',
  'for', 'in', '{', '}', '!']);
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

interface PendingHeredoc {
  redir: Redir;
  delim: string;
  quoted: boolean;
  strip: boolean;
}

class Parser {
  pos = 0;
  private heredocs: PendingHeredoc[] = [];
  constructor(private readonly src: string) {}

  private lineAt(pos: number): number {
    let line = 1;
    for (let i = 0; i < pos && i < this.src.length; i++) if (this.src[i] === '\n') line++;
    return line;
  }

  private fail(expecting?: string): never {
    if (this.pos >= this.src.length) throw new ShellSyntaxError('eof', '', expecting, this.lineAt(this.pos));
    throw new ShellSyntaxError('token', this.peekToken(), expecting, this.lineAt(this.pos));
  }

  private peekToken(): string {
    const rest = this.src.slice(this.pos);
    const op = /^(;;|&&|\|\||[;&|()<>])/.exec(rest);
    if (op) return op[1] ?? '';
    return /^[^\s;&|()<>]+/.exec(rest)?.[0] ?? '';
  }

  private ch(offset = 0): string {
    return this.src[this.pos + offset] ?? '';
  }

  /** Blanks and comments, not newlines. */
  private skipBlanks(): void {
    for (;;) {
      const c = this.ch();
      if (c === ' ' || c === '\t') this.pos++;
      else if (c === '\\' && this.ch(1) === '\n') this.pos += 2;
      else if (c === '#') while (this.pos < this.src.length && this.ch() !== '\n') this.pos++;
      else return;
    }
  }

  /** Blanks, comments and newlines (reading pending here-documents at each newline). */
  private skipLinebreaks(): void {
    for (;;) {
      this.skipBlanks();
      if (this.ch() !== '\n') return;
      this.pos++;
      this.readHeredocBodies();
    }
  }

  /** The reserved word at the cursor, if any (not consumed). */
  private peekReserved(): string | null {
    const m = /^[^\s;&|()<>]+/.exec(this.src.slice(this.pos));
    if (!m) return null;
    const word = m[0];
    return RESERVED.has(word) ? word : null;
  }

  private expectReserved(word: string): void {
    this.skipLinebreaks();
    if (this.peekReserved() !== word) this.fail(word);
    this.pos += word.length;
  }

  parseProgram(): Cmd {
    const cmd = this.parseList(new Set());
    this.skipLinebreaks();
    if (this.pos < this.src.length) this.fail();
    return cmd;
  }

  private parseList(terms: Set<string>): Cmd {
    const items: { cmd: Cmd; bg: boolean }[] = [];
    for (;;) {
      this.skipLinebreaks();
      if (this.pos >= this.src.length || this.ch() === ')' || this.src.startsWith(';;', this.pos)) break;
      const reserved = this.peekReserved();
      if (reserved && terms.has(reserved)) break;
      const cmd = this.parseAndOr();
      this.skipBlanks();
      let bg = false;
      if (this.ch() === '&' && this.ch(1) !== '&') {
        bg = true;
        this.pos++;
      } else if (this.ch() === ';' && this.ch(1) !== ';') {
        this.pos++;
      } else if (this.ch() !== '\n' && this.pos < this.src.length && this.ch() !== ')' && !this.src.startsWith(';;', this.pos)) {
        const r = this.peekReserved();
        if (!(r && terms.has(r))) this.fail();
      }
      items.push({ cmd, bg });
    }
    const only = items[0];
    return items.length === 1 && only && !only.bg ? only.cmd : { k: 'list', items };
  }

  private parseAndOr(): Cmd {
    const first = this.parsePipeline();
    const rest: { op: '&&' | '||'; cmd: Cmd }[] = [];
    for (;;) {
      this.skipBlanks();
      const op = this.src.slice(this.pos, this.pos + 2);
      if (op !== '&&' && op !== '||') break;
      this.pos += 2;
      this.skipLinebreaks();
      rest.push({ op, cmd: this.parsePipeline() });
    }
    return rest.length ? { k: 'andor', first, rest } : first;
  }

  private parsePipeline(): Cmd {
    this.skipBlanks();
    let bang = false;
    if (this.peekReserved() === '!') {
      bang = true;
      this.pos++;
    }
    const cmds = [this.parseCommand()];
    for (;;) {
      this.skipBlanks();
      if (this.ch() !== '|' || this.ch(1) === '|') break;
      this.pos++;
      this.skipLinebreaks();
      cmds.push(this.parseCommand());
    }
    return cmds.length === 1 && !bang ? (cmds[0] as Cmd) : { k: 'pipe', cmds, bang };
  }

  private parseCommand(): Cmd {
    this.skipBlanks();
    if (this.ch() === '(') {
      this.pos++;
      const body = this.parseList(new Set());
      this.skipLinebreaks();
      if (this.ch() !== ')') this.fail(')');
      this.pos++;
      return { k: 'group', body, subshell: true, redirs: this.parseRedirs() };
    }
    const reserved = this.peekReserved();
    switch (reserved) {
      case 'while':
      case 'until': {
        this.pos += reserved.length;
        const cond = this.parseList(new Set(['do']));
        this.expectReserved('do');
        const body = this.parseList(new Set(['done']));
        this.expectReserved('done');
        return { k: 'loop', until: reserved === 'until', cond, body, redirs: this.parseRedirs() };
      }
      case 'for':
        return this.parseFor();
      case 'if':
        return this.parseIf();
      case 'case':
        return this.parseCase();
      case '{': {
        this.pos++;
        const body = this.parseList(new Set(['}']));
        this.expectReserved('}');
        return { k: 'group', body, subshell: false, redirs: this.parseRedirs() };
      }
      case null:
      case '!':
        return this.parseSimple();
      default:
        return this.fail();
    }
  }

  private parseFor(): Cmd {
    this.pos += 3;
    this.skipBlanks();
    const nameWord = this.readWord();
    const name = nameWord ? plainWord(nameWord) : null;
    if (!name || !NAME.test(name)) this.fail();
    this.skipLinebreaks();
    let words: Word[] | null = null;
    if (this.peekReserved() === 'in') {
      this.pos += 2;
      words = [];
      for (;;) {
        this.skipBlanks();
        const c = this.ch();
        if (c === ';' || c === '\n' || c === '') break;
        const w = this.readWord();
        if (!w) this.fail();
        words.push(w);
      }
      if (this.ch() === ';') this.pos++;
    } else if (this.ch() === ';') {
      this.pos++;
    }
    this.expectReserved('do');
    const body = this.parseList(new Set(['done']));
    this.expectReserved('done');
    return { k: 'for', name, words, body, redirs: this.parseRedirs() };
  }

  private parseIf(): Cmd {
    this.pos += 2;
    const arms: { cond: Cmd; body: Cmd }[] = [];
    let otherwise: Cmd | null = null;
    for (;;) {
      const cond = this.parseList(new Set(['then']));
      this.expectReserved('then');
      const body = this.parseList(new Set(['elif', 'else', 'fi']));
      arms.push({ cond, body });
      this.skipLinebreaks();
      const next = this.peekReserved();
      if (next === 'elif') {
        this.pos += 4;
        continue;
      }
      if (next === 'else') {
        this.pos += 4;
        otherwise = this.parseList(new Set(['fi']));
      }
      this.expectReserved('fi');
      return { k: 'if', arms, otherwise, redirs: this.parseRedirs() };
    }
  }

  private parseCase(): Cmd {
    this.pos += 4;
    this.skipBlanks();
    const word = this.readWord();
    if (!word) this.fail();
    this.expectReserved('in');
    const arms: { patterns: Word[]; body: Cmd | null }[] = [];
    for (;;) {
      this.skipLinebreaks();
      if (this.peekReserved() === 'esac') break;
      if (this.pos >= this.src.length) this.fail('esac');
      if (this.ch() === '(') this.pos++;
      const patterns: Word[] = [];
      for (;;) {
        this.skipBlanks();
        const w = this.readWord();
        if (!w) this.fail();
        patterns.push(w);
        this.skipBlanks();
        if (this.ch() === '|') this.pos++;
        else break;
      }
      if (this.ch() !== ')') this.fail(')');
      this.pos++;
      const body = this.parseList(new Set(['esac']));
      arms.push({ patterns, body: body.k === 'list' && body.items.length === 0 ? null : body });
      this.skipLinebreaks();
      if (this.src.startsWith(';;', this.pos)) this.pos += 2;
    }
    this.pos += 4;
    return { k: 'case', word, arms, redirs: this.parseRedirs() };
  }

  private parseRedirs(): Redir[] {
    const redirs: Redir[] = [];
    for (;;) {
      this.skipBlanks();
      const r = this.tryRedir();
      if (!r) return redirs;
      redirs.push(r);
    }
  }

  private parseSimple(): Cmd {
    const line = this.lineAt(this.pos);
    const assigns: { name: string; value: Word }[] = [];
    const words: Word[] = [];
    const redirs: Redir[] = [];
    for (;;) {
      this.skipBlanks();
      const c = this.ch();
      if (c === '' || c === '\n' || c === ';' || c === '&' || c === '|' || c === ')') break;
      if (c === '(') {
        // `name() { …; }` defines a function.
        const name = words.length === 1 && words[0] ? plainWord(words[0]) : null;
        if (name && this.ch(1) === ')' && assigns.length === 0) {
          this.pos += 2;
          this.skipLinebreaks();
          return { k: 'func', name, body: this.parseCommand() };
        }
        this.fail();
      }
      const redir = this.tryRedir();
      if (redir) {
        redirs.push(redir);
        continue;
      }
      const word = this.readWord();
      if (!word) this.fail();
      const first = word[0];
      const eq = first && first.t === 'lit' && !first.q ? /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(first.v) : null;
      if (eq && words.length === 0 && first && first.t === 'lit') {
        const rest = first.v.slice(eq[0].length);
        const value: Word = rest ? [{ t: 'lit', v: rest, q: false }, ...word.slice(1)] : word.slice(1);
        assigns.push({ name: eq[1] ?? '', value });
      } else {
        words.push(word);
      }
    }
    if (!words.length && !assigns.length && !redirs.length) this.fail();
    return { k: 'simple', line, assigns, words, redirs };
  }

  private tryRedir(): Redir | null {
    const m = /^(\d?)(&>|>>|>&|>\||<<-|<<|<&|>|<)/.exec(this.src.slice(this.pos));
    if (!m) return null;
    const digits = m[1] ?? '';
    const raw = m[2] ?? '';
    this.pos += m[0].length;
    this.skipBlanks();
    if (raw === '<<' || raw === '<<-') {
      const start = this.pos;
      const target = this.readWord();
      if (!target) this.fail();
      const text = this.src.slice(start, this.pos);
      const delim = text.replace(/['"\\]/g, '');
      const redir: Redir = { fd: 0, op: '<<', target, heredoc: { body: [] } };
      this.heredocs.push({ redir, delim, quoted: /['"\\]/.test(text), strip: raw === '<<-' });
      return redir;
    }
    const target = this.readWord();
    if (!target) this.fail();
    const op = raw === '>|' ? '>' : (raw as Redir['op']);
    const fd = digits ? Number(digits) : op === '<' || op === '<&' ? 0 : 1;
    return { fd, op, target };
  }

  private readHeredocBodies(): void {
    while (this.heredocs.length) {
      const h = this.heredocs.shift() as PendingHeredoc;
      let body = '';
      for (;;) {
        if (this.pos >= this.src.length) break;
        const nl = this.src.indexOf('\n', this.pos);
        const end = nl < 0 ? this.src.length : nl;
        let line = this.src.slice(this.pos, end);
        this.pos = nl < 0 ? end : end + 1;
        if (h.strip) line = line.replace(/^\t+/, '');
        if (line === h.delim) break;
        body += `${line}\n`;
      }
      h.redir.heredoc = { body: h.quoted ? [{ t: 'lit', v: body, q: true }] : parseHeredocBody(body) };
    }
  }

  /** One word at the cursor, or null at an operator. */
  readWord(): Word | null {
    const parts: WordPart[] = [];
    const lit = (v: string, q: boolean): void => {
      const last = parts[parts.length - 1];
      if (last && last.t === 'lit' && last.q === q) last.v += v;
      else parts.push({ t: 'lit', v, q });
    };
    for (;;) {
      const c = this.ch();
      if (c === '' || STOP.has(c)) break;
      if (c === '\\') {
        const n = this.ch(1);
        this.pos += 2;
        if (n !== '\n' && n !== '') lit(n, true);
      } else if (c === "'") {
        const end = this.src.indexOf("'", this.pos + 1);
        if (end < 0) {
          this.pos = this.src.length;
          throw new ShellSyntaxError('eof', "'", 'quote', this.lineAt(this.pos));
        }
        lit(this.src.slice(this.pos + 1, end), true);
        this.pos = end + 1;
      } else if (c === '"') {
        this.pos++;
        this.readDoubleQuoted(parts, lit);
      } else if (c === '$') {
        parts.push(this.readDollar(false));
      } else if (c === '`') {
        parts.push({ t: 'cmdsub', src: this.readBackticks(), q: false });
      } else {
        lit(c, false);
        this.pos++;
      }
    }
    return parts.length ? parts : null;
  }

  /** A `$…` or backquote expansion at the cursor (inside a double-quoted context). */
  readExpansion(c: string): WordPart[] {
    if (c === '$') return [this.readDollar(true)];
    return [{ t: 'cmdsub', src: this.readBackticks(), q: true }];
  }

  private readDoubleQuoted(parts: WordPart[], lit: (v: string, q: boolean) => void): void {
    const startLen = parts.length;
    for (;;) {
      const c = this.ch();
      if (c === '') throw new ShellSyntaxError('eof', '"', 'quote', this.lineAt(this.pos));
      if (c === '"') {
        this.pos++;
        if (parts.length === startLen) lit('', true);
        return;
      }
      if (c === '\\') {
        const n = this.ch(1);
        this.pos += 2;
        if (n === '\n') continue;
        if (n === '$' || n === '`' || n === '"' || n === '\\') lit(n, true);
        else lit(`\\${n}`, true);
      } else if (c === '$') {
        parts.push(this.readDollar(true));
      } else if (c === '`') {
        parts.push({ t: 'cmdsub', src: this.readBackticks(), q: true });
      } else {
        lit(c, true);
        this.pos++;
      }
    }
  }

  private readBackticks(): string {
    let out = '';
    this.pos++;
    for (;;) {
      const c = this.ch();
      if (c === '') throw new ShellSyntaxError('eof', '`', 'backquote', this.lineAt(this.pos));
      this.pos++;
      if (c === '`') return out;
      if (c === '\\' && (this.ch() === '`' || this.ch() === '\\' || this.ch() === '$')) {
        out += this.ch();
        this.pos++;
      } else {
        out += c;
      }
    }
  }

  /** Index just past the `)` matching the `(` at `open`, skipping quotes. */
  private matchParen(open: number): number {
    let depth = 0;
    for (let i = open; i < this.src.length; i++) {
      const c = this.src[i];
      if (c === '\\') i++;
      else if (c === "'") i = Math.max(i, this.src.indexOf("'", i + 1));
      else if (c === '"') {
        for (i++; i < this.src.length && this.src[i] !== '"'; i++) if (this.src[i] === '\\') i++;
      } else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) return i + 1;
    }
    throw new ShellSyntaxError('eof', '(', ')', this.lineAt(this.src.length));
  }

  private readDollar(q: boolean): WordPart {
    const n = this.ch(1);
    if (n === '(' && this.ch(2) === '(') {
      const end = this.matchParen(this.pos + 1);
      const src = this.src.slice(this.pos + 3, end - 2);
      this.pos = end;
      return { t: 'arith', src, q };
    }
    if (n === '(') {
      const end = this.matchParen(this.pos + 1);
      const src = this.src.slice(this.pos + 2, end - 1);
      this.pos = end;
      return { t: 'cmdsub', src, q };
    }
    if (n === '{') return this.readBraceParam(q);
    const name = /^(?:[A-Za-z_][A-Za-z0-9_]*|[0-9?$#@*!-])/.exec(this.src.slice(this.pos + 1));
    if (!name) {
      this.pos++;
      return { t: 'lit', v: '$', q };
    }
    this.pos += 1 + name[0].length;
    return { t: 'param', name: name[0], q };
  }

  private readBraceParam(q: boolean): WordPart {
    let depth = 0;
    let end = -1;
    for (let i = this.pos + 1; i < this.src.length; i++) {
      const c = this.src[i];
      if (c === '\\') i++;
      else if (c === '{') depth++;
      else if (c === '}' && --depth === 0) {
        end = i;
        break;
      }
    }
    if (end < 0) throw new ShellSyntaxError('eof', '${', '}', this.lineAt(this.src.length));
    const inner = this.src.slice(this.pos + 2, end);
    this.pos = end + 1;
    if (inner.startsWith('#') && inner.length > 1) return { t: 'param', name: inner.slice(1), op: 'length', q };
    const m = /^([A-Za-z_][A-Za-z0-9_]*|[0-9]+|[?$#@*!-])(:[-=+?]|[-=+?]|##|#|%%|%)?([\s\S]*)$/.exec(inner);
    if (!m) return { t: 'lit', v: '', q };
    const part: WordPart = { t: 'param', name: m[1] ?? '', q };
    if (m[2]) {
      part.op = m[2];
      part.arg = parseHeredocBody(m[3] ?? '', q);
    }
    return part;
  }
}

/** Parse text the way a here-document (or a double-quoted string) is expanded: `$`, backquotes, `\`. */
export function parseHeredocBody(body: string, q = true): Word {
  const p = new Parser(body);
  const parts: WordPart[] = [];
  let text = '';
  const flush = (): void => {
    if (text) parts.push({ t: 'lit', v: text, q });
    text = '';
  };
  while (p.pos < body.length) {
    const c = body[p.pos] ?? '';
    if (c === '\\' && /[$`\\\n]/.test(body[p.pos + 1] ?? '')) {
      if (body[p.pos + 1] !== '\n') text += body[p.pos + 1];
      p.pos += 2;
    } else if (c === '$' || c === '`') {
      flush();
      const w = p.readExpansion(c);
      for (const part of w) parts.push({ ...part, q } as WordPart);
    } else {
      text += c;
      p.pos++;
    }
  }
  flush();
  return parts;
}

export type ParseResult = { ok: true; cmd: Cmd } | { ok: false; error: ShellSyntaxError };

export function parseScript(src: string): ParseResult {
  try {
    return { ok: true, cmd: new Parser(src).parseProgram() };
  } catch (e) {
    if (e instanceof ShellSyntaxError) return { ok: false, error: e };
    throw e;
  }
}
