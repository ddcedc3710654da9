import { describe, expect, it } from 'vitest';
import { base64Error, goQuote, numberLiteral } from './goScalars';
import { goTimeParseError } from './goTime';

describe('base64Error (Go StdEncoding offsets)', () => {
  it('accepts padded base64, newlines included', () => {
    expect(base64Error('')).toBeUndefined();
    expect(base64Error('YWRtaW4=')).toBeUndefined();
    expect(base64Error('YQ==')).toBeUndefined();
    expect(base64Error('YWJj\nZGVm')).toBeUndefined();
  });

  it('names the byte Go names', () => {
    expect(base64Error('admin')).toBe('illegal base64 data at input byte 4');
    expect(base64Error('mypassword')).toBe('illegal base64 data at input byte 8');
    expect(base64Error('pa$$word')).toBe('illegal base64 data at input byte 2');
    expect(base64Error('YQ=')).toBe('illegal base64 data at input byte 3');
    expect(base64Error('YQ==YQ==')).toBe('illegal base64 data at input byte 4');
    expect(base64Error('=YQ=')).toBe('illegal base64 data at input byte 0');
    expect(base64Error('é')).toBe('illegal base64 data at input byte 0');
    expect(base64Error('ab é')).toBe('illegal base64 data at input byte 2');
  });
});

describe('goQuote and numberLiteral', () => {
  it('quote like strconv.Quote', () => {
    expect(goQuote('spec.a"b\\c\n')).toBe('"spec.a\\"b\\\\c\\n"');
    expect(goQuote('\x01')).toBe('"\\x01"');
  });
  it('spell numbers as kubectl sends them', () => {
    expect([3, 2.5, 3000000000, 1e21, -0].map(numberLiteral)).toEqual(['3', '2.5', '3000000000', '1e+21', '-0']);
  });
});

describe('goTimeParseError', () => {
  it('accepts RFC 3339 times, fraction and offset included', () => {
    for (const t of ['2024-01-02T03:04:05Z', '2024-01-02T03:04:05.123Z', '2024-02-29T00:00:00+05:30']) {
      expect(goTimeParseError(t, false)).toBeUndefined();
    }
    expect(goTimeParseError('2024-01-02T03:04:05.123456Z', true)).toBeUndefined();
  });

  it('names the layout element Go stops at', () => {
    const L = '"2006-01-02T15:04:05Z07:00"';
    expect(goTimeParseError('yesterday', false)).toBe(`parsing time "yesterday" as ${L}: cannot parse "yesterday" as "2006"`);
    expect(goTimeParseError('2024/01/02', false)).toBe(`parsing time "2024/01/02" as ${L}: cannot parse "/01/02" as "-"`);
    expect(goTimeParseError('2024-01-02 03:04:05Z', false))
      .toBe(`parsing time "2024-01-02 03:04:05Z" as ${L}: cannot parse " 03:04:05Z" as "T"`);
    expect(goTimeParseError('2024-01-02T03:04:05', false))
      .toBe(`parsing time "2024-01-02T03:04:05" as ${L}: cannot parse "" as "Z07:00"`);
    expect(goTimeParseError('2024-01-02T03:04:05.5Z', true))
      .toBe('parsing time "2024-01-02T03:04:05.5Z" as "2006-01-02T15:04:05.000000Z07:00": cannot parse ".5Z" as ".000000"');
  });

  it('reports ranges and extra text without the layout', () => {
    expect(goTimeParseError('2024-13-01T00:00:00Z', false)).toBe('parsing time "2024-13-01T00:00:00Z": month out of range');
    expect(goTimeParseError('2023-02-29T00:00:00Z', false)).toBe('parsing time "2023-02-29T00:00:00Z": day out of range');
    expect(goTimeParseError('2024-01-01T24:00:00Z', false)).toBe('parsing time "2024-01-01T24:00:00Z": hour out of range');
    expect(goTimeParseError('2024-01-01T00:00:00Zx', false)).toBe('parsing time "2024-01-01T00:00:00Zx": extra text: "x"');
  });
});
