// The text helpers of kubectl explain's template: `wrap` (kubectl's word-wrap writer, i.e.
// mitchellh/go-wordwrap's WrapString: break at whitespace before a word would pass the limit, keep
// words longer than the limit whole, keep explicit newlines) and `indent` (prefix every line).

const isSpace = (ch: string): boolean => ch !== '\u00a0' && /\s/u.test(ch);

/** Word-wraps `text` to `limit` characters per line (counted in code points). */
export function wordWrap(text: string, limit: number): string {
  let out = '';
  let current = 0;
  let word = '';
  let wordLen = 0;
  let space = '';
  let spaceLen = 0;
  const flushSpace = () => {
    out += space;
    space = '';
    spaceLen = 0;
  };
  for (const ch of text) {
    if (ch === '\n') {
      if (wordLen === 0) {
        if (current + spaceLen > limit) current = 0;
        else {
          current += spaceLen;
          out += space;
        }
        space = '';
        spaceLen = 0;
      } else {
        current += spaceLen + wordLen;
        flushSpace();
        out += word;
        word = '';
        wordLen = 0;
      }
      out += ch;
      current = 0;
    } else if (isSpace(ch)) {
      if (spaceLen === 0 || wordLen > 0) {
        current += spaceLen + wordLen;
        flushSpace();
        out += word;
        word = '';
        wordLen = 0;
      }
      space += ch;
      spaceLen++;
    } else {
      word += ch;
      wordLen++;
      if (current + wordLen + spaceLen > limit && wordLen < limit) {
        out += '\n';
        current = 0;
        space = '';
        spaceLen = 0;
      }
    }
  }
  if (wordLen === 0) {
    if (current + spaceLen <= limit) out += space;
  } else {
    out += space + word;
  }
  return out;
}

/** The template's `indent`: the pad before the text and after every newline in it. */
export function indent(amount: number, text: string): string {
  const pad = ' '.repeat(amount);
  return pad + text.split('\n').join(`\n${pad}`);
}
