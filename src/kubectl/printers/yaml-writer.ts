// Low-level output of go-yaml v2's emitter (libyaml's): it tracks the column and the "after
// whitespace" / "at indentation" flags that decide where spaces and line breaks go, and writes
// scalars in each style, folding plain and quoted ones at a space once past column 80.

import { isBreak, isPrintable } from './yaml-scalar';

export const BEST_INDENT = 2;
const BEST_WIDTH = 80;

const DOUBLE_ESCAPES = new Map<number, string>([
  [0x00, '0'], [0x07, 'a'], [0x08, 'b'], [0x09, 't'], [0x0a, 'n'], [0x0b, 'v'], [0x0c, 'f'], [0x0d, 'r'],
  [0x1b, 'e'], [0x22, '"'], [0x5c, '\\'], [0x85, 'N'], [0xa0, '_'], [0x2028, 'L'], [0x2029, 'P'],
]);

export class YamlWriter {
  out = '';
  private column = 0;
  private whitespace = true;
  /** True while only indentation has been written on the current line. */
  indention = true;
  private indent = -1;
  private readonly indents: number[] = [];

  private put(s: string): void {
    this.out += s;
    this.column += 1;
  }

  private putBreak(): void {
    this.out += '\n';
    this.column = 0;
  }

  private writeBreakChar(c: number): void {
    if (c === 0x0a) this.putBreak();
    else {
      this.out += String.fromCodePoint(c);
      this.column = 0;
    }
  }

  increaseIndent(flow: boolean, indentless: boolean): void {
    this.indents.push(this.indent);
    if (this.indent < 0) this.indent = flow ? BEST_INDENT : 0;
    else if (!indentless) this.indent += BEST_INDENT;
  }

  popIndent(): void {
    this.indent = this.indents.pop() ?? -1;
  }

  /** Starts a new line at the current indentation unless already there. */
  writeIndent(): void {
    const indent = Math.max(this.indent, 0);
    if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace)) this.putBreak();
    if (this.column < indent) {
      this.out += ' '.repeat(indent - this.column);
      this.column = indent;
    }
    this.whitespace = true;
    this.indention = true;
  }

  writeIndicator(indicator: string, needWhitespace: boolean, isWhitespace: boolean, isIndention: boolean): void {
    if (needWhitespace && !this.whitespace) this.put(' ');
    // Indicators are ASCII: one column per character.
    this.out += indicator;
    this.column += indicator.length;
    this.whitespace = isWhitespace;
    this.indention = this.indention && isIndention;
  }

  /** `plain` for printable ASCII without spaces, breaks or indicators, which never folds. */
  plainAscii(text: string): void {
    if (!this.whitespace) this.put(' ');
    this.out += text;
    this.column += text.length;
    this.whitespace = false;
    this.indention = false;
  }

  plain(cps: readonly number[], allowBreaks: boolean): void {
    if (!this.whitespace) this.put(' ');
    this.foldableText(cps, allowBreaks, false);
    this.whitespace = false;
    this.indention = false;
  }

  singleQuoted(cps: readonly number[], allowBreaks: boolean): void {
    this.writeIndicator("'", true, false, false);
    this.foldableText(cps, allowBreaks, true);
    this.writeIndicator("'", false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  /**
   * The text of a plain or a single-quoted scalar, which libyaml writes alike: past the best width
   * a space folds into a new line unless another space follows (or, quoted, it is the first or last
   * character); line breaks are written out; inside single quotes a quote is doubled.
   */
  private foldableText(cps: readonly number[], allowBreaks: boolean, quoted: boolean): void {
    let spaces = false;
    let breaks = false;
    cps.forEach((c, i) => {
      if (c === 0x20) {
        const fold = allowBreaks && !spaces && this.column > BEST_WIDTH && cps[i + 1] !== 0x20 && (!quoted || (i > 0 && i < cps.length - 1));
        if (fold) this.writeIndent();
        else this.put(' ');
        spaces = true;
      } else if (isBreak(c)) {
        if (!breaks && c === 0x0a) this.putBreak();
        this.writeBreakChar(c);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        if (quoted && c === 0x27) this.put("'");
        this.put(String.fromCodePoint(c));
        this.indention = false;
        spaces = false;
        breaks = false;
      }
    });
  }

  doubleQuoted(cps: readonly number[], allowBreaks: boolean): void {
    this.writeIndicator('"', true, false, false);
    // libyaml tests for a byte order mark at the start of the value on every character.
    const bom = cps[0] === 0xfeff;
    let spaces = false;
    cps.forEach((c, i) => {
      if (!isPrintable(c) || bom || isBreak(c) || c === 0x22 || c === 0x5c) {
        const short = DOUBLE_ESCAPES.get(c);
        const hex = (n: number): string => c.toString(16).toUpperCase().padStart(n, '0');
        const esc = short ?? (c <= 0xff ? `x${hex(2)}` : c <= 0xffff ? `u${hex(4)}` : `U${hex(8)}`);
        for (const ch of `\\${esc}`) this.put(ch);
        spaces = false;
      } else if (c === 0x20) {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && i > 0 && i < cps.length - 1) {
          this.writeIndent();
          if (cps[i + 1] === 0x20) this.put('\\');
        } else this.put(' ');
        spaces = true;
      } else {
        this.put(String.fromCodePoint(c));
        spaces = false;
      }
    });
    this.writeIndicator('"', false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  literal(cps: readonly number[]): void {
    this.writeIndicator('|', true, false, false);
    const first = cps[0];
    if (first !== undefined && (first === 0x20 || isBreak(first))) this.writeIndicator(String(BEST_INDENT), false, false, false);
    const last = cps[cps.length - 1];
    const beforeLast = cps[cps.length - 2];
    // Chomping: `|-` without a final newline, `|` with one, `|+` with more (or only a newline).
    if (last === undefined || !isBreak(last)) this.writeIndicator('-', false, false, false);
    else if (cps.length === 1 || (beforeLast !== undefined && isBreak(beforeLast))) this.writeIndicator('+', false, false, false);
    this.putBreak();
    this.indention = true;
    this.whitespace = true;
    let breaks = true;
    for (const c of cps) {
      if (isBreak(c)) {
        this.writeBreakChar(c);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        this.put(String.fromCodePoint(c));
        this.indention = false;
        breaks = false;
      }
    }
  }

  /** End of the document: finish the last line. */
  end(): void {
    this.indent = -1;
    this.writeIndent();
  }
}
