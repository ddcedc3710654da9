import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sameJson } from './json-equal';

const leaf = fc.oneof(fc.string({ maxLength: 3 }), fc.integer({ min: -2, max: 2 }), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.double(), fc.constant(-0));
const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('node'), { maxLength: 3 }), fc.dictionary(fc.constantFrom('a', 'b', 'c'), tie('node'), { maxKeys: 3 })),
})).node;

describe('sameJson', () => {
  it('answers as comparing the JSON texts would', () => {
    fc.assert(fc.property(value, value, (a, b) => sameJson(a, b) === (JSON.stringify(a) === JSON.stringify(b))), { numRuns: 20000 });
  });

  it('sees equal texts in copies, and key order', () => {
    const a = { x: [1, { y: 'z' }], w: null };
    expect(sameJson(a, JSON.parse(JSON.stringify(a)))).toBe(true);
    expect(sameJson({ x: 1, y: 2 }, { y: 2, x: 1 })).toBe(false);
    expect(sameJson({ x: 1, y: undefined }, { x: 1 })).toBe(true);
    expect(sameJson([NaN], [null])).toBe(true);
    expect(sameJson(new Date(0), '1970-01-01T00:00:00.000Z')).toBe(true);
  });
});
