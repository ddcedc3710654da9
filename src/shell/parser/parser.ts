/**
 * bash's grammar for what a student types: lists, and-or lists, pipelines, simple commands with
 * assignments and redirects, here-documents, `( )`, `{ }`, `if`, `for`, `while`/`until`.
 * Aliases are expanded here, on the first word of a simple command, as bash does when reading.
 */
import type { AndOrList, CommandNode, FunctionDefinition, Pipeline, Redirect, RedirectOp, Script, SimpleCommand, Word } from './ast';
import { Cursor, ParseError, isMeta, unexpectedEof, unexpectedToken, unmatched } from './cursor';
import { HeredocQueue } from './heredoc';
import { WordReader } from './words';
import { parseCompound } from './compound';

export interface ParseOptions {
  /** `alias name=value` definitions to expand. */
  aliases?: ReadonlyMap<string, string>;
  /** Line number of the first line, as the shell counts them (here-document warnings cite it). */
  firstLine?: number;
}

export type ParseResult =
  | { ok: true; script: Script; warnings: string[]; needsMore: boolean }
  | { ok: false; error: string; incomplete: boolean };

const REDIRECT_OPS: RedirectOp[] = ['&>>', '<<<', '<<-', '&>', '>>', '>|', '>&', '<<', '<&', '<>', '>', '<'];
const RESERVED = new Set(['if', 'then', 'else', 'elif', 'fi', 'for', 'in', 'do', 'done', 'while', 'until', 'case', 'esac', '{', '}', '!', 'function']);

/** Parses a complete input (one or more lines). Syntax errors come back as values. */
export function parse(source: string, options: ParseOptions = {}): ParseResult {
  const parser = new Parser(new Cursor(source), options.aliases ?? new Map(), options.firstLine ?? 1);
  try {
    const script = parser.parseTop();
    return { ok: true, script, warnings: parser.heredocs.warnings, needsMore: parser.heredocs.openAtEof || parser.cur.trailingBackslash };
  } catch (e) {
    if (e instanceof ParseError) return { ok: false, error: e.message, incomplete: e.incomplete };
    return { ok: false, error: `syntax error: ${String(e)}`, incomplete: false };
  }
}

/** Whether the terminal should show the `> ` prompt and read another line before running `text`. */
export function needsMoreInput(text: string, options: ParseOptions = {}): boolean {
  const result = parse(text, options);
  return result.ok ? result.needsMore : result.incomplete;
}

export class Parser {
  readonly words: WordReader;
  readonly heredocs: HeredocQueue;
  /** Aliases being expanded and where their text ends, so `alias ls='ls -l'` does not loop. */
  private expanding: Array<{ name: string; end: number }> = [];

  constructor(
    readonly cur: Cursor,
    private readonly aliases: ReadonlyMap<string, string>,
    firstLine: number,
  ) {
    const nested = {
      parseUntilParen: (c: Cursor) => (c === cur ? this : new Parser(c, aliases, firstLine)).parseUntilParen(),
      parseText: (text: string) => new Parser(new Cursor(text), aliases, firstLine).parseTop(),
    };
    this.words = new WordReader(cur, nested);
    this.heredocs = new HeredocQueue(cur, firstLine, (text) => new WordReader(new Cursor(text), nested).readTemplate());
  }

  parseTop(): Script {
    const script = this.parseList(new Set());
    if (!this.cur.eof()) throw unexpectedToken(this.tokenText());
    this.heredocs.finishAtEof();
    return script;
  }

  private parseUntilParen(): Script {
    const script = this.parseList(new Set(), ')');
    if (this.cur.eof()) throw unmatched(')');
    this.cur.pos++;
    return script;
  }

  /**
   * And-or lists up to the end, a closing `closer` character, or a reserved word in `stopWords`
   * standing where a command would start (`then`, `fi`, `done`, `}` ...).
   */
  parseList(stopWords: ReadonlySet<string>, closer?: string): Script {
    const lists: AndOrList[] = [];
    for (;;) {
      this.skipSeparators();
      if (this.cur.eof()) break;
      if (closer && this.cur.peek() === closer) break;
      const word = this.peekReserved();
      if (word && stopWords.has(word)) break;
      const list = this.parseAndOr();
      lists.push(list);
      this.cur.skipBlanks();
      const c = this.cur.peek();
      if (this.cur.startsWith(';;')) throw unexpectedToken(';;');
      if (c === ';') this.cur.pos++;
      else if (c === '&') {
        list.background = true;
        this.cur.pos++;
      } else if (c === '\n') this.newline();
      else if (c === '' || c === closer) continue;
      else if (this.peekReserved() && stopWords.has(this.peekReserved() ?? '')) continue;
      else throw unexpectedToken(this.tokenText());
    }
    return { lists };
  }

