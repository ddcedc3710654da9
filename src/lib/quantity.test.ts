import { describe, it, expect } from 'vitest';
import {
  QUANTITY_FORMAT_ERROR,
  QUANTITY_NUMERIC_ERROR,
  QUANTITY_SUFFIX_ERROR,
  ZERO_QUANTITY,
  addQuantity,
  canonicalQuantity,
  compareQuantity,
  formatBytesHuman,
  formatMilliCpu,
  newMilliQuantity,
  newQuantity,
  parseQuantity,
  quantityToString,
  subtractQuantity,
  toMilli,
  toNumber,
  toValue,
  tryParseQuantity,
} from './quantity';
import type { Quantity } from './quantity';

function q(s: string): Quantity {
  const parsed = parseQuantity(s);
  if (!parsed) throw new Error(`test input ${s} does not parse`);
  return parsed;
}

/** [input, what the API server stores] — each group is one upstream rule. */
const CANONICAL: Record<string, [string, string][]> = {
  'plain numbers and suffixes already canonical are echoed': [
    ['0', '0'], ['1', '1'], ['250m', '250m'], ['128Mi', '128Mi'], ['1Gi', '1Gi'], ['3k', '3k'], ['1u', '1u'],
    ['5n', '5n'], ['2P', '2P'], ['12E', '12E'], ['1e3', '1e3'], ['80e-3', '80e-3'], ['-1Ki', '-1Ki'],
  ],
  'zero in any family prints "0"': [['0m', '0'], ['0Ki', '0'], ['0.0', '0'], ['-0', '0'], ['00', '0'], ['0e3', '0']],
  'fractions become a smaller decimal suffix': [
    ['0.5', '500m'], ['1.5', '1500m'], ['.001', '1m'], ['0.1m', '100u'], ['1.08', '1080m'], ['0.5e0', '500e-3'],
  ],
  'trailing zeros move into a larger suffix': [
    ['1000m', '1'], ['1500m', '1500m'], ['1000M', '1G'], ['1000000k', '1G'], ['1000000000', '1G'], ['2000', '2k'],
    ['1000e0', '1e3'], ['1000E3', '1e6'], ['1E6', '1E6'], ['1E5', '100e3'], ['1.5e3', '1500'], ['50k', '50k'], ['-1000m', '-1'],
  ],
  'BinarySI uses the largest exact power of 1024': [
    ['1024Mi', '1Gi'], ['2048Ki', '2Mi'], ['1536Mi', '1536Mi'], ['1.5Gi', '1536Mi'], ['1000Ki', '1000Ki'],
    ['1024Gi', '1Ti'], ['8Ki', '8Ki'], ['-1.5Gi', '-1536Mi'], ['3Ei', '3Ei'],
  ],
  'BinarySI below 1Ki or not whole is written as DecimalSI': [
    ['0.5Ki', '512'], ['1.1Ki', '1126400m'], ['.001Ki', '1024m'], ['.000001Ki', '1024u'], ['.000000000001Ki', '2n'],
  ],
  'precision below 1n is rounded up': [
    ['3.001n', '4n'], ['0.0000000001', '1n'], ['0.00000012345', '124n'], ['1.1E-9', '2e-9'], ['-0.0000000001', '-1n'],
  ],
  'BinarySI is capped at 2^63-1, decimal is not': [
    ['9Ei', '9223372036854775807'], ['9223372036854775807Ki', '9223372036854775807'], ['100E', '100E'],
  ],
  'inputs in canonical shape are echoed with their quirks (upstream behaviour in 1.35)': [
    ['+1', '+1'], ['+500m', '+500m'], ['01', '01'], ['1.', '1.'], ['1.G', '1.G'], ['+1Ki', '+1Ki'],
    ['1.001', '1.001'], ['1.500', '1.500'], ['1.441k', '1.441k'],
  ],
  'DecimalSI above 999E drops its suffix (upstream bug in 1.35)': [['1000E', '1'], ['5000E', '5']],
  'odd but valid shapes': [['.', '0'], ['-', '0'], ['e3', '0'], ['Ki', '0'], ['m', '0'], ['1E', '1E'], ['1E+3', '1E+3']],
};

