import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha1Bytes } from './sha1';
import { sha256Bytes } from './sha256';

const hex = (b: number[]) => b.map((x) => x.toString(16).padStart(2, '0')).join('');

describe('sha1Bytes and sha256Bytes', () => {
  it('agree with Node for every length around the block boundaries', () => {
    for (let n = 0; n < 200; n++) {
      const bytes = Array.from({ length: n }, (_, i) => (i * 37 + n) & 0xff);
      expect(hex(sha1Bytes(bytes))).toBe(createHash('sha1').update(Uint8Array.from(bytes)).digest('hex'));
      expect(hex(sha256Bytes(bytes))).toBe(createHash('sha256').update(Uint8Array.from(bytes)).digest('hex'));
    }
  });
});
