/**
 * Base64 and UTF-8 by hand: the DOM-free layers compile without the DOM's btoa/TextEncoder and
 * without Node's Buffer, and Secrets, service-account tokens and `base64` all need them.
 */
export const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const ALPHABET = BASE64_ALPHABET;

export function utf8Bytes(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return out;
}

/** UTF-8 bytes to a string; a malformed or overlong byte becomes U+FFFD, as a terminal shows it. */
export function utf8Decode(bytes: ArrayLike<number>): string {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      out += String.fromCharCode(b);
      i++;
      continue;
    }
    const need = b >= 0xf0 && b < 0xf5 ? 3 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xc2 && b < 0xe0 ? 1 : 0;
    let cp = b & (0x3f >> need);
    let ok = need > 0;
    for (let k = 1; ok && k <= need; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) ok = false;
      else cp = (cp << 6) | (next & 63);
    }
    if (!ok) {
      out += '\uFFFD';
      i++;
      continue;
    }
    out += String.fromCodePoint(cp);
    i += need + 1;
  }
  return out;
}

/** Standard base64, with padding, of raw bytes. */
export function encodeBase64Bytes(bytes: readonly number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] as number;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += ALPHABET[(n >> 18) & 63] as string;
    out += ALPHABET[(n >> 12) & 63] as string;
    out += b === undefined ? '=' : (ALPHABET[(n >> 6) & 63] as string);
    out += c === undefined ? '=' : (ALPHABET[n & 63] as string);
  }
  return out;
}

/** Standard base64 of a string's UTF-8 bytes, as Secret `data` is encoded. */
export function encodeBase64(text: string): string {
  return encodeBase64Bytes(utf8Bytes(text));
}

/** Base64 to bytes; characters outside the alphabet are skipped, `=` ends the data. */
export function decodeBase64Bytes(input: string): number[] {
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of input) {
    if (ch === '=') break;
    const v = ALPHABET.indexOf(ch);
    if (v < 0) continue;
    buffer = ((buffer << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return bytes;
}

/** Decodes base64 `data` to text (UTF-8). */
export function decodeBase64(input: string): string {
  return utf8Decode(decodeBase64Bytes(input));
}

/** Base64url without padding of an ASCII string's bytes (JWT segments). */
export function encodeBase64Url(text: string): string {
  const bytes = Array.from(text, (ch) => (ch.codePointAt(0) ?? 0) & 0xff);
  return encodeBase64Bytes(bytes).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}
