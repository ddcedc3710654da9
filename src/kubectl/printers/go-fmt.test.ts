import { describe, expect, it } from 'vitest';
import { compareGoStrings, formatGoFloat, formatGoNumber, goQuote, goSharpV, goSprint, goTypeName } from './go-fmt';

describe('Go value formatting', () => {
  it.each([
    [0.5, '0.5'],
    [1.5, '1.5'],
    [100.25, '100.25'],
    [999999.5, '999999.5'],
    [1234567.5, '1.2345675e+06'],
    [1e6, '1e+06'],
    [1e21, '1e+21'],
    [0.0001, '0.0001'],
    [0.00001, '1e-05'],
    [1.5e-7, '1.5e-07'],
    [-2.5, '-2.5'],
    [1e100, '1e+100'],
    [0, '0'],
    [-0, '-0'],
    [Infinity, '+Inf'],
    [NaN, 'NaN'],
  ])('formatGoFloat(%d) = %s', (x, want) => {
    expect(formatGoFloat(x)).toBe(want);
  });

  it('prints integral numbers as int64', () => {
    expect(formatGoNumber(3)).toBe('3');
    expect(formatGoNumber(2 ** 62)).toBe('4611686018427387904');
    expect(formatGoNumber(2.5)).toBe('2.5');
  });

  it('formats %v of decoded JSON', () => {
    expect(goSprint({ b: [1, 'x', null], a: { c: true } })).toBe('map[a:map[c:true] b:[1 x <nil>]]');
    expect(goSprint(null)).toBe('<nil>');
    expect(goSprint([])).toBe('[]');
    expect(goSprint({})).toBe('map[]');
  });

  it('formats %#v of decoded JSON', () => {
    expect(goSharpV({ s: 'a"b\n', n: 1.5, l: [null, false], e: {} })).toBe(
      'map[string]interface {}{"e":map[string]interface {}{}, "l":[]interface {}{interface {}(nil), false}, "n":1.5, "s":"a\\"b\\n"}',
    );
  });

  it('quotes like strconv.Quote', () => {
    expect(goQuote('plain é')).toBe('"plain é"');
    expect(goQuote('\t\u0001\u007f\u00a0\u200b😀')).toBe('"\\t\\x01\\x7f\\u00a0\\u200b😀"');
  });

  it('names Go types and orders strings by code point', () => {
    expect([goTypeName('x'), goTypeName(1), goTypeName(1.5), goTypeName(true), goTypeName([]), goTypeName({})]).toEqual([
      'string',
      'int64',
      'float64',
      'bool',
      '[]interface {}',
      'map[string]interface {}',
    ]);
    expect(['\uffff', '😀', 'b', 'B'].sort(compareGoStrings)).toEqual(['B', 'b', '\uffff', '😀']);
  });
});
