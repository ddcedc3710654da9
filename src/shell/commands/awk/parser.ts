/** Recursive-descent parser for awk programs (POSIX grammar, without getline and pipes). */
import type { Expr, LValue, Output, Program, Rule, Stmt } from './ast';
import { AwkSyntaxError, type Token, tokenize } from './lexer';

export function parseAwk(src: string): Program | AwkSyntaxError {
  try {
    return new AwkParser(tokenize(src)).program();
  } catch (e) {
    if (e instanceof AwkSyntaxError) return e;
    throw e;
  }
}

class AwkParser {
  private pos = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(offset = 0): Token {
    return this.tokens[Math.min(this.pos + offset, this.tokens.length - 1)] as Token;
  }

  private next(): Token {
    const t = this.peek();
    if (this.pos < this.tokens.length - 1) this.pos++;
    return t;
  }

  private is(text: string): boolean {
    const t = this.peek();
    return (t.kind === 'op' || t.kind === 'keyword') && t.text === text;
  }

  private accept(text: string): boolean {
    if (!this.is(text)) return false;
    this.next();
    return true;
  }

  private expect(text: string): void {
    if (!this.accept(text)) throw this.error();
  }

  private error(): AwkSyntaxError {
    const t = this.peek();
    if (t.kind === 'eof') return new AwkSyntaxError(`line ${t.line}: syntax error at or near end of file`);
    return new AwkSyntaxError(`line ${t.line}: syntax error at or near ${t.kind === 'string' ? `"${t.text}"` : t.kind === 'newline' ? 'end of line' : t.text}`);
  }

  private newlines(): void {
    while (this.peek().kind === 'newline') this.next();
  }

  private terminators(): void {
    while (this.peek().kind === 'newline' || this.is(';')) this.next();
  }

  program(): Program {
    const program: Program = { begin: [], end: [], rules: [], functions: new Map() };
    this.terminators();
    while (this.peek().kind !== 'eof') {
      if (this.accept('BEGIN')) {
        this.newlines();
        program.begin.push(this.block());
      } else if (this.accept('END')) {
        this.newlines();
        program.end.push(this.block());
      } else if (this.accept('function')) {
        const name = this.next();
        if (name.kind !== 'name' && name.kind !== 'funcname') throw this.error();
        this.expect('(');
        const params: string[] = [];
        while (!this.is(')')) {
          const p = this.next();
          if (p.kind !== 'name') throw this.error();
          params.push(p.text);
          if (!this.accept(',')) break;
          this.newlines();
        }
        this.expect(')');
        this.newlines();
        program.functions.set(name.text, { params, body: this.block() });
      } else program.rules.push(this.rule());
      this.terminators();
    }
    return program;
  }

  private rule(): Rule {
    const rule: Rule = {};
    if (!this.is('{')) {
      rule.pattern = this.expr();
      if (this.accept(',')) {
        this.newlines();
        rule.rangeEnd = this.expr();
      }
    }
    if (this.is('{')) rule.action = this.block();
    return rule;
  }

  private block(): Stmt[] {
    this.expect('{');
    const body: Stmt[] = [];
    this.terminators();
    while (!this.is('}')) {
      if (this.peek().kind === 'eof') throw new AwkSyntaxError(`line ${this.peek().line}: missing } near end of file`);
      body.push(this.statement());
      this.terminators();
    }
    this.expect('}');
    return body;
  }

  /** A simple statement must end with `;`, a newline, `}` or the end. */
  private endSimple(): void {
    if (this.is(';') || this.peek().kind === 'newline') {
      this.next();
      return;
    }
    if (this.is('}') || this.peek().kind === 'eof') return;
    throw this.error();
  }

  private body(): Stmt {
    this.newlines();
    if (this.accept(';')) return { k: 'block', body: [] };
    return this.statement();
  }

