// Reading a request body the way the API server's Go JSON decoder does: valid JSON gives the value,
// anything else fails with encoding/json's own syntax error text ("invalid character 'b' looking
// for beginning of object key string", "unexpected end of JSON input"), which the server sends
// back as the message of a BadRequest.

export type GoJsonResult = { ok: true; value: unknown } | { ok: false; message: string };

/** encoding/json's quoteChar: how a byte is shown inside its error messages. */
function quoteChar(c: string): string {
  if (c === "'") return `'\\''`;
  if (c === '"') return `'"'`;
  const code = c.charCodeAt(0);
  if (code >= 0x20 && code < 0x7f) return `'${c}'`;
  const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f', '\v': '\\v', '\x07': '\\a' };
  if (named[c]) return `'${named[c]}'`;
  if (code < 0x20 || code === 0x7f) return `'\\x${code.toString(16).padStart(2, '0')}'`;
  return `'${c}'`;
}

class SyntaxFailure {
  constructor(readonly message: string) {}
}

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r';
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isHex = (c: string | undefined): boolean => c !== undefined && /[0-9a-fA-F]/.test(c);

/** A recursive-descent scan that mirrors the states of Go's JSON scanner, only to find the first error. */
class Scanner {
  private i = 0;
  constructor(private readonly s: string) {}

  private fail(c: string | undefined, context: string): never {
    if (c === undefined) throw new SyntaxFailure('unexpected end of JSON input');
    throw new SyntaxFailure(`invalid character ${quoteChar(c)} ${context}`);
  }

  private skipSpace(): void {
    while (isSpace(this.s[this.i])) this.i++;
  }

  document(): void {
    this.value();
    this.skipSpace();
    if (this.i < this.s.length) this.fail(this.s[this.i], 'after top-level value');
  }

  private value(): void {
    this.skipSpace();
    const c = this.s[this.i];
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') return this.string();
    if (c === '-' || isDigit(c)) return this.number();
    if (c === 't') return this.literal('true');
    if (c === 'f') return this.literal('false');
    if (c === 'n') return this.literal('null');
    this.fail(c, 'looking for beginning of value');
  }

  /** The elements of a `{…}` or `[…]`, comma-separated until `close`; `after` words the error for a bad separator. */
  private sequence(close: string, element: () => void, after: string): void {
    this.i++;
    this.skipSpace();
    if (this.s[this.i] === close) {
      this.i++;
      return;
    }
    for (;;) {
      element();
      this.skipSpace();
      const c = this.s[this.i];
      if (c === ',') {
        this.i++;
        continue;
      }
      if (c === close) {
        this.i++;
        return;
      }
      this.fail(c, after);
    }
  }

  private object(): void {
    this.sequence('}', () => this.member(), 'after object key:value pair');
  }

  /** `"key": value` of an object. */
  private member(): void {
    this.skipSpace();
    if (this.s[this.i] !== '"') this.fail(this.s[this.i], 'looking for beginning of object key string');
    this.string();
    this.skipSpace();
    if (this.s[this.i] !== ':') this.fail(this.s[this.i], 'after object key');
    this.i++;
    this.value();
  }

  private array(): void {
    this.sequence(']', () => this.value(), 'after array element');
  }

  private string(): void {
    this.i++;
    for (;;) {
      const c = this.s[this.i];
      if (c === undefined) this.fail(c, '');
      this.i++;
      if (c === '"') return;
      if (c === '\\') {
        const e = this.s[this.i];
        if (e === 'u') {
          this.i++;
          for (let k = 0; k < 4; k++) {
            const h = this.s[this.i];
            if (!isHex(h)) this.fail(h, 'in \\u hexadecimal character escape');
            this.i++;
          }
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) this.i++;
        else this.fail(e, 'in string escape code');
      } else if (c.charCodeAt(0) < 0x20) this.fail(c, 'in string literal');
    }
  }

  private number(): void {
    if (this.s[this.i] === '-') {
      this.i++;
      if (!isDigit(this.s[this.i])) this.fail(this.s[this.i], 'in numeric literal');
    }
    if (this.s[this.i] === '0') this.i++;
    else while (isDigit(this.s[this.i])) this.i++;
    if (this.s[this.i] === '.') {
      this.i++;
      if (!isDigit(this.s[this.i])) this.fail(this.s[this.i], 'after decimal point in numeric literal');
      while (isDigit(this.s[this.i])) this.i++;
    }
    if (this.s[this.i] === 'e' || this.s[this.i] === 'E') {
      this.i++;
      if (this.s[this.i] === '+' || this.s[this.i] === '-') this.i++;
      if (!isDigit(this.s[this.i])) this.fail(this.s[this.i], 'in exponent of numeric literal');
      while (isDigit(this.s[this.i])) this.i++;
    }
  }

  private literal(word: string): void {
    for (let k = 0; k < word.length; k++) {
      const c = this.s[this.i];
      if (c !== word[k]) this.fail(c, `in literal ${word} (expecting ${quoteChar(word[k] as string)})`);
      this.i++;
    }
  }
}

/** Parses `text` as Go's json.Unmarshal would, with its error text on failure. */
export function parseGoJson(text: string): GoJsonResult {
  try {
    new Scanner(text).document();
  } catch (e) {
    if (e instanceof SyntaxFailure) return { ok: false, message: e.message };
    throw e;
  }
  return { ok: true, value: JSON.parse(text) as unknown };
}

/** Go's name for a decoded JSON value's type, as `cannot unmarshal X into …` says it. */
export function goJsonKind(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'object') return 'object';
  return typeof v === 'boolean' ? 'bool' : typeof v;
}
