// The parse tree of a Go text/template, built from lex.ts's tokens with the parser's own error texts.
// Each node keeps its position and the text Go's String() gives it, which error messages quote.

import { KNOWN_FUNCTIONS } from './funcs';
import { lex, TemplateSyntaxError, type Token } from './lex';

export type Operand =
  | { k: 'dot'; pos: number; text: string }
  | { k: 'field'; pos: number; text: string; base: Operand | undefined; names: string[] }
  | { k: 'var'; pos: number; text: string; name: string; names: string[] }
  | { k: 'literal'; pos: number; text: string; value: unknown }
  | { k: 'nil'; pos: number; text: string }
  | { k: 'ident'; pos: number; text: string; name: string }
  | { k: 'pipe'; pos: number; text: string; pipe: Pipeline };

export interface Command {
  pos: number;
  text: string;
  args: Operand[];
}

export interface Pipeline {
  pos: number;
  text: string;
  decl: string[];
  /** `=` rather than `:=`. */
  assign: boolean;
  cmds: Command[];
}

export interface ControlNode {
  k: 'if' | 'with' | 'range';
  pos: number;
  line: number;
  pipe: Pipeline;
  list: Node[];
  elseList: Node[] | undefined;
}

export type Node =
  | { k: 'text'; text: string }
  | { k: 'action'; pos: number; line: number; pipe: Pipeline }
  | ControlNode
  | { k: 'template'; pos: number; line: number; name: string; text: string; pipe: Pipeline | undefined }
  | { k: 'break' | 'continue'; pos: number; line: number };

export interface Parsed {
  root: Node[];
  defines: Map<string, Node[]>;
}

export function parseTemplate(src: string): Parsed {
  return new Parser(lex(src)).parse();
}

class Parser {
  private i = 0;
  private readonly defines = new Map<string, Node[]>();
  private vars: string[] = ['$'];

  constructor(private readonly toks: Token[]) {}

  parse(): Parsed {
    const root = this.list(true);
    return { root, defines: this.defines };
  }

  private peek(): Token {
    const t = this.toks[this.i] as Token;
    if (t.kind === 'error') throw new TemplateSyntaxError(t.text);
    return t;
  }

  private next(): Token {
    const t = this.peek();
    this.i++;
    return t;
  }

  private fail(tok: Token, message: string): never {
    throw new TemplateSyntaxError(`template: output:${tok.line}: ${message}`);
  }

  /** Nodes up to `{{end}}` / `{{else}}` (left unconsumed after the `{{`), or EOF at top level. */
  private list(top: boolean): Node[] {
    const nodes: Node[] = [];
    for (;;) {
      const t = this.peek();
      if (t.kind === 'eof') {
        if (!top) this.fail(t, 'unexpected EOF');
        return nodes;
      }
      if (t.kind === 'text') {
        nodes.push({ k: 'text', text: this.next().text });
        continue;
      }
      const after = this.toks[this.i + 1];
      if (after?.kind === 'keyword' && (after.text === 'end' || after.text === 'else')) {
        if (top) this.fail(after, `unexpected {{${after.text}}}`);
        return nodes;
      }
      this.next();
      nodes.push(this.action());
    }
  }

  private action(): Node {
    const t = this.peek();
    if (t.kind === 'keyword') {
      this.next();
      switch (t.text) {
        case 'if':
        case 'with':
        case 'range':
          return this.control(t.text, t);
        case 'break':
        case 'continue':
          this.expect('close', `unexpected token in {{${t.text}}}`);
          return { k: t.text, pos: t.pos, line: t.line };
        case 'template':
          return this.templateCall(t);
        case 'define':
        case 'block':
          return this.define(t);
        default:
          this.fail(t, `unexpected {{${t.text}}}`);
      }
    }
    const pipe = this.pipeline('command', true);
    return { k: 'action', pos: t.pos, line: t.line, pipe };
  }

  private expect(kind: Token['kind'], message: string): Token {
    const t = this.next();
    if (t.kind !== kind) this.fail(t, message);
    return t;
  }

