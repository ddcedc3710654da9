// The lexer of Go's text/template, for `kubectl -o go-template`: text between actions, and inside
// `{{ }}` the words of a pipeline, each with its byte offset (error messages give line:offset).

export type TokenKind =
  | 'text' | 'open' | 'close' | 'field' | 'var' | 'dot' | 'ident' | 'string' | 'rawString' | 'char' | 'number'
  | 'bool' | 'nil' | 'pipe' | 'lparen' | 'rparen' | 'declare' | 'assign' | 'comma' | 'keyword' | 'eof' | 'error';

export interface Token {
  kind: TokenKind;
  text: string;
  pos: number;
  line: number;
}

export const KEYWORDS = new Set(['if', 'else', 'end', 'range', 'with', 'define', 'template', 'block', 'break', 'continue']);

export class TemplateSyntaxError extends Error {}

const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\r' || c === '\n';
const isAlnum = (c: string): boolean => /[\p{L}\p{N}_]/u.test(c);

/**
 * All tokens of `src`; trim markers (`{{- `, ` -}}`) are applied to the neighbouring text here. A
 * lexing error becomes a last `error` token: Go's parser reads tokens as the lexer makes them, so
 * what it finds wrong before that point is the error reported.
 */
export function lex(src: string): Token[] {
  const out: Token[] = [];
  try {
    lexInto(src, out);
  } catch (e) {
    if (!(e instanceof TemplateSyntaxError)) throw e;
    out.push({ kind: 'error', text: e.message, pos: src.length, line: 0 });
  }
  return out;
}

function lexInto(src: string, out: Token[]): void {
  let i = 0;
  const lineAt = (pos: number): number => src.slice(0, pos).split('\n').length;
  while (i < src.length) {
    const open = src.indexOf('{{', i);
    const textEnd = open < 0 ? src.length : open;
    const trimLeft = open >= 0 && src[open + 2] === '-' && isSpace(src[open + 3] ?? '');
    let text = src.slice(i, textEnd);
    if (trimLeft) text = text.replace(/[ \t\r\n]+$/, '');
    if (text !== '') out.push({ kind: 'text', text, pos: i, line: lineAt(i) });
    if (open < 0) break;
    i = open + 2 + (trimLeft ? 2 : 0);
    // A comment is a whole action.
    const afterSpace = src.slice(i).match(/^\s*/)?.[0].length ?? 0;
    if (src.startsWith('/*', i + afterSpace)) {
      const end = src.indexOf('*/', i + afterSpace + 2);
      if (end < 0) throw new TemplateSyntaxError(`template: output:${lineAt(open)}: unclosed comment`);
      let j = end + 2;
      j += src.slice(j).match(/^\s*/)?.[0].length ?? 0;
      const trimRight = src.startsWith('-}}', j) && isSpace(src[j - 1] ?? '');
      if (!src.startsWith('}}', j) && !trimRight) throw new TemplateSyntaxError(`template: output:${lineAt(open)}: comment ends before closing delimiter`);
      i = j + (trimRight ? 3 : 2);
      if (trimRight) i += src.slice(i).match(/^[ \t\r\n]*/)?.[0].length ?? 0;
      continue;
    }
    out.push({ kind: 'open', text: '{{', pos: open, line: lineAt(open) });
    i = lexAction(src, i, out, lineAt);
  }
  out.push({ kind: 'eof', text: '', pos: src.length, line: lineAt(src.length) });
}

/** The tokens of one action up to its `}}`; returns where the text after it starts. */
function lexAction(src: string, start: number, out: Token[], lineAt: (pos: number) => number): number {
  let i = start;
  const push = (kind: TokenKind, text: string, pos: number): void => void out.push({ kind, text, pos, line: lineAt(pos) });
  for (;;) {
    const c = src[i];
    if (c === undefined) throw new TemplateSyntaxError(`template: output:${lineAt(start)}: unclosed action`);
    if (c === ' ' && src.startsWith(' -}}', i)) {
      push('close', '}}', i + 2);
      i += 4;
      return i + (src.slice(i).match(/^[ \t\r\n]*/)?.[0].length ?? 0);
    }
    if (src.startsWith('}}', i)) {
      push('close', '}}', i);
      return i + 2;
    }
    if (isSpace(c)) {
      i++;
      continue;
    }
    const begin = i;
    if (c === '|') push('pipe', '|', i++);
    else if (c === '(') push('lparen', '(', i++);
    else if (c === ')') push('rparen', ')', i++);
    else if (c === ',') push('comma', ',', i++);
    else if (c === ':' && src[i + 1] === '=') {
      push('declare', ':=', i);
      i += 2;
    } else if (c === '=') push('assign', '=', i++);
    else if (c === '"') {
      i++;
      while (i < src.length && src[i] !== '"') {
        if (src[i] === '\\') i++;
        if (src[i] === '\n') throw new TemplateSyntaxError(`template: output:${lineAt(begin)}: unterminated quoted string`);
        i++;
      }
      if (i >= src.length) throw new TemplateSyntaxError(`template: output:${lineAt(begin)}: unterminated quoted string`);
      push('string', src.slice(begin, ++i), begin);
    } else if (c === '`') {
      const end = src.indexOf('`', i + 1);
      if (end < 0) throw new TemplateSyntaxError(`template: output:${lineAt(begin)}: unterminated raw quoted string`);
      i = end + 1;
      push('rawString', src.slice(begin, i), begin);
    } else if (c === "'") {
      const end = src.indexOf("'", i + 1 + (src[i + 1] === '\\' ? 1 : 0));
      if (end < 0) throw new TemplateSyntaxError(`template: output:${lineAt(begin)}: unterminated character constant`);
      i = end + 1;
      push('char', src.slice(begin, i), begin);
    } else if (c === '$') {
      i++;
      while (i < src.length && isAlnum(src[i] as string)) i++;
      push('var', src.slice(begin, i), begin);
    } else if (c === '.' && !/[0-9]/.test(src[i + 1] ?? '')) {
      i++;
      if (!isAlnum(src[i] ?? '')) push('dot', '.', begin);
      else {
        while (i < src.length && isAlnum(src[i] as string)) i++;
        push('field', src.slice(begin, i), begin);
      }
    } else if (/[0-9+\-.]/.test(c)) {
      const m = /^[+-]?(0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+|(\d[\d_]*)?\.?\d*([eE][+-]?\d+)?)/.exec(src.slice(i));
      const text = m?.[0] ?? '';
      if (text === '' || text === '+' || text === '-' || isAlnum(src[i + text.length] ?? '')) {
        throw new TemplateSyntaxError(`template: output:${lineAt(begin)}: bad number syntax: ${JSON.stringify(src.slice(i, i + Math.max(text.length, 1) + 1)).slice(1, -1)}`);
      }
      i += text.length;
      push('number', text, begin);
    } else if (isAlnum(c)) {
      while (i < src.length && isAlnum(src[i] as string)) i++;
      const word = src.slice(begin, i);
      push(word === 'true' || word === 'false' ? 'bool' : word === 'nil' ? 'nil' : KEYWORDS.has(word) ? 'keyword' : 'ident', word, begin);
    } else {
      throw new TemplateSyntaxError(`template: output:${lineAt(begin)}: unexpected ${JSON.stringify(c)} in command`);
    }
  }
}
