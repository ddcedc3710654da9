/**
 * `$(( … ))` arithmetic: signed 64-bit integers that wrap as in the shells (BigInt), C operator
 * precedence, variables, assignments and ++/--. Returns the value as text, or an error text.
 */

export interface ArithVars {
  get(name: string): string | undefined;
  set(name: string, value: string): void;
}

type Tok = { k: 'num'; v: bigint } | { k: 'name'; v: string } | { k: 'op'; v: string };

const OPS = ['<<=', '>>=', '**', '++', '--', '<<', '>>', '<=', '>=', '==', '!=', '&&', '||', '+=', '-=', '*=',
  '/=', '%=', '&=', '|=', '^=', '+', '-', '*', '/', '%', '<', '>', '!', '~', '&', '|', '^', '(', ')', '?', ':',
  '=', ','];

function tokenize(src: string): Tok[] | string {
  const toks: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i] ?? '';
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const num = /^(0[xX][0-9a-fA-F]+|[0-9]+)/.exec(src.slice(i));
    if (num) {
      const text = num[0];
      const hex = text.startsWith('0x') || text.startsWith('0X');
      const oct = !hex && text.length > 1 && text.startsWith('0');
      toks.push({ k: 'num', v: wrap(hex ? BigInt(text) : oct ? BigInt(`0o${text.slice(1)}`) : BigInt(text)) });
      i += text.length;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i));
    if (name) {
      toks.push({ k: 'name', v: name[0] });
      i += name[0].length;
      continue;
    }
    if (c === '$') {
      // `$x` inside $(( )) was already expanded by the caller; a stray `$` is skipped.
      i++;
      continue;
    }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (!op) return `arithmetic syntax error`;
    toks.push({ k: 'op', v: op });
    i += op.length;
  }
  return toks;
}

const wrap = (v: bigint): bigint => BigInt.asIntN(64, v);

const BINARY: [string[], number][] = [
  [['||'], 1], [['&&'], 2], [['|'], 3], [['^'], 4], [['&'], 5], [['==', '!='], 6],
  [['<', '<=', '>', '>='], 7], [['<<', '>>'], 8], [['+', '-'], 9], [['*', '/', '%'], 10], [['**'], 11],
];
const PREC = new Map<string, number>();
for (const [ops, p] of BINARY) for (const o of ops) PREC.set(o, p);

class ArithError {
  constructor(readonly message: string) {}
}

class Evaluator {
  i = 0;
  constructor(private toks: Tok[], private vars: ArithVars) {}

  private peek(): Tok | undefined {
    return this.toks[this.i];
  }

  private isOp(v: string): boolean {
    const t = this.peek();
    return t?.k === 'op' && t.v === v;
  }

  private value(name: string): bigint {
    const raw = (this.vars.get(name) ?? '').trim();
    if (raw === '') return 0n;
    if (!/^[-+]?\d+$/.test(raw)) throw new ArithError('arithmetic syntax error');
    return wrap(BigInt(raw));
  }

  comma(): bigint {
    let v = this.assign();
    while (this.isOp(',')) {
      this.i++;
      v = this.assign();
    }
    return v;
  }

  private assign(): bigint {
    const t = this.peek();
    const next = this.toks[this.i + 1];
    if (t?.k === 'name' && next?.k === 'op' && /^([-+*/%&|^]|<<|>>)?=$/.test(next.v)) {
      this.i += 2;
      const rhs = this.assign();
      const op = next.v.slice(0, -1);
      const v = op ? apply(op, this.value(t.v), rhs) : rhs;
      this.vars.set(t.v, String(v));
      return v;
    }
    return this.ternary();
  }

  private ternary(): bigint {
    const cond = this.binary(1);
    if (!this.isOp('?')) return cond;
    this.i++;
    const a = this.assign();
    if (!this.isOp(':')) throw new ArithError('arithmetic syntax error');
    this.i++;
    const b = this.assign();
    return cond !== 0n ? a : b;
  }