  private statement(): Stmt {
    const t = this.peek();
    if (this.is('{')) return { k: 'block', body: this.block() };
    if (t.kind === 'keyword') {
      switch (t.text) {
        case 'if': {
          this.next();
          this.expect('(');
          const test = this.expr();
          this.expect(')');
          const yes = this.body();
          const save = this.pos;
          this.terminators();
          if (this.accept('else')) return { k: 'if', test, yes, no: this.body() };
          this.pos = save;
          return { k: 'if', test, yes };
        }
        case 'while': {
          this.next();
          this.expect('(');
          const test = this.expr();
          this.expect(')');
          if (this.is(';')) {
            this.next();
            return { k: 'while', test, body: { k: 'block', body: [] } };
          }
          return { k: 'while', test, body: this.body() };
        }
        case 'do': {
          this.next();
          const body = this.body();
          this.terminators();
          this.expect('while');
          this.expect('(');
          const test = this.expr();
          this.expect(')');
          this.endSimple();
          return { k: 'do', body, test };
        }
        case 'for':
          return this.forStatement();
        case 'next':
        case 'break':
        case 'continue':
          this.next();
          this.endSimple();
          return { k: t.text } as Stmt;
        case 'exit':
        case 'return': {
          this.next();
          const value = this.is(';') || this.is('}') || this.peek().kind === 'newline' || this.peek().kind === 'eof' ? undefined : this.expr();
          this.endSimple();
          return t.text === 'exit' ? { k: 'exit', code: value } : { k: 'return', value };
        }
        case 'delete': {
          this.next();
          const name = this.next();
          if (name.kind !== 'name') throw this.error();
          let subscripts: Expr[] | undefined;
          if (this.accept('[')) {
            subscripts = this.exprList();
            this.expect(']');
          }
          this.endSimple();
          return { k: 'delete', name: name.text, subscripts };
        }
        case 'print':
        case 'printf': {
          this.next();
          let args: Expr[] = [];
          if (this.is('(') && this.parenthesisedList()) {
            args = this.parenthesisedArgs();
          } else if (!this.is(';') && !this.is('}') && !this.is('>') && !this.is('>>') && !this.is('|') && this.peek().kind !== 'newline' && this.peek().kind !== 'eof') {
            args = this.exprList(true);
          }
          let out: Output | undefined;
          if (this.is('>') || this.is('>>')) {
            const mode = this.next().text as '>' | '>>';
            out = { mode, target: this.concat() };
          } else if (this.is('|')) throw new AwkSyntaxError(`line ${t.line}: output to a pipe is not supported here`);
          this.endSimple();
          return { k: t.text as 'print' | 'printf', args, out };
        }
        case 'getline':
          throw new AwkSyntaxError(`line ${t.line}: getline is not supported here`);
        default:
          break;
      }
    }
    const expr = this.expr();
    this.endSimple();
    return { k: 'expr', expr };
  }

  /** `print (a, b) > f`: whether the parenthesis closes a whole argument list. */
  private parenthesisedList(): boolean {
    let depth = 0;
    for (let i = this.pos; i < this.tokens.length; i++) {
      const t = this.tokens[i] as Token;
      if (t.kind === 'op' && (t.text === '(' || t.text === '[')) depth++;
      else if (t.kind === 'op' && (t.text === ')' || t.text === ']')) {
        depth--;
        if (depth === 0) {
          const after = this.tokens[i + 1];
          return !after || after.kind === 'newline' || after.kind === 'eof' || (after.kind === 'op' && [';', '}', '>', '>>', '|'].includes(after.text));
        }
      } else if (t.kind === 'newline' || t.kind === 'eof') return false;
    }
    return false;
  }

  private parenthesisedArgs(): Expr[] {
    this.expect('(');
    const args = this.exprList();
    this.expect(')');
    return args;
  }

  private forStatement(): Stmt {
    this.next();
    this.expect('(');
    const a = this.peek();
    const b = this.peek(1);
    const c = this.peek(2);
    if (a.kind === 'name' && b.kind === 'keyword' && b.text === 'in' && c.kind === 'name' && this.peek(3).text === ')') {
      this.pos += 3;
      this.expect(')');
      return { k: 'forin', variable: a.text, array: c.text, body: this.body() };
    }
    const init = this.is(';') ? undefined : this.expr();
    this.expect(';');
    this.newlines();
    const test = this.is(';') ? undefined : this.expr();
    this.expect(';');
    this.newlines();
    const step = this.is(')') ? undefined : this.expr();
    this.expect(')');
    if (this.is(';')) {
      this.next();
      return { k: 'for', init, test, step, body: { k: 'block', body: [] } };
    }
    return { k: 'for', init, test, step, body: this.body() };
  }

  private exprList(noGt = false): Expr[] {
    const list = [this.expr(noGt)];
    while (this.accept(',')) {
      this.newlines();
      list.push(this.expr(noGt));
    }
    return list;
  }

  expr(noGt = false): Expr {
    return this.ternary(noGt);
  }

  private ternary(noGt: boolean): Expr {
    const test = this.or(noGt);
    if (this.accept('?')) {
      this.newlines();
      const yes = this.ternary(noGt);
      this.newlines();
      this.expect(':');
      this.newlines();
      return { k: 'cond', test, yes, no: this.ternary(noGt) };
    }
    const op = this.peek().text;
    if (this.peek().kind === 'op' && ['=', '+=', '-=', '*=', '/=', '%=', '^='].includes(op)) {
      if (test.k !== 'var' && test.k !== 'field' && test.k !== 'elem') throw this.error();
      this.next();
      this.newlines();
      return { k: 'assign', op, target: test, value: this.ternary(noGt) };
    }
    return test;
  }

  private or(noGt: boolean): Expr {
    let left = this.and(noGt);
    while (this.accept('||')) {
      this.newlines();
      left = { k: 'binary', op: '||', left, right: this.and(noGt) };
    }
    return left;
  }

  private and(noGt: boolean): Expr {
    let left = this.inExpr(noGt);
    while (this.accept('&&')) {
      this.newlines();
      left = { k: 'binary', op: '&&', left, right: this.inExpr(noGt) };
    }
    return left;
  }

