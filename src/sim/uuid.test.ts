import { describe, expect, it } from 'vitest';
import { Random } from '../lib/random';
import { uuidOf } from './uuid';

describe('uuidOf', () => {
  it('is random.uuid(): the same draws, the same text', () => {
    for (const seed of [1, 7, 99]) {
      const a = new Random(seed);
      const b = new Random(seed);
      for (let i = 0; i < 500; i++) expect(uuidOf(b)).toBe(a.uuid());
      expect(b.state).toEqual(a.state);
    }
  });
});
