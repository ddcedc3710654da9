/**
 * Collects the fields (arguments) a word expands to. Literal and quoted text joins the current
 * field; unquoted expansion results are split on IFS whitespace. Each field keeps a pattern in
 * which quoted characters are escaped, so only unquoted `*?[` glob.
 */
import { escapePattern } from './pattern';

export interface Field {
  text: string;
  /** The text as a glob pattern (quoted characters escaped). */
  pattern: string;
  /** An unquoted glob character is present: try pathname expansion. */
  glob: boolean;
}

const IFS_WHITESPACE = /[ \t\n]+/;

export class Fields {
  private readonly fields: Field[] = [];
  private current: Field | undefined;

  /** Literal text. Quoted text always makes a field, even empty (`""` is one empty argument). */
  addLiteral(text: string, quoted: boolean): void {
    if (text === '' && !quoted) return;
    const field = this.open();
    field.text += text;
    if (quoted) field.pattern += escapePattern(text);
    else {
      field.pattern += text;
      if (/[*?[]/.test(text)) field.glob = true;
    }
  }

  /** The value of `$x`, `$(...)`, `$((...))`: split and globbed unless quoted. */
  addExpansion(value: string, quoted: boolean): void {
    if (quoted) {
      this.addLiteral(value, true);
      return;
    }
    const pieces = value.split(IFS_WHITESPACE);
    pieces.forEach((piece, index) => {
      if (index > 0) this.current = undefined;
      if (piece !== '') this.addLiteral(piece, false);
    });
  }

  done(): Field[] {
    this.current = undefined;
    return this.fields;
  }

  private open(): Field {
    if (!this.current) {
      this.current = { text: '', pattern: '', glob: false };
      this.fields.push(this.current);
    }
    return this.current;
  }
}
