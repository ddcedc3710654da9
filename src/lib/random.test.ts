import { describe, expect, it } from 'vitest';
import { NAME_SUFFIX_ALPHABET, Random } from './random';

describe('Random', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    const a = new Random(42);
    const b = new Random(42);
    const c = new Random(43);
    const seqA = Array.from({ length: 8 }, () => a.nextUint32());
    const seqB = Array.from({ length: 8 }, () => b.nextUint32());
    const seqC = Array.from({ length: 8 }, () => c.nextUint32());
    expect(seqA).toEqual(seqB);
    expect(seqA).not.toEqual(seqC);
  });

  it('continues exactly from a saved state', () => {
    const a = new Random(7);
    a.nextUint32();
    const saved = a.state;
    const next = [a.nextUint32(), a.nextUint32()];
    const b = new Random(saved);
    expect([b.nextUint32(), b.nextUint32()]).toEqual(next);
  });

  it('makes name suffixes from the Kubernetes alphabet and v4 uuids', () => {
    const r = new Random(1);
    for (let i = 0; i < 200; i++) {
      const s = r.nameSuffix();
      expect(s).toHaveLength(5);
      for (const ch of s) expect(NAME_SUFFIX_ALPHABET).toContain(ch);
    }
    expect(r.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('spreads int() over its whole range', () => {
    const r = new Random(3);
    const seen = new Set<number>();
    for (let i = 0; i < 500; i++) seen.add(r.int(10));
    expect([...seen].sort((x, y) => x - y)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});
