/**
 * The text being parsed and the read position. Alias expansion splices an alias's value into the
 * text (as bash does, at the token level), so the text can change while parsing.
 */
export class ParseError {
  constructor(
    /** Without the `bash: ` prefix, e.g. "syntax error near unexpected token `|'". */
    readonly message: string,
    /** More input could complete the line (open quote, trailing `|`, open heredoc, `if` without `fi`). */
    readonly incomplete: boolean,
  ) {}
}

export function unexpectedToken(token: string): ParseError {
  return new ParseError(`syntax error near unexpected token \`${token}'`, false);
}

export function unexpectedEof(): ParseError {
  return new ParseError('syntax error: unexpected end of file', true);
}

export function unmatched(quote: string): ParseError {
  return new ParseError(`unexpected EOF while looking for matching \`${quote}'`, true);
}

/** Characters that end an unquoted word. */
export function isMeta(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === ';' || c === '&' || c === '|' || c === '(' || c === ')' || c === '<' || c === '>';
}

export class Cursor {
  pos = 0;
  /** A `\` was the very last character: an interactive shell would ask for another line. */
  trailingBackslash = false;

  constructor(public src: string) {}

  peek(offset = 0): string {
    return this.src.charAt(this.pos + offset);
  }

  eof(): boolean {
    return this.pos >= this.src.length;
  }

  startsWith(text: string): boolean {
    return this.src.startsWith(text, this.pos);
  }

  /** 1-based line number of a position (heredoc warnings name the line). */
  lineAt(pos: number): number {
    let line = 1;
    for (let i = 0; i < pos && i < this.src.length; i++) if (this.src.charCodeAt(i) === 10) line++;
    return line;
  }

  /** Replaces src[start, end) with `text`; the position moves to `start`. */
  splice(start: number, end: number, text: string): void {
    this.src = this.src.slice(0, start) + text + this.src.slice(end);
    this.pos = start;
  }

  /** Skips blanks, `\`-newline continuations and a comment; never a newline. */
  skipBlanks(): void {
    for (;;) {
      const c = this.peek();
      if (c === ' ' || c === '\t') this.pos++;
      else if (c === '\\' && this.peek(1) === '\n') this.pos += 2;
      else if (c === '#') {
        while (!this.eof() && this.peek() !== '\n') this.pos++;
      } else return;
    }
  }
}