  private control(kind: 'if' | 'with' | 'range', t: Token): Node {
    const saved = this.vars.length;
    const pipe = this.pipeline(kind, kind === 'range');
    const list = this.list(false);
    let elseList: Node[] | undefined;
    this.next(); // {{
    const word = this.next();
    if (word.text === 'else') {
      const peek = this.peek();
      if (kind !== 'range' && peek.kind === 'keyword' && peek.text === kind) {
        // `{{else if …}}` / `{{else with …}}`: a nested control that shares this one's {{end}}.
        this.next();
        elseList = [this.control(kind, peek)];
        this.vars.length = saved;
        return { k: kind, pos: t.pos, line: t.line, pipe, list, elseList };
      }
      this.expect('close', 'unexpected token in {{else}}');
      elseList = this.list(false);
      this.next();
      this.next();
    }
    this.expect('close', 'unexpected token in {{end}}');
    this.vars.length = saved;
    return { k: kind, pos: t.pos, line: t.line, pipe, list, elseList };
  }

  private templateCall(t: Token): Node {
    const name = this.next();
    if (name.kind !== 'string' && name.kind !== 'rawString') this.fail(name, 'unexpected name in template clause');
    const pipe = this.peek().kind === 'close' ? undefined : this.pipeline('template', false);
    if (!pipe) this.next();
    const text = `{{template ${name.text}${pipe ? ` ${pipe.text}` : ''}}}`;
    return { k: 'template', pos: name.pos, line: t.line, name: unquote(name), text, pipe };
  }

  private define(t: Token): Node {
    const name = this.next();
    if (name.kind !== 'string' && name.kind !== 'rawString') this.fail(name, `unexpected name in ${t.text} clause`);
    const pipe = t.text === 'block' ? this.pipeline('block', false) : (this.expect('close', 'unexpected token in define clause'), undefined);
    const saved = this.vars;
    this.vars = ['$'];
    const body = this.list(false);
    this.vars = saved;
    this.next();
    this.next();
    this.expect('close', 'unexpected token in {{end}}');
    this.defines.set(unquote(name), body);
    return t.text === 'block'
      ? { k: 'template', pos: name.pos, line: t.line, name: unquote(name), text: `{{template ${name.text} ${pipe?.text ?? ''}}}`, pipe }
      : { k: 'text', text: '' };
  }

  /** A pipeline up to `}}` (or `)` inside parentheses, when `inParens`). */
  private pipeline(context: string, allowDecl: boolean, inParens = false): Pipeline {
    const start = this.peek();
    const decl: string[] = [];
    let assign = false;
    if (allowDecl || context === 'command') {
      const save = this.i;
      const names: string[] = [];
      while (this.peek().kind === 'var') {
        names.push(this.next().text);
        if (this.peek().kind === 'comma' && context === 'range') {
          this.next();
          continue;
        }
        break;
      }
      const op = this.peek();
      if (names.length > 0 && (op.kind === 'declare' || op.kind === 'assign')) {
        this.next();
        assign = op.kind === 'assign';
        decl.push(...names);
        if (!assign) this.vars.push(...names);
        else for (const n of names) if (!this.vars.includes(n)) this.fail(op, `undefined variable "${n}"`);
      } else this.i = save;
    }
    const cmds: Command[] = [];
    for (;;) {
      const t = this.peek();
      if ((!inParens && t.kind === 'close') || (inParens && t.kind === 'rparen')) {
        if (cmds.length === 0) this.fail(t, `missing value for ${context}`);
        this.next();
        break;
      }
      if (t.kind === 'eof') this.fail(t, inParens ? 'unclosed left paren' : 'unclosed action');
      cmds.push(this.command(inParens));
      if (this.peek().kind === 'pipe') this.next();
    }
    const head = decl.length ? `${decl.join(', ')} ${assign ? '=' : ':='} ` : '';
    return { pos: start.pos, text: head + cmds.map((c) => c.text).join(' | '), decl, assign, cmds };
  }

  private command(inParens: boolean): Command {
    const first = this.peek();
    const args: Operand[] = [];
    for (;;) {
      const t = this.peek();
      if (t.kind === 'pipe' || t.kind === 'close' || (inParens && t.kind === 'rparen') || t.kind === 'eof') break;
      if (t.kind === 'rparen') this.fail(t, 'unexpected right paren');
      args.push(this.operand());
    }
    if (args.length === 0) this.fail(first, 'missing value for command');
    return { pos: first.pos, text: args.map((a) => a.text).join(' '), args };
  }

