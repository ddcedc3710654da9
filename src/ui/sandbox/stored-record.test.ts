import { describe, expect, it } from 'vitest';
import { checkRecord, corruptKey, STORAGE_SCHEMA } from './stored-record';

const good = { schema: STORAGE_SCHEMA, id: 'kubectl/first', savedAt: 5, seed: 7, snapshot: '{}', history: ['ls', 3], speed: 10, paused: true };

describe('checkRecord', () => {
  it('accepts a record of this schema, dropping history entries that are not text', () => {
    expect(checkRecord(good, 'kubectl/first')).toEqual({ ok: true, record: { ...good, history: ['ls'] } });
  });

  it.each([
    ['not an object', 'garbage'],
    ['unknown schema 2', { ...good, schema: 2 }],
    ['saved for another sandbox (other)', { ...good, id: 'other' }],
    ['no snapshot', { ...good, snapshot: { cluster: 1 } }],
    ['no seed', { ...good, seed: '7' }],
  ])('refuses a record with %s', (reason, raw) => {
    expect(checkRecord(raw, 'kubectl/first')).toEqual({ ok: false, reason });
  });

  it('falls back to 1× for a missing or odd speed', () => {
    const check = checkRecord({ ...good, speed: -1, paused: 'yes' }, 'kubectl/first');
    expect(check.ok && [check.record.speed, check.record.paused]).toEqual([1, false]);
  });
});

describe('corruptKey', () => {
  it('names the time and the sandbox', () => {
    expect(corruptKey('kubectl/first', Date.UTC(2026, 0, 2, 3, 4, 5))).toBe('corrupt-2026-01-02T03:04:05.000Z/kubectl/first');
  });
});
