import { describe, expect, it } from 'vitest';
import { compareDebVersions, versionMatches } from './versions';

describe('Debian versions', () => {
  it('orders numerically, part by part', () => {
    const sorted = ['1.35.0-1.1', '1.34.10-1.1', '1.34.3-1.1', '1.35.0-2.1', '1.9.0-1.1'].sort(compareDebVersions);
    expect(sorted).toEqual(['1.9.0-1.1', '1.34.3-1.1', '1.34.10-1.1', '1.35.0-1.1', '1.35.0-2.1']);
    expect(compareDebVersions('1.35.0-1.1', '1.35.0-1.1')).toBe(0);
  });

  it('matches exact versions and apt globs', () => {
    expect(versionMatches('1.35.0-1.1', '1.35.0-1.1')).toBe(true);
    expect(versionMatches('1.35.0-1', '1.35.0-1.1')).toBe(false);
    expect(versionMatches('1.35.0-*', '1.35.0-1.1')).toBe(true);
    expect(versionMatches('1.35.*', '1.34.3-1.1')).toBe(false);
    expect(versionMatches('1.3?.0-1.1', '1.35.0-1.1')).toBe(true);
  });
});