  /** Consumes a newline and reads the here-document bodies that were waiting for it. */
  newline(): void {
    this.cur.pos++;
    this.heredocs.readBodies();
  }

  private skipSeparators(): void {
    for (;;) {
      this.cur.skipBlanks();
      if (this.cur.peek() === '\n') this.newline();
      else return;
    }
  }

  /** Skips blanks and newlines after `|`, `&&`, `||`; the end of input there means "more to come". */
  private skipLinebreaks(): void {
    this.skipSeparators();
    if (this.cur.eof()) throw unexpectedEof();
  }

  private parseAndOr(): AndOrList {
    const list: AndOrList = { first: this.parsePipeline(), rest: [], background: false };
    for (;;) {
      this.cur.skipBlanks();
      const op = this.cur.startsWith('&&') ? '&&' : this.cur.startsWith('||') ? '||' : undefined;
      if (!op) return list;
      this.cur.pos += 2;
      this.skipLinebreaks();
      list.rest.push({ op, pipeline: this.parsePipeline() });
    }
  }

  private parsePipeline(): Pipeline {
    this.cur.skipBlanks();
    let negated = false;
    if (this.peekReserved() === '!') {
      this.cur.pos++;
      negated = true;
    }
    const commands: CommandNode[] = [this.parseCommand()];
    for (;;) {
      this.cur.skipBlanks();
      if (this.cur.peek() !== '|' || this.cur.peek(1) === '|') return { negated, commands };
      this.cur.pos++;
      if (this.cur.peek() === '&') {
        // `a |& b` is `a 2>&1 | b`
        this.cur.pos++;
        commands[commands.length - 1]?.redirects.push({ fd: 2, op: '>&', target: { parts: [{ kind: 'text', text: '1', quoted: true }] } });
      }
      this.skipLinebreaks();
      commands.push(this.parseCommand());
    }
  }

  parseCommand(): CommandNode {
    this.cur.skipBlanks();
    this.expandAliases();
    const compound = parseCompound(this);
    if (compound) {
      compound.redirects.push(...this.parseTrailingRedirects());
      return compound;
    }
    const reserved = this.peekReserved();
    if (reserved === 'function') {
      this.cur.pos += reserved.length;
      this.cur.skipBlanks();
      const name = this.words.readWord();
      if (!name) throw this.cur.eof() ? unexpectedEof() : unexpectedToken(this.tokenText());
      this.cur.skipBlanks();
      if (this.cur.startsWith('()')) this.cur.pos += 2;
      return this.functionBody(literal(name));
    }
    if (reserved && reserved !== '{' && reserved !== '!' && RESERVED.has(reserved) && reserved !== 'in') throw unexpectedToken(reserved);
    return this.parseSimple();
  }

  /** After `name()`: the body is a compound command, possibly on a later line. */
  private functionBody(name: string): FunctionDefinition {
    this.skipSeparators();
    if (this.cur.eof()) throw unexpectedEof();
    const body = parseCompound(this);
    if (!body) throw unexpectedToken(this.tokenText());
    body.redirects.push(...this.parseTrailingRedirects());
    return { kind: 'function', name, body, redirects: [] };
  }

  private parseSimple(): SimpleCommand | FunctionDefinition {
    const command: SimpleCommand = { kind: 'simple', assignments: [], words: [], redirects: [] };
    for (;;) {
      this.cur.skipBlanks();
      const redirect = this.tryRedirect();
      if (redirect) {
        command.redirects.push(redirect);
        continue;
      }
      if (command.words.length === 0 && this.tryAssignment(command)) continue;
      const word = this.words.readWord();
      if (!word) break;
      command.words.push(word);
      if (command.words.length === 1 && command.assignments.length === 0 && command.redirects.length === 0) {
        this.cur.skipBlanks();
        if (this.cur.peek() === '(') {
          // `name()` starts a function definition (`echo (` is an error about what follows).
          this.cur.pos++;
          this.cur.skipBlanks();
          if (this.cur.peek() !== ')') throw unexpectedToken(this.tokenText());
          this.cur.pos++;
          return this.functionBody(literal(word));
        }
      }
    }
    if (command.words.length === 0 && command.assignments.length === 0 && command.redirects.length === 0) {
      throw this.cur.eof() ? unexpectedEof() : unexpectedToken(this.tokenText());
    }
    return command;
  }

