import type { Random } from '../lib/random';

const HEX = '0123456789abcdef';
const VARIANT = '89ab';

/**
 * Exactly `random.uuid()` — the same draws, the same text — without building strings one
 * character at a time: the API server and the event recorder ask for thousands of these.
 * `random.int(16)` is `floor(u / 2^32 * 16)` for a uint32 `u`, which is `u >>> 28` (and `int(4)` is `u >>> 30`).
 */
export function uuidOf(random: Random): string {
  // Character codes into one reused buffer, made a string once: a string grown a character at a
  // time stays a chain of 36 pieces in memory (V8 ropes), and uids live as long as their objects.
  const codes = UUID_CODES;
  let o = 0;
  for (let i = 0; i < 32; i++) {
    const digit = random.nextUint32() >>> 28;
    if (i === 8 || i === 12 || i === 16 || i === 20) codes[o++] = DASH;
    // The version nibble is drawn like any other and then replaced.
    codes[o++] = i === 12 ? FOUR : (HEX_CODES[digit] as number);
  }
  codes[19] = VARIANT_CODES[random.nextUint32() >>> 30] as number;
  return String.fromCharCode.apply(null, codes);
}

// A plain array: `fromCharCode.apply` takes it on a fast path that typed arrays miss.
const UUID_CODES: number[] = new Array<number>(36).fill(0);
const HEX_CODES = Array.from(HEX, (c) => c.charCodeAt(0));
const VARIANT_CODES = Array.from(VARIANT, (c) => c.charCodeAt(0));
const DASH = '-'.charCodeAt(0);
const FOUR = '4'.charCodeAt(0);
