/**
 * ASN.1 DER: the encoding every certificate, request and key is written in. Encoders build byte
 * arrays bottom up; `parseDer` reads one element and its children, keeping each element's offsets
 * so a signature can be checked over the exact bytes that were signed.
 */
export const TAG = {
  BOOLEAN: 0x01,
  INTEGER: 0x02,
  BIT_STRING: 0x03,
  OCTET_STRING: 0x04,
  NULL: 0x05,
  OID: 0x06,
  UTF8_STRING: 0x0c,
  PRINTABLE_STRING: 0x13,
  T61_STRING: 0x14,
  IA5_STRING: 0x16,
  UTC_TIME: 0x17,
  GENERALIZED_TIME: 0x18,
  BMP_STRING: 0x1e,
  SEQUENCE: 0x30,
  SET: 0x31,
} as const;

export type Bytes = number[];

export function tlv(tag: number, content: Bytes): Bytes {
  // concat, not spreads: certificates nest a kilobyte of key several levels deep.
  return [tag].concat(lengthBytes(content.length), content);
}

function concatAll(items: Bytes[]): Bytes {
  return ([] as Bytes).concat(...items);
}

function lengthBytes(n: number): Bytes {
  if (n < 0x80) return [n];
  const out: Bytes = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) out.unshift(v & 0xff);
  return [0x80 | out.length, ...out];
}

export const seq = (...items: Bytes[]): Bytes => tlv(TAG.SEQUENCE, concatAll(items));
export const set = (...items: Bytes[]): Bytes => tlv(TAG.SET, concatAll(items));
export const nul = (): Bytes => [TAG.NULL, 0];
export const bool = (v: boolean): Bytes => [TAG.BOOLEAN, 1, v ? 0xff : 0];
export const octets = (b: Bytes): Bytes => tlv(TAG.OCTET_STRING, b);
/** A BIT STRING of whole bytes (no unused bits). */
export const bits = (b: Bytes): Bytes => tlv(TAG.BIT_STRING, [0].concat(b));
export const explicit = (n: number, content: Bytes): Bytes => tlv(0xa0 | n, content);
export const implicitPrimitive = (n: number, content: Bytes): Bytes => tlv(0x80 | n, content);

/** A non-negative INTEGER from its big-endian magnitude (a leading zero added when the top bit is set). */
export function uintBytes(magnitude: Bytes): Bytes {
  let m = magnitude;
  while (m.length > 1 && m[0] === 0) m = m.slice(1);
  if (m.length === 0) m = [0];
  if ((m[0] as number) & 0x80) m = [0].concat(m);
  return tlv(TAG.INTEGER, m);
}

export const int = (n: bigint | number): Bytes => uintBytes(bigintToBytes(BigInt(n)));

export function oid(dotted: string): Bytes {
  const parts = dotted.split('.').map(Number);
  const body: Bytes = [(parts[0] as number) * 40 + (parts[1] as number)];
  for (const p of parts.slice(2)) {
    const chunk: Bytes = [p & 0x7f];
    for (let v = Math.floor(p / 128); v > 0; v = Math.floor(v / 128)) chunk.unshift(0x80 | (v & 0x7f));
    body.push(...chunk);
  }
  return tlv(TAG.OID, body);
}

export function str(tag: number, text: string): Bytes {
  return tlv(tag, utf8(text));
}

export function utf8(text: string): Bytes {
  const out: Bytes = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return out;
}

/** RFC 5280: UTCTime through 2049, GeneralizedTime from 2050 on; whole seconds, `Z`. */
export function time(ms: number): Bytes {
  const iso = new Date(Math.floor(ms / 1000) * 1000).toISOString();
  const digits = iso.slice(0, 19).replace(/[-T:]/g, '');
  const year = Number(digits.slice(0, 4));
  return year < 2050 ? str(TAG.UTC_TIME, `${digits.slice(2)}Z`) : str(TAG.GENERALIZED_TIME, `${digits}Z`);
}

