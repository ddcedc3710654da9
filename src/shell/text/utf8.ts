/**
 * UTF-8 without TextEncoder (the DOM-free layers compile without DOM or Node types). Files hold
 * JS strings; sizes (`ls -l`, `wc -c`, the 2 MiB limit) and base64 work on their UTF-8 bytes.
 */

/** Number of bytes `text` takes in UTF-8. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export { utf8Bytes as utf8Encode, utf8Decode } from '../../lib/base64';
