/** 32-bit FNV-1a over the UTF-8 bytes of `text` (the hash Kubernetes uses for pod-template-hash). */
export function fnv32a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of utf8Bytes(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

function* utf8Bytes(text: string): Generator<number> {
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    if (cp < 0x80) yield cp;
    else if (cp < 0x800) {
      yield 0xc0 | (cp >> 6);
      yield 0x80 | (cp & 63);
    } else if (cp < 0x10000) {
      yield 0xe0 | (cp >> 12);
      yield 0x80 | ((cp >> 6) & 63);
      yield 0x80 | (cp & 63);
    } else {
      yield 0xf0 | (cp >> 18);
      yield 0x80 | ((cp >> 12) & 63);
      yield 0x80 | ((cp >> 6) & 63);
      yield 0x80 | (cp & 63);
    }
  }
}

const SAFE_DIGITS: Record<string, string> = {
  '0': '4', '1': '5', '2': '6', '3': '7', '4': '8', '5': '9', '6': 'b', '7': 'c', '8': 'd', '9': 'f',
};

/**
 * Kubernetes' SafeEncodeString applied to a decimal hash: digits map to characters that can never
 * spell a word, which is why every pod-template-hash uses only [4-9bcdf].
 */
export function safeEncodeDecimal(n: number): string {
  return String(n >>> 0)
    .split('')
    .map((d) => SAFE_DIGITS[d] ?? d)
    .join('');
}

/** A stable JSON text with sorted keys, so equal objects hash equally whatever their key order. */
export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  const entries = Object.keys(value as object)
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${stableStringify((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(',')}}`;
}
