/**
 * How the API server's Go decoder reads scalars with their own JSON rules, and the exact error text
 * of each failure: []byte (base64, encoding/base64 StdEncoding), the JSON spelling of a number, Go's
 * string quoting. Quantities are src/lib/quantity.ts; times goTime.ts.
 */
import { BASE64_ALPHABET, utf8Bytes } from '../../../lib/base64';

/** The JSON text kubectl sends for a number (Go's float formatting agrees with JS for these). */
export function numberLiteral(n: number): string {
  return Object.is(n, -0) ? '-0' : String(n);
}

/**
 * Go's base64.StdEncoding.Decode error for `text`, or undefined when it decodes: newlines are skipped,
 * padding is required, and the error names the byte offset Go reports
 * (`illegal base64 data at input byte 4` for "admin").
 */
export function base64Error(text: string): string | undefined {
  const src = utf8Bytes(text);
  const isNewline = (b: number | undefined): boolean => b === 10 || b === 13;
  const fail = (at: number): string => `illegal base64 data at input byte ${at}`;
  let si = 0;
  while (si < src.length) {
    // One quantum of up to four symbols, as decodeQuantum reads it.
    for (let j = 0; j < 4; j++) {
      if (si === src.length) {
        if (j === 0) return undefined;
        return fail(si - j);
      }
      const b = src[si]!;
      si++;
      if (b < 128 && BASE64_ALPHABET.includes(String.fromCharCode(b))) continue;
      if (isNewline(b)) {
        j--;
        continue;
      }
      if (b !== 61 /* = */ || j < 2) return fail(si - 1);
      if (j === 2) {
        while (si < src.length && isNewline(src[si])) si++;
        if (si === src.length) return fail(src.length);
        if (src[si] !== 61) return fail(si - 1);
        si++;
      }
      while (si < src.length && isNewline(src[si])) si++;
      return si < src.length ? fail(si) : undefined;
    }
  }
  return undefined;
}

/** Go's strconv.Quote for the ASCII and printable text field paths and values hold. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\x07') out += '\\a';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
    else if (ch === '\v') out += '\\v';
    else if (cp < 0x20 || cp === 0x7f) out += `\\x${cp.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}
