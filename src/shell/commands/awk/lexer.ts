/**
 * Tokens of an awk program. A `/` starts a regex literal where an operand is expected (after an
 * operator, `(`, `,`, `{`, `;`, a newline or at the start), and is division elsewhere.
 */
export type TokenKind = 'number' | 'string' | 'regex' | 'name' | 'builtin' | 'keyword' | 'op' | 'newline' | 'eof' | 'funcname';

export interface Token {
  kind: TokenKind;
  text: string;
  /** The value of a number, the decoded text of a string or a regex source. */
  value?: number | string;
  line: number;
}

export class AwkSyntaxError {
  constructor(readonly message: string) {}
}

const KEYWORDS = new Set(['BEGIN', 'END', 'function', 'func', 'if', 'else', 'while', 'for', 'do', 'break', 'continue', 'next', 'nextfile', 'exit', 'return', 'delete', 'in', 'getline', 'print', 'printf']);
export const BUILTINS = new Set(['length', 'substr', 'index', 'split', 'sub', 'gsub', 'match', 'sprintf', 'toupper', 'tolower', 'int', 'sqrt', 'exp', 'log', 'sin', 'cos', 'atan2', 'rand', 'srand', 'system', 'close', 'fflush']);
const OPERATORS = ['+=', '-=', '*=', '/=', '%=', '^=', '**=', '==', '<=', '>=', '!=', '++', '--', '&&', '||', '>>', '!~', '**', '{', '}', '(', ')', '[', ']', ';', ',', '+', '-', '*', '/', '%', '^', '!', '>', '<', '|', '?', ':', '~', '$', '='];
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', '"': '"', '/': '/', a: '\x07', b: '\b', f: '\f', v: '\v' };

export function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;
  const regexAllowed = () => {
    const last = tokens[tokens.length - 1];
    if (!last) return true;
    if (last.kind === 'newline') return true;
    if (last.kind === 'op') return !/^[)\]]$/.test(last.text) && last.text !== '$' && last.text !== '++' && last.text !== '--';
    return last.kind === 'keyword' && last.text !== 'getline';
  };
  while (i < src.length) {
    const c = src.charAt(i);
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (c === '\\' && src.charAt(i + 1) === '\n') {
      i += 2;
      line++;
      continue;
    }
    if (c === '#') {
      while (i < src.length && src.charAt(i) !== '\n') i++;
      continue;
    }
    if (c === '\n') {
      tokens.push({ kind: 'newline', text: '\n', line });
      line++;
      i++;
      continue;
    }
    const number = /^(?:0[xX][0-9a-fA-F]+|(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?)/.exec(src.slice(i));
    if (number) {
      tokens.push({ kind: 'number', text: number[0], value: Number(number[0]), line });
      i += number[0].length;
      continue;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i));
    if (word) {
      const text = word[0];
      const kind: TokenKind = KEYWORDS.has(text) ? 'keyword' : BUILTINS.has(text) ? 'builtin' : src.charAt(i + text.length) === '(' ? 'funcname' : 'name';
      tokens.push({ kind, text: text === 'func' ? 'function' : text, line });
      i += text.length;
      continue;
    }
    if (c === '"') {
      let value = '';
      i++;
      for (;;) {
        const ch = src.charAt(i);
        if (ch === '' || ch === '\n') throw new AwkSyntaxError(`line ${line}: runaway string constant "${value.slice(0, 10)} ...`);
        i++;
        if (ch === '"') break;
        if (ch === '\\') {
          const next = src.charAt(i++);
          if (/[0-7]/.test(next)) {
            const digits = /^[0-7]{1,3}/.exec(src.slice(i - 1))?.[0] ?? '0';
            value += String.fromCharCode(parseInt(digits, 8));
            i += digits.length - 1;
          } else value += ESCAPES[next] ?? `\\${next}`;
        } else value += ch;
      }
      tokens.push({ kind: 'string', text: value, value, line });
      continue;
    }
    if (c === '/' && regexAllowed()) {
      let value = '';
      i++;
      let inBracket = false;
      for (;;) {
        const ch = src.charAt(i);
        if (ch === '' || ch === '\n') throw new AwkSyntaxError(`line ${line}: runaway regular expression /${value.slice(0, 10)} ...`);
        i++;
        if (ch === '/' && !inBracket) break;
        if (ch === '[') inBracket = true;
        else if (ch === ']') inBracket = false;
        if (ch === '\\') {
          const next = src.charAt(i++);
          value += next === '/' ? '/' : `\\${next}`;
        } else value += ch;
      }
      tokens.push({ kind: 'regex', text: value, value, line });
      continue;
    }
    const op = OPERATORS.find((o) => src.startsWith(o, i));
    if (!op) throw new AwkSyntaxError(`line ${line}: syntax error at or near ${c}`);
    tokens.push({ kind: 'op', text: op === '**' ? '^' : op === '**=' ? '^=' : op, line });
    i += op.length;
  }
  // mawk reports the end of the program one line past its last line.
  tokens.push({ kind: 'eof', text: 'end of file', line: line + 1 });
  return tokens;
}
