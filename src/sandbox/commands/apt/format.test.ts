import { describe, expect, it } from 'vitest';
import { packageList, sizeToStr } from './format';

describe("apt's numbers", () => {
  it('formats sizes as SizeToStr does', () => {
    expect(sizeToStr(1227)).toBe('1,227 B');
    expect(sizeToStr(8855)).toBe('8,855 B');
    expect(sizeToStr(10_100)).toBe('10.1 kB');
    expect(sizeToStr(1_659_000)).toBe('1,659 kB');
    expect(sizeToStr(12_437_000)).toBe('12.4 MB');
    expect(sizeToStr(0)).toBe('0 B');
  });

  it('lists package names indented, wrapped before 80 columns', () => {
    expect(packageList(['kubectl', 'kubelet'])).toBe('  kubectl kubelet\n');
    const long = packageList(Array.from({ length: 12 }, (_, i) => `package-number-${i}`));
    expect(long.split('\n').every((l) => l.length < 80)).toBe(true);
    expect(long.startsWith('  package-number-0 ')).toBe(true);
  });
});