  private binary(min: number): bigint {
    let left = this.unary();
    for (;;) {
      const t = this.peek();
      if (t?.k !== 'op') return left;
      const p = PREC.get(t.v);
      if (p === undefined || p < min) return left;
      this.i++;
      const right = this.binary(t.v === '**' ? p : p + 1);
      left = apply(t.v, left, right);
    }
  }

  private unary(): bigint {
    const t = this.peek();
    if (t?.k === 'op') {
      if (t.v === '++' || t.v === '--') {
        this.i++;
        const n = this.peek();
        if (n?.k !== 'name') throw new ArithError('arithmetic syntax error');
        this.i++;
        const v = wrap(this.value(n.v) + (t.v === '++' ? 1n : -1n));
        this.vars.set(n.v, String(v));
        return v;
      }
      if (t.v === '-' || t.v === '+' || t.v === '!' || t.v === '~') {
        this.i++;
        const v = this.unary();
        return t.v === '-' ? wrap(-v) : t.v === '+' ? v : t.v === '!' ? (v === 0n ? 1n : 0n) : ~v;
      }
      if (t.v === '(') {
        this.i++;
        const v = this.comma();
        if (!this.isOp(')')) throw new ArithError('arithmetic syntax error');
        this.i++;
        return v;
      }
      throw new ArithError('arithmetic syntax error');
    }
    if (!t) throw new ArithError('arithmetic syntax error');
    this.i++;
    if (t.k === 'num') return t.v;
    const after = this.peek();
    if (after?.k === 'op' && (after.v === '++' || after.v === '--')) {
      this.i++;
      const v = this.value(t.v);
      this.vars.set(t.v, String(wrap(v + (after.v === '++' ? 1n : -1n))));
      return v;
    }
    return this.value(t.v);
  }

  done(): boolean {
    return this.i >= this.toks.length;
  }
}

const bool = (x: boolean): bigint => (x ? 1n : 0n);

/** a ** b in wrapping 64-bit arithmetic (square-and-multiply, so huge exponents stay cheap). */
function power(a: bigint, b: bigint): bigint {
  let result = 1n;
  let base = a;
  for (let e = b; e > 0n; e >>= 1n) {
    if (e & 1n) result = wrap(result * base);
    base = wrap(base * base);
  }
  return result;
}

function apply(op: string, a: bigint, b: bigint): bigint {
  switch (op) {
    case '+': return wrap(a + b);
    case '-': return wrap(a - b);
    case '*': return wrap(a * b);
    case '/':
    case '%':
      if (b === 0n) throw new ArithError('division by zero');
      return wrap(op === '/' ? a / b : a % b);
    case '**':
      if (b < 0n) throw new ArithError('exponent less than 0');
      return power(a, b);
    case '<<': return wrap(a << (b & 63n));
    case '>>': return a >> (b & 63n);
    case '<': return bool(a < b);
    case '<=': return bool(a <= b);
    case '>': return bool(a > b);
    case '>=': return bool(a >= b);
    case '==': return bool(a === b);
    case '!=': return bool(a !== b);
    case '&': return a & b;
    case '|': return a | b;
    case '^': return a ^ b;
    case '&&': return bool(a !== 0n && b !== 0n);
    case '||': return bool(a !== 0n || b !== 0n);
    default: throw new ArithError('arithmetic syntax error');
  }
}

export function evalArith(src: string, vars: ArithVars): string | { error: string } {
  if (src.trim() === '') return '0';
  const toks = tokenize(src);
  if (typeof toks === 'string') return { error: toks };
  try {
    const ev = new Evaluator(toks, vars);
    const v = ev.comma();
    if (!ev.done()) return { error: 'arithmetic syntax error' };
    return v.toString();
  } catch (e) {
    if (e instanceof ArithError) return { error: e.message };
    throw e;
  }
}
