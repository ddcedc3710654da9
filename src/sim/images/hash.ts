/**
 * Deterministic hashing for everything that looks random in the catalog (digests, sizes, pull
 * speeds, usage wobble, process ids). FNV-1a over UTF-16 code units, finished with murmur3's fmix32
 * so that neighbouring keys ("nginx:1.27" / "nginx:1.28") give unrelated bits.
 */

export function fnv1a32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
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
  let out = '';
  for (let i = 0; out.length < length; i++) out += fnv1a32(`${key}#${i}`).toString(16).padStart(8, '0');
  return out.slice(0, length);
}

/** A number in [0, 1) derived from `key`. */
export function unitFromKey(key: string): number {
  return fnv1a32(key) / 0x100000000;
}

/** An integer in [min, max] derived from `key`. */
export function intFromKey(key: string, min: number, max: number): number {
  return min + Math.floor(unitFromKey(key) * (max - min + 1));
}
