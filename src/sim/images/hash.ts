/**
 * Deterministic hashing for everything that looks random in the catalog (digests, sizes, pull
 * speeds, usage wobble, process ids). FNV-1a over UTF-16 code units, finished with murmur3's fmix32
 * so that neighbouring keys ("nginx:1.27" / "nginx:1.28") give unrelated bits.
 */

const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a state after `text`, continuing from `h` (so a shared prefix is hashed once). */
function fnvFeed(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

export function fnv1a32(text: string): number {
  return fmix32(fnvFeed(FNV_OFFSET, text));
}

function fmix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** `length` lowercase hex characters derived from `key` (64 for a sha256 digest). */
export function hexFromKey(key: string, length = 64): string {
  // Block i is fnv1a32(`${key}#${i}`) as 8 hex digits: the common `${key}#` is fed once, and the
  // digits are written as character codes (tokens and digests are made for every container).
  const prefix = fnvFeed(FNV_OFFSET, `${key}#`);
  const wanted = Math.max(0, Math.trunc(length) || 0);
  // Whole blocks of 8 digits into a typed array, cut to the length asked for.
  const codes = new Uint16Array(Math.ceil(wanted / 8) * 8);
  for (let i = 0, o = 0; o < wanted; i++) {
    const v = fmix32(fnvFeed(prefix, String(i)));
    for (let shift = 28; shift >= 0; shift -= 4) codes[o++] = HEX_CODES[(v >>> shift) & 15] as number;
  }
  const digits = codes.subarray(0, wanted);
  let out = '';
  for (let i = 0; i < digits.length; i += 4096) out += String.fromCharCode.apply(null, digits.subarray(i, i + 4096) as unknown as number[]);
  return out;
}

const HEX_CODES = Array.from('0123456789abcdef', (ch) => ch.charCodeAt(0));

/** A number in [0, 1) derived from `key`. */
export function unitFromKey(key: string): number {
  return fnv1a32(key) / 0x100000000;
}

/** An integer in [min, max] derived from `key`. */
export function intFromKey(key: string, min: number, max: number): number {
  return min + Math.floor(unitFromKey(key) * (max - min + 1));
}
