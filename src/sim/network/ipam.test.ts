import { describe, expect, it } from 'vitest';
import { Random } from '../../lib/random';
import { allocateClusterIP, allocateNodePort, cidrContains, intToIp, ipToInt } from './ipam';

describe('ipam', () => {
  it('converts addresses both ways', () => {
    expect(intToIp(ipToInt('10.96.0.10'))).toBe('10.96.0.10');
    expect(cidrContains('10.96.0.0/12', '10.111.255.254')).toBe(true);
    expect(cidrContains('10.96.0.0/12', '10.112.0.1')).toBe(false);
  });

  it('allocates ClusterIPs in the upper band of the range and never twice', () => {
    const random = new Random(5);
    const used = new Set<string>(['10.96.0.1', '10.96.0.10']);
    for (let i = 0; i < 300; i++) {
      const ip = allocateClusterIP('10.96.0.0/12', used, random) as string;
      expect(cidrContains('10.96.0.0/12', ip)).toBe(true);
      expect(ipToInt(ip) - ipToInt('10.96.0.0')).toBeGreaterThanOrEqual(256);
      expect(used.has(ip)).toBe(false);
      used.add(ip);
    }
  });

  it('falls back to the static band when the dynamic one is full', () => {
    const random = new Random(1);
    const used = new Set<string>();
    for (let i = 16; i < 255; i++) used.add(`10.0.0.${i}`);
    expect(allocateClusterIP('10.0.0.0/24', used, random)).toMatch(/^10\.0\.0\.([1-9]|1[0-5])$/);
  });

  it('allocates NodePorts from 30086 up while they last', () => {
    const random = new Random(2);
    const used = new Set<number>();
    for (let i = 0; i < 200; i++) {
      const p = allocateNodePort(used, random) as number;
      expect(p).toBeGreaterThanOrEqual(30086);
      expect(p).toBeLessThanOrEqual(32767);
      used.add(p);
    }
  });
});
