import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clone } from './object';

const leaf = fc.oneof(fc.string({ maxLength: 3 }), fc.integer({ min: -2, max: 2 }), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.double(), fc.constant(-0));
const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('node'), { maxLength: 3 }), fc.dictionary(fc.constantFrom('a', 'b', '1', '__proto__'), tie('node'), { maxKeys: 3 })),
})).node;

/** What clone promises: exactly a trip through JSON. */
function throughJson(v: unknown): unknown {
  return JSON.parse(JSON.stringify(v)) as unknown;
}

describe('clone', () => {
  it('is a trip through JSON, key order and all', () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(value, { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 2 }), value, { maxKeys: 4 })), (v) => {
        const c = clone(v);
        expect(JSON.stringify(c)).toBe(JSON.stringify(throughJson(v)));
        expect(c).toStrictEqual(throughJson(v));
      }),
      { numRuns: 5000 },
    );
  });

  it('copies, and fails where JSON fails', () => {
    const v = { a: { b: [1, 2] } };
    const c = clone(v);
    expect(c).toEqual(v);
    expect(c.a).not.toBe(v.a);
    expect(() => clone(undefined)).toThrow(SyntaxError);
    expect(() => clone({ n: 1n })).toThrow(TypeError);
    expect(clone({ d: new Date(0) })).toEqual({ d: '1970-01-01T00:00:00.000Z' });
    expect(Object.is(clone({ z: -0 }).z, 0)).toBe(true);
  });
});
