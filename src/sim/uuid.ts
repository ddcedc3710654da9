import type { Random } from '../lib/random';

const HEX = '0123456789abcdef';
const VARIANT = '89ab';

/**
 * Exactly `random.uuid()` — the same draws, the same text — without building strings one
 * character at a time: the API server and the event recorder ask for thousands of these.
 * `random.int(16)` is `floor(u / 2^32 * 16)` for a uint32 `u`, which is `u >>> 28` (and `int(4)` is `u >>> 30`).
 */
export function uuidOf(random: Random): string {
  // An array joined once: a string grown a character at a time stays a chain of 36 pieces in
  // memory (V8 ropes), and uids live as long as their objects.
  const chars: string[] = [];
  for (let i = 0; i < 32; i++) {
    const digit = random.nextUint32() >>> 28;
    if (i === 8 || i === 12 || i === 16 || i === 20) chars.push('-');
    // The version nibble is drawn like any other and then replaced.
    chars.push(i === 12 ? '4' : (HEX[digit] as string));
  }
  chars[19] = VARIANT[random.nextUint32() >>> 30] as string;
  return chars.join('');
}
