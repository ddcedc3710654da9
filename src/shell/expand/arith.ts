/**
 * `$(( ... ))`: bash's integer arithmetic (operators, precedence, `i++`, `x += 2`), enough for
 * loops and counters. Errors come back as bash's messages (without the `bash: ` prefix).
 */
export interface ArithVars {
  get(name: string): string | undefined;
  set(name: string, value: string): void;
}

export type ArithResult = { value: number } | { error: string };

class ArithError {
  constructor(readonly message: string) {}
}

const BINARY: Array<[string[], 'left' | 'right']> = [
  [['||'], 'left'],
  [['&&'], 'left'],
  [['|'], 'left'],
  [['^'], 'left'],
  [['&'], 'left'],
  [['==', '!='], 'left'],
  [['<=', '>=', '<', '>'], 'left'],
  [['<<', '>>'], 'left'],
  [['+', '-'], 'left'],
  [['*', '/', '%'], 'left'],
  [['**'], 'right'],
];

const TOKEN = /\s*(0[xX][0-9a-fA-F]+|[0-9]+|[A-Za-z_][A-Za-z0-9_]*|\*\*=?|<<=?|>>=?|\+\+|--|&&|\|\||[=!<>]=|[-+*/%&|^]=|[-+*/%&|^~!<>=?:(),])/y;

export function evaluateArithmetic(expression: string, vars: ArithVars, depth = 0): ArithResult {
  if (depth > 64) return { error: `${expression.trim()}: expression recursion level exceeded (error token is "${expression.trim()}")` };
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  let rest = expression;
  for (;;) {
    rest = expression.slice(TOKEN.lastIndex);
    if (rest.trim() === '') break;
    const m = TOKEN.exec(expression);
    if (!m) return { error: `${expression.trim()}: syntax error: invalid arithmetic operator (error token is "${rest.trim()}")` };
    tokens.push(m[1] ?? '');
  }
  if (tokens.length === 0) return { value: 0 };
  try {
    const parser = new ArithParser(tokens, vars, expression.trim(), depth);
    const value = parser.comma();
    if (parser.pos < tokens.length) throw parser.syntax();
    return { value };
  } catch (e) {
    if (e instanceof ArithError) return { error: e.message };
    throw e;
  }
}

class ArithParser {
  pos = 0;
  constructor(
    private readonly tokens: string[],
    private readonly vars: ArithVars,
    private readonly text: string,
    private readonly depth: number,
  ) {}

  syntax(): ArithError {
    const rest = this.tokens.slice(this.pos).join(' ');
    return rest === ''
      ? new ArithError(`${this.text}: syntax error: operand expected (error token is "${this.tokens[this.tokens.length - 1] ?? ''}")`)
      : new ArithError(`${this.text}: syntax error in expression (error token is "${rest}")`);
  }

  private peek(): string | undefined {
    return this.tokens[this.pos];
  }

  comma(): number {
    let value = this.assignment();
    while (this.peek() === ',') {
      this.pos++;
      value = this.assignment();
    }
    return value;
  }

  private assignment(): number {
    const name = this.peek();
    const op = this.tokens[this.pos + 1];
    if (name && /^[A-Za-z_]/.test(name) && op && /^(?:[-+*/%&|^]|\*\*|<<|>>)?=$/.test(op) && op !== '==') {
      this.pos += 2;
      const right = this.assignment();
      const value = op === '=' ? right : this.apply(op.slice(0, -1), this.read(name), right);
      this.vars.set(name, String(value));
      return value;
    }
    return this.ternary();
  }

  private ternary(): number {
    const condition = this.binary(0);
    if (this.peek() !== '?') return condition;
    this.pos++;
    const yes = this.assignment();
    if (this.peek() !== ':') throw this.syntax();
    this.pos++;
    const no = this.assignment();
    return condition !== 0 ? yes : no;
  }

  private binary(level: number): number {
    const entry = BINARY[level];
    if (!entry) return this.unary();
    const [ops, assoc] = entry;
    let left = this.binary(level + 1);
    for (;;) {
      const op = this.peek();
      if (op === undefined || !ops.includes(op)) return left;
      this.pos++;
      const right = assoc === 'right' ? this.binary(level) : this.binary(level + 1);
      left = this.apply(op, left, right);
    }
  }

  private apply(op: string, a: number, b: number): number {
    switch (op) {
      case '||': return a !== 0 || b !== 0 ? 1 : 0;
      case '&&': return a !== 0 && b !== 0 ? 1 : 0;
      case '|': return a | b;
      case '^': return a ^ b;
      case '&': return a & b;
      case '==': return a === b ? 1 : 0;
      case '!=': return a !== b ? 1 : 0;
      case '<=': return a <= b ? 1 : 0;
      case '>=': return a >= b ? 1 : 0;
      case '<': return a < b ? 1 : 0;
      case '>': return a > b ? 1 : 0;
      case '<<': return a << b;
      case '>>': return a >> b;
      case '+': return a + b;
      case '-': return a - b;
      case '*': return a * b;
      case '**':
        if (b < 0) throw new ArithError(`${this.text}: exponent less than 0 (error token is "${b}")`);
        return Math.trunc(a ** b);
      case '/':
      case '%':
        if (b === 0) throw new ArithError(`${this.text}: division by 0 (error token is "${this.tokens[this.pos - 1] ?? ''}")`);
        return op === '/' ? Math.trunc(a / b) : a % b;
      default: throw this.syntax();
    }
  }

  private unary(): number {
    const op = this.peek();
    if (op === '-' || op === '+' || op === '!' || op === '~') {
      this.pos++;
      const v = this.unary();
      return op === '-' ? -v : op === '+' ? v : op === '!' ? (v === 0 ? 1 : 0) : ~v;
    }
    if (op === '++' || op === '--') {
      this.pos++;
      const name = this.peek() ?? '';
      if (!/^[A-Za-z_]/.test(name)) throw this.syntax();
      this.pos++;
      const value = this.read(name) + (op === '++' ? 1 : -1);
      this.vars.set(name, String(value));
      return value;
    }
    return this.postfix();
  }

  private postfix(): number {
    const token = this.peek();
    if (token === undefined) throw this.syntax();
    this.pos++;
    if (token === '(') {
      const value = this.comma();
      if (this.peek() !== ')') throw this.syntax();
      this.pos++;
      return value;
    }
    if (/^[0-9]/.test(token)) return parseNumber(token);
    if (!/^[A-Za-z_]/.test(token)) {
      this.pos--;
      throw this.syntax();
    }
    const value = this.read(token);
    const next = this.peek();
    if (next === '++' || next === '--') {
      this.pos++;
      this.vars.set(token, String(value + (next === '++' ? 1 : -1)));
    }
    return value;
  }

  /** A variable's value as a number: unset or empty is 0, another expression is evaluated. */
  private read(name: string): number {
    const raw = (this.vars.get(name) ?? '').trim();
    if (raw === '') return 0;
    if (/^-?[0-9]+$/.test(raw)) return Number(raw);
    const nested = evaluateArithmetic(raw, this.vars, this.depth + 1);
    if ('error' in nested) throw new ArithError(nested.error);
    return nested.value;
  }
}

function parseNumber(token: string): number {
  if (/^0[xX]/.test(token)) return parseInt(token.slice(2), 16);
  if (token.length > 1 && token.startsWith('0')) return parseInt(token, 8);
  return Number(token);
}