export function bigintToBytes(n: bigint): Bytes {
  if (n === 0n) return [0];
  const hex = n.toString(16);
  const padded = hex.length % 2 ? `0${hex}` : hex;
  const out: Bytes = new Array<number>(padded.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = (hexDigit(padded.charCodeAt(2 * i)) << 4) | hexDigit(padded.charCodeAt(2 * i + 1));
  return out;
}

function hexDigit(c: number): number {
  return c <= 57 ? c - 48 : c - 87;
}

export function bytesToBigint(b: Bytes): bigint {
  if (b.length === 0) return 0n;
  return BigInt(`0x${b.map((x) => (x < 16 ? '0' : '') + x.toString(16)).join('')}`);
}

/** One decoded element: `start` is where its tag is, `content` where its value starts, `end` past it. */
export interface Der {
  tag: number;
  start: number;
  content: number;
  end: number;
  bytes: Bytes;
  children: Der[];
}

export class DerError extends Error {}

/** Parses the element at `offset` of `bytes` (and, for constructed ones, everything inside). */
export function parseDer(bytes: Bytes, offset = 0, limit = bytes.length): Der {
  const tag = bytes[offset];
  if (tag === undefined || offset + 2 > limit) throw new DerError('too long');
  if ((tag & 0x1f) === 0x1f) throw new DerError('high tag numbers are not supported');
  let pos = offset + 1;
  const first = bytes[pos++] as number;
  let length = first;
  if (first & 0x80) {
    const n = first & 0x7f;
    if (n === 0 || n > 4) throw new DerError('bad length');
    length = 0;
    for (let i = 0; i < n; i++) {
      const b = bytes[pos++];
      if (b === undefined) throw new DerError('too long');
      length = length * 256 + b;
    }
  }
  const end = pos + length;
  if (end > limit) throw new DerError('too long');
  const node: Der = { tag, start: offset, content: pos, end, bytes, children: [] };
  if (tag & 0x20) {
    for (let p = pos; p < end; ) {
      const child = parseDer(bytes, p, end);
      node.children.push(child);
      p = child.end;
    }
  }
  return node;
}

export function valueOf(node: Der): Bytes {
  return node.bytes.slice(node.content, node.end);
}

export function rawOf(node: Der): Bytes {
  return node.bytes.slice(node.start, node.end);
}

export function child(node: Der, i: number): Der {
  const c = node.children[i];
  if (!c) throw new DerError('missing element');
  return c;
}

export function expectTag(node: Der, tag: number): Der {
  if (node.tag !== tag) throw new DerError(`wrong tag ${node.tag.toString(16)}, expected ${tag.toString(16)}`);
  return node;
}

export function readOid(node: Der): string {
  const v = valueOf(expectTag(node, TAG.OID));
  const first = v[0] ?? 0;
  const parts = [Math.min(2, Math.floor(first / 40)), first - Math.min(2, Math.floor(first / 40)) * 40];
  let acc = 0;
  for (const b of v.slice(1)) {
    acc = acc * 128 + (b & 0x7f);
    if (!(b & 0x80)) {
      parts.push(acc);
      acc = 0;
    }
  }
  return parts.join('.');
}

/** An INTEGER's magnitude without the sign byte (only non-negative values occur here). */
export function readUint(node: Der): Bytes {
  let v = valueOf(expectTag(node, TAG.INTEGER));
  while (v.length > 1 && v[0] === 0) v = v.slice(1);
  return v;
}

export function readString(node: Der): string {
  const v = valueOf(node);
  if (node.tag === TAG.BMP_STRING) {
    let s = '';
    for (let i = 0; i + 1 < v.length; i += 2) s += String.fromCharCode(((v[i] as number) << 8) | (v[i + 1] as number));
    return s;
  }
  return decodeUtf8(v);
}

function decodeUtf8(v: Bytes): string {
  let s = '';
  for (let i = 0; i < v.length; ) {
    const b = v[i] as number;
    const need = b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : b >= 0xc0 ? 1 : 0;
    let cp = need ? b & (0x3f >> need) : b;
    for (let k = 1; k <= need; k++) cp = (cp << 6) | ((v[i + k] ?? 0) & 63);
    s += String.fromCodePoint(cp);
    i += need + 1;
  }
  return s;
}

/** A UTCTime or GeneralizedTime as epoch milliseconds. */
export function readTime(node: Der): number {
  const text = readString(node);
  const m = node.tag === TAG.UTC_TIME ? /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text) : /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  if (!m) throw new DerError('bad time');
  let year = Number(m[1]);
  if (node.tag === TAG.UTC_TIME) year += year < 50 ? 2000 : 1900;
  return Date.UTC(year, Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]));
}

/** A BIT STRING's bytes (its unused-bits count dropped) and that count. */
export function readBits(node: Der): { bytes: Bytes; unused: number } {
  const v = valueOf(expectTag(node, TAG.BIT_STRING));
  return { bytes: v.slice(1), unused: v[0] ?? 0 };
}
