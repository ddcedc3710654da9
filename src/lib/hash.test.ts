import { describe, expect, it } from 'vitest';
import { fnv32a, safeEncodeDecimal, stableStringify } from './hash';

describe('hash helpers', () => {
  it('computes FNV-1a 32 as the reference vectors say', () => {
    expect(fnv32a('')).toBe(0x811c9dc5);
    expect(fnv32a('a')).toBe(0xe40c292c);
    expect(fnv32a('foobar')).toBe(0xbf9cf968);
  });

  it('encodes decimal digits into the pod-template-hash alphabet', () => {
    expect(safeEncodeDecimal(1234567890)).toBe('56789bcdf4');
  });

  it('stringifies with sorted keys and drops undefined', () => {
    expect(stableStringify({ b: 1, a: [{ d: 2, c: undefined }] })).toBe('{"a":[{"d":2}],"b":1}');
  });
});