describe('canonicalQuantity', () => {
  for (const [rule, cases] of Object.entries(CANONICAL)) {
    it(rule, () => {
      for (const [input, stored] of cases) expect([input, canonicalQuantity(input)]).toEqual([input, stored]);
    });
  }

  it('accepts JSON numbers and surrounding whitespace, as the server decodes them', () => {
    expect(canonicalQuantity(0.5)).toBe('500m');
    expect(canonicalQuantity(2)).toBe('2');
    expect(canonicalQuantity(1e21)).toBe('1e+21');
    expect(canonicalQuantity(' 1Gi ')).toBe('1Gi');
  });

  it('is null for what the server rejects', () => {
    expect(canonicalQuantity('abc')).toBeNull();
    expect(canonicalQuantity('1Gb')).toBeNull();
  });
});

describe('tryParseQuantity errors carry upstream text', () => {
  const cases: [string, string][] = [
    ['', QUANTITY_FORMAT_ERROR],
    ['abc', QUANTITY_FORMAT_ERROR],
    [' 1', QUANTITY_FORMAT_ERROR],
    ['1 ', QUANTITY_FORMAT_ERROR],
    ['1 Gi', QUANTITY_FORMAT_ERROR],
    ['1.1.M', QUANTITY_FORMAT_ERROR],
    ['1+1.0M', QUANTITY_FORMAT_ERROR],
    ['1GB', QUANTITY_FORMAT_ERROR],
    ['0.1am', QUANTITY_FORMAT_ERROR],
    ['0.1mi', QUANTITY_SUFFIX_ERROR],
    ['.5i', QUANTITY_SUFFIX_ERROR],
    ['1i', QUANTITY_SUFFIX_ERROR],
    ['1K', QUANTITY_SUFFIX_ERROR],
    ['1e', QUANTITY_SUFFIX_ERROR],
    ['-3.01e-', QUANTITY_SUFFIX_ERROR],
    ['1k8', QUANTITY_SUFFIX_ERROR],
    ['1e99999999999999999999', QUANTITY_SUFFIX_ERROR],
    ['1e1000', QUANTITY_NUMERIC_ERROR],
  ];
  it.each(cases)('%j', (input, message) => {
    expect(tryParseQuantity(input)).toEqual({ ok: false, message });
    expect(parseQuantity(input)).toBeNull();
  });

  it('quotes the regular expression exactly', () => {
    expect(QUANTITY_FORMAT_ERROR).toBe(
      "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
    );
  });
});

describe('parsed values and formats', () => {
  it('remembers the suffix family', () => {
    expect(q('1Ki').format).toBe('BinarySI');
    expect(q('1k').format).toBe('DecimalSI');
    expect(q('1').format).toBe('DecimalSI');
    expect(q('1e3').format).toBe('DecimalExponent');
    expect(q('0.5Ki').format).toBe('BinarySI');
    expect(q('.000000000001Ki').format).toBe('DecimalSI');
  });

  it('holds exact values in nano-units', () => {
    expect(q('1').nanos).toBe(1_000_000_000n);
    expect(q('250m').nanos).toBe(250_000_000n);
    expect(q('1Ei').nanos).toBe(1152921504606846976_000_000_000n);
    expect(q('7E').nanos).toBe(7_000_000_000_000_000_000_000_000_000n);
    expect(q('1.5e-6').nanos).toBe(1500n);
  });

  it('toMilli, toValue round up like MilliValue and Value', () => {
    expect(toMilli(q('1.5'))).toBe(1500);
    expect(toMilli(q('100m'))).toBe(100);
    expect(toMilli(q('1n'))).toBe(1);
    expect(toMilli(q('-1n'))).toBe(-1);
    expect(toValue(q('500m'))).toBe(1);
    expect(toValue(q('128Mi'))).toBe(134217728);
    expect(toValue(q('2'))).toBe(2);
  });

  it('toNumber gives base units as a float', () => {
    expect(toNumber(q('250m'))).toBe(0.25);
    expect(toNumber(q('1Gi'))).toBe(1073741824);
  });

  it('compareQuantity compares values across families', () => {
    expect(compareQuantity(q('1'), q('1000m'))).toBe(0);
    expect(compareQuantity(q('1Ki'), q('1k'))).toBe(1);
    expect(compareQuantity(q('1M'), q('1Mi'))).toBe(-1);
    expect(compareQuantity(q('1e3'), q('1k'))).toBe(0);
  });
});