  private inExpr(noGt: boolean): Expr {
    let left = this.matchExpr(noGt);
    while (this.is('in')) {
      this.next();
      const name = this.next();
      if (name.kind !== 'name') throw this.error();
      left = { k: 'in', subscripts: left.k === 'group' ? left.exprs : [left], name: name.text };
    }
    return left;
  }

  private matchExpr(noGt: boolean): Expr {
    let left = this.comparison(noGt);
    while (this.is('~') || this.is('!~')) {
      const negate = this.next().text === '!~';
      left = { k: 'match', negate, left, right: this.comparison(noGt) };
    }
    return left;
  }

  private comparison(noGt: boolean): Expr {
    const left = this.concat();
    const t = this.peek();
    if (t.kind === 'op' && ['<', '<=', '!=', '==', '>=', ...(noGt ? [] : ['>'])].includes(t.text)) {
      this.next();
      return { k: 'binary', op: t.text, left, right: this.concat() };
    }
    return left;
  }

  private concat(): Expr {
    let left = this.additive();
    while (this.startsOperand()) left = { k: 'binary', op: 'concat', left, right: this.additive() };
    return left;
  }

  private startsOperand(): boolean {
    const t = this.peek();
    if (['number', 'string', 'regex', 'name', 'builtin', 'funcname'].includes(t.kind)) return true;
    // `-` and `+` continue as arithmetic and `!` cannot start a concatenated operand.
    return t.kind === 'op' && ['$', '(', '++', '--'].includes(t.text);
  }

  private additive(): Expr {
    let left = this.multiplicative();
    while (this.is('+') || this.is('-')) {
      const op = this.next().text;
      left = { k: 'binary', op, left, right: this.multiplicative() };
    }
    return left;
  }

  private multiplicative(): Expr {
    let left = this.unary();
    while (this.is('*') || this.is('/') || this.is('%')) {
      const op = this.next().text;
      left = { k: 'binary', op, left, right: this.unary() };
    }
    return left;
  }

  private unary(): Expr {
    if (this.is('!') || this.is('-') || this.is('+')) {
      const op = this.next().text;
      return { k: 'unary', op, operand: this.unary() };
    }
    return this.power();
  }

  private power(): Expr {
    const base = this.postfix();
    if (this.accept('^')) return { k: 'binary', op: '^', left: base, right: this.unaryPower() };
    return base;
  }

  /** The exponent of `^` may itself be signed and is right-associative. */
  private unaryPower(): Expr {
    if (this.is('-') || this.is('+') || this.is('!')) {
      const op = this.next().text;
      return { k: 'unary', op, operand: this.unaryPower() };
    }
    return this.power();
  }

  private postfix(): Expr {
    if (this.is('++') || this.is('--')) {
      const op = this.next().text as '++' | '--';
      return { k: 'incdec', op, prefix: true, target: this.lvalue(this.primary()) };
    }
    const expr = this.primary();
    if ((expr.k === 'var' || expr.k === 'field' || expr.k === 'elem') && (this.is('++') || this.is('--'))) {
      return { k: 'incdec', op: this.next().text as '++' | '--', prefix: false, target: expr };
    }
    return expr;
  }

  private lvalue(expr: Expr): LValue {
    if (expr.k === 'var' || expr.k === 'field' || expr.k === 'elem') return expr;
    throw this.error();
  }

  private primary(): Expr {
    const t = this.next();
    switch (t.kind) {
      case 'number':
        return { k: 'num', v: Number(t.value) };
      case 'string':
        return { k: 'str', v: String(t.value) };
      case 'regex':
        return { k: 'regex', source: String(t.value) };
      case 'name':
        if (this.accept('[')) {
          const subscripts = this.exprList();
          this.expect(']');
          return { k: 'elem', name: t.text, subscripts };
        }
        return { k: 'var', name: t.text };
      case 'funcname': {
        this.expect('(');
        const args = this.is(')') ? [] : this.exprList();
        this.expect(')');
        return { k: 'user', name: t.text, args };
      }
      case 'builtin': {
        if (!this.is('(')) {
          if (t.text === 'length') return { k: 'call', name: 'length', args: [] };
          throw this.error();
        }
        this.next();
        const args = this.is(')') ? [] : this.exprList();
        this.expect(')');
        return { k: 'call', name: t.text, args };
      }
      case 'op':
        if (t.text === '$') return { k: 'field', index: this.fieldIndex() };
        if (t.text === '(') {
          const exprs = this.exprList();
          this.expect(')');
          return exprs.length === 1 && exprs[0] ? exprs[0] : { k: 'group', exprs };
        }
        break;
      default:
        break;
    }
    this.pos--;
    throw this.error();
  }

  /** `$NF`, `$(NF-1)`, `$i++` binds as `($i)++`, `$-1`. */
  private fieldIndex(): Expr {
    if (this.is('-') || this.is('+') || this.is('!')) {
      const op = this.next().text;
      return { k: 'unary', op, operand: this.fieldIndex() };
    }
    if (this.is('++') || this.is('--')) return this.postfix();
    return this.primary();
  }
}
