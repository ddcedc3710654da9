import { describe, expect, it } from 'vitest';
import {
  formatGoDuration,
  humanDuration,
  rfc1123z,
  rfc3339,
  rfc3339Micro,
  shortHumanDuration,
} from './duration';

const s = (n: number) => n * 1000;
const m = (n: number) => n * 60_000;
const h = (n: number) => n * 3_600_000;
const d = (n: number) => h(24 * n);
const y = (n: number) => d(365 * n);

describe('humanDuration (apimachinery HumanDuration)', () => {
  const table: Array<[number, string]> = [
    [-s(2), '<invalid>'],
    [-s(1.999), '0s'], // int(-1.999) == -1: still "now"
    [-s(1), '0s'],
    [-1, '0s'],
    [0, '0s'],
    [999, '0s'],
    [s(45), '45s'],
    [s(119), '119s'],
    [s(119.999), '119s'],
    [s(120), '2m'],
    [s(121), '2m1s'],
    [m(5) + s(3), '5m3s'],
    [m(9) + s(59), '9m59s'],
    [m(10), '10m'],
    [m(59), '59m'],
    [m(179) + s(59), '179m'],
    [h(3), '3h'],
    [h(3) + m(20), '3h20m'],
    [h(7) + m(59), '7h59m'],
    [h(8), '8h'],
    [h(47) + m(59), '47h'],
    [h(48), '2d'],
    [d(2) + h(5), '2d5h'],
    [d(7) + h(23), '7d23h'],
    [d(8), '8d'],
    [d(30), '30d'],
    [d(729) + h(23), '729d'],
    [y(2), '2y'],
    [y(2) + d(45), '2y45d'],
    [y(7) + d(364), '7y364d'],
    [y(8), '8y'],
    [y(123), '123y'],
  ];
  it.each(table)('%d ms -> %s', (ms, want) => {
    expect(humanDuration(ms)).toBe(want);
  });
});

describe('shortHumanDuration', () => {
  const table: Array<[number, string]> = [
    [-s(2), '<invalid>'],
    [-s(1), '0s'],
    [s(59), '59s'],
    [s(60), '1m'],
    [m(59) + s(59), '59m'],
    [h(1), '1h'],
    [h(23), '23h'],
    [h(24), '1d'],
    [d(364), '364d'],
    [d(365), '1y'],
    [y(9) + d(100), '9y'],
  ];
  it.each(table)('%d ms -> %s', (ms, want) => {
    expect(shortHumanDuration(ms)).toBe(want);
  });
});

describe('formatGoDuration (time.Duration.String)', () => {
  const table: Array<[number, string]> = [
    [0, '0s'],
    [0.000001, '1ns'],
    [0.0015, '1.5µs'],
    [1, '1ms'],
    [300, '300ms'],
    [1.5, '1.5ms'],
    [999.999, '999.999ms'],
    [1000, '1s'],
    [1500, '1.5s'],
    [10_000, '10s'],
    [s(59), '59s'],
    [s(90), '1m30s'],
    [m(5), '5m0s'],
    [m(5) + 1, '5m0.001s'],
    [h(1), '1h0m0s'],
    [h(2) + m(3) + s(4.5), '2h3m4.5s'],
    [h(100), '100h0m0s'],
    [-s(5), '-5s'],
    [-300, '-300ms'],
  ];
  it.each(table)('%d ms -> %s', (ms, want) => {
    expect(formatGoDuration(ms)).toBe(want);
  });
});

describe('timestamps', () => {
  const t = Date.UTC(2026, 10, 24, 11, 43, 56);
  it('formats RFC 3339 like metav1.Time', () => {
    expect(rfc3339(t)).toBe('2026-11-24T11:43:56Z');
    expect(rfc3339(t + 999)).toBe('2026-11-24T11:43:56Z');
    expect(rfc3339(Date.UTC(2027, 0, 2, 3, 4, 5))).toBe('2027-01-02T03:04:05Z');
  });
  it('formats microsecond timestamps like metav1.MicroTime', () => {
    expect(rfc3339Micro(t + 123)).toBe('2026-11-24T11:43:56.123000Z');
    expect(rfc3339Micro(t)).toBe('2026-11-24T11:43:56.000000Z');
  });
  it('formats RFC1123Z like describe', () => {
    expect(rfc1123z(Date.UTC(2026, 10, 24, 14, 44, 47))).toBe('Tue, 24 Nov 2026 14:44:47 +0000');
    expect(rfc1123z(Date.UTC(2027, 0, 3, 0, 0, 9))).toBe('Sun, 03 Jan 2027 00:00:09 +0000');
  });
});