describe('arithmetic keeps upstream formats', () => {
  it('sums print canonically in the first operand family (describe node totals)', () => {
    expect(quantityToString(addQuantity(q('100m'), q('200m')))).toBe('300m');
    expect(quantityToString(addQuantity(q('500m'), q('500m')))).toBe('1');
    expect(quantityToString(addQuantity(q('1'), q('500m')))).toBe('1500m');
    expect(quantityToString(addQuantity(q('100Mi'), q('28Mi')))).toBe('128Mi');
    expect(quantityToString(addQuantity(q('512Mi'), q('512Mi')))).toBe('1Gi');
    expect(quantityToString(addQuantity(q('64Mi'), q('1G')))).toBe('1067108864');
    expect(quantityToString(addQuantity(q('1G'), q('64Mi')))).toBe('1067108864');
  });

  it('a zero left operand takes the right operand format', () => {
    expect(quantityToString(addQuantity(ZERO_QUANTITY, q('64Mi')))).toBe('64Mi');
    expect(quantityToString(addQuantity(q('0'), q('1e3')))).toBe('1e3');
    expect(quantityToString(subtractQuantity(ZERO_QUANTITY, q('1Ki')))).toBe('-1Ki');
  });

  it('arithmetic results are re-canonicalised (the echoed input string is dropped)', () => {
    expect(quantityToString(addQuantity(q('+1'), q('0')))).toBe('1');
    expect(quantityToString(subtractQuantity(q('4Gi'), q('3Gi')))).toBe('1Gi');
    expect(quantityToString(subtractQuantity(q('2'), q('250m')))).toBe('1750m');
  });

  it('ZERO_QUANTITY prints "0" (a missing resource in describe node)', () => {
    expect(quantityToString(ZERO_QUANTITY)).toBe('0');
  });

  it('newQuantity and newMilliQuantity build whole and milli values', () => {
    expect(quantityToString(newQuantity(4015360 * 1024, 'BinarySI'))).toBe('4015360Ki');
    expect(quantityToString(newQuantity(2, 'DecimalSI'))).toBe('2');
    expect(quantityToString(newMilliQuantity(1500, 'DecimalSI'))).toBe('1500m');
    expect(quantityToString(newMilliQuantity(2000, 'DecimalSI'))).toBe('2');
    expect(quantityToString(newMilliQuantity(500, 'BinarySI'))).toBe('500m');
  });
});

describe('kubectl top cells', () => {
  it('formatMilliCpu always prints millicores', () => {
    expect(formatMilliCpu(1)).toBe('1m');
    expect(formatMilliCpu(250)).toBe('250m');
    expect(formatMilliCpu(2000)).toBe('2000m');
    expect(formatMilliCpu(0)).toBe('0m');
  });

  it('formatBytesHuman truncates to whole Mi', () => {
    expect(formatBytesHuman(9 * 1048576 + 123)).toBe('9Mi');
    expect(formatBytesHuman(1048575)).toBe('0Mi');
    expect(formatBytesHuman(1073741824)).toBe('1024Mi');
  });
});