  parseTrailingRedirects(): Redirect[] {
    const redirects: Redirect[] = [];
    for (;;) {
      this.cur.skipBlanks();
      const redirect = this.tryRedirect();
      if (!redirect) return redirects;
      redirects.push(redirect);
    }
  }

  private tryAssignment(command: SimpleCommand): boolean {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)(\+?)=/.exec(this.cur.src.slice(this.cur.pos, this.cur.pos + 256));
    if (!match) return false;
    this.cur.pos += match[0].length;
    command.assignments.push({ name: match[1] ?? '', append: match[2] === '+', value: this.words.readAssignmentValue() });
    return true;
  }

  private tryRedirect(): Redirect | undefined {
    const cur = this.cur;
    const digits = /^[0-9]+(?=[<>])/.exec(cur.src.slice(cur.pos, cur.pos + 12))?.[0] ?? '';
    const at = cur.pos + digits.length;
    const op = REDIRECT_OPS.find((candidate) => cur.src.startsWith(candidate, at));
    if (!op || (digits && op.startsWith('&'))) return undefined;
    cur.pos = at + op.length;
    cur.skipBlanks();
    const fd = digits ? Number(digits) : op.startsWith('<') ? 0 : 1;
    const target = this.words.readWord();
    if (!target) throw cur.eof() ? unexpectedToken('newline') : unexpectedToken(this.tokenText());
    const redirect: Redirect = { fd, op, target };
    if (op === '<<' || op === '<<-') this.heredocs.add(redirect, target, op === '<<-');
    return redirect;
  }

  /** The reserved word at the cursor, if the next word is one (unquoted, followed by a delimiter). */
  peekReserved(): string | undefined {
    const cur = this.cur;
    let end = cur.pos;
    while (end < cur.src.length && !isMeta(cur.src.charAt(end))) end++;
    const word = cur.src.slice(cur.pos, end);
    return RESERVED.has(word) ? word : undefined;
  }

  /** Consumes an expected reserved word (`then`, `do`, `fi` ...) or fails like bash. */
  expectReserved(word: string): void {
    this.skipSeparators();
    if (this.peekReserved() === word) {
      this.cur.pos += word.length;
      return;
    }
    throw this.cur.eof() ? unexpectedEof() : unexpectedToken(this.tokenText());
  }

  /** Replaces an alias in command position by its value, repeatedly, never an alias inside itself. */
  private expandAliases(): void {
    const cur = this.cur;
    for (;;) {
      this.expanding = this.expanding.filter((e) => e.end > cur.pos);
      let end = cur.pos;
      while (end < cur.src.length && !isMeta(cur.src.charAt(end)) && !`'"\\$\`=`.includes(cur.src.charAt(end))) end++;
      if (end < cur.src.length && !isMeta(cur.src.charAt(end))) return;
      const name = cur.src.slice(cur.pos, end);
      const value = this.aliases.get(name);
      if (name === '' || value === undefined || this.expanding.some((e) => e.name === name)) return;
      const delta = value.length - name.length;
      for (const e of this.expanding) e.end += delta;
      cur.splice(cur.pos, end, value);
      this.expanding.push({ name, end: cur.pos + value.length });
      cur.skipBlanks();
    }
  }

  /** How bash names the token at the cursor in "near unexpected token" messages. */
  tokenText(): string {
    const cur = this.cur;
    if (cur.eof() || cur.peek() === '\n') return 'newline';
    for (const op of ['&&', '||', ';;', '|&', ...REDIRECT_OPS, ';', '&', '|', '(', ')']) if (cur.startsWith(op)) return op;
    let end = cur.pos;
    while (end < cur.src.length && !isMeta(cur.src.charAt(end))) end++;
    return cur.src.slice(cur.pos, end) || cur.peek();
  }

  readWordOrFail(): Word {
    this.cur.skipBlanks();
    const word = this.words.readWord();
    if (!word) throw this.cur.eof() ? unexpectedEof() : unexpectedToken(this.tokenText());
    return word;
  }
}

/** The text of an unquoted literal word (function names). */
function literal(word: Word): string {
  return word.parts.map((p) => (p.kind === 'text' ? p.text : '')).join('');
}