  private operand(): Operand {
    const t = this.next();
    let node: Operand;
    switch (t.kind) {
      case 'dot':
        node = { k: 'dot', pos: t.pos, text: '.' };
        break;
      case 'field':
        node = { k: 'field', pos: t.pos, text: t.text, base: undefined, names: [t.text.slice(1)] };
        break;
      case 'var':
        if (!this.vars.includes(t.text)) this.fail(t, `undefined variable "${t.text}"`);
        node = { k: 'var', pos: t.pos, text: t.text, name: t.text, names: [] };
        break;
      case 'string':
      case 'rawString':
        node = { k: 'literal', pos: t.pos, text: t.text, value: unquote(t) };
        break;
      case 'char':
        node = { k: 'literal', pos: t.pos, text: t.text, value: { goInt: (unquote({ ...t, text: `"${t.text.slice(1, -1)}"` }).codePointAt(0) ?? 0) } };
        break;
      case 'number':
        node = { k: 'literal', pos: t.pos, text: t.text, value: numberLiteral(t, (m) => this.fail(t, m)) };
        break;
      case 'bool':
        node = { k: 'literal', pos: t.pos, text: t.text, value: t.text === 'true' };
        break;
      case 'nil':
        node = { k: 'nil', pos: t.pos, text: 'nil' };
        break;
      case 'ident':
        if (!KNOWN_FUNCTIONS.has(t.text)) this.fail(t, `function "${t.text}" not defined`);
        node = { k: 'ident', pos: t.pos, text: t.text, name: t.text };
        break;
      case 'lparen': {
        const pipe = this.pipeline('parenthesized pipeline', false, true);
        node = { k: 'pipe', pos: t.pos, text: `(${pipe.text})`, pipe };
        break;
      }
      default:
        this.fail(t, `unexpected ${describe(t)} in operand`);
    }
    // A field chain after the term: `.a.b`, `$x.a`, `(…).a` — positioned, as Go's, at the chain's second part.
    if (this.peek().kind === 'field' && this.peek().pos === (this.toks[this.i - 1] as Token).pos + (this.toks[this.i - 1] as Token).text.length) {
      const chainPos = this.peek().pos;
      const names: string[] = [];
      let text = node.text;
      while (this.peek().kind === 'field' && this.peek().pos === (this.toks[this.i - 1] as Token).pos + (this.toks[this.i - 1] as Token).text.length) {
        const f = this.next();
        names.push(f.text.slice(1));
        text += f.text;
      }
      if (node.k === 'field') node = { k: 'field', pos: chainPos, text, base: undefined, names: [...node.names, ...names] };
      else if (node.k === 'var') node = { k: 'var', pos: chainPos, text, name: node.name, names };
      else node = { k: 'field', pos: chainPos, text, base: node, names };
    }
    return node;
  }
}

function describe(t: Token): string {
  if (t.kind === 'close') return '}}';
  return `<${t.text}>`;
}

/** Go's unquoting of a string literal (raw strings as they are). */
function unquote(t: Pick<Token, 'kind' | 'text'>): string {
  if (t.kind === 'rawString') return t.text.slice(1, -1);
  return JSON.parse(t.text.replace(/\\x([0-9a-fA-F]{2})/g, '\\u00$1').replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b').replace(/\\'/g, "'")) as string;
}

/** A number constant: ints stay Go ints, others are float64 (wrapped so that `1e6` prints as 1e+06). */
function numberLiteral(t: Token, fail: (message: string) => never): unknown {
  const text = t.text.replace(/_/g, '');
  if (/^[+-]?0[xXbBoO]/.test(text) || /^[+-]?\d+$/.test(text)) {
    const n = Number(text.replace(/^([+-]?)0[oO]/, '$10o'));
    if (!Number.isFinite(n)) fail(`bad number syntax: ${JSON.stringify(t.text)}`);
    return { goInt: n };
  }
  const n = Number(text);
  if (Number.isNaN(n)) fail(`bad number syntax: ${JSON.stringify(t.text)}`);
  return { goFloat: n };
}
