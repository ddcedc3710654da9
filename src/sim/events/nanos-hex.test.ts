import { describe, expect, it } from 'vitest';
import { nanosHex, recordedMoment } from './recorder';

describe('nanosHex', () => {
  it('writes ms * 1e6 + extra in hex exactly, as BigInt does', () => {
    const cases: [number, number][] = [[0, 0], [0, 5], [1, 0], [1795532400000, 0], [1795532416741, 999_999], [2 ** 24 - 1, 123], [2 ** 24, 0], [8.64e15, 999_999], [1234567890123, 42]];
    for (const [ms, extra] of cases) expect(nanosHex(ms, extra)).toBe((BigInt(ms) * 1_000_000n + BigInt(extra)).toString(16));
  });
});

describe('recordedMoment', () => {
  it("reads back the moment and the digits below it from an event's name", () => {
    expect(recordedMoment(`web-7d4.${nanosHex(1795532416741, 4242)}`)).toEqual({ ms: 1795532416741, seq: 4242 });
    expect(recordedMoment('my-event')).toBeUndefined();
    expect(recordedMoment('a.b.not-hex')).toBeUndefined();
  });
});
