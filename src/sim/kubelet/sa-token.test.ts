import { describe, expect, it } from 'vitest';
import { encodeBase64Url } from '../../lib/base64';
import { base64UrlForTest, payloadForTest } from './sa-token';

describe('the token encoder', () => {
  it('agrees with encodeBase64Url, single-byte text or not', () => {
    const cases = ['', 'a', 'ab', 'abc', 'abcd', '{"kid":"x"}', 'é', 'ÿþ', 'ā', '😀', 'x'.repeat(300)];
    for (let i = 0; i < 500; i++) cases.push(Array.from({ length: i % 37 }, (_, j) => String.fromCharCode((i * 7 + j * 13) % 256)).join(''));
    for (const text of cases) expect(base64UrlForTest(text)).toBe(encodeBase64Url(text));
  });

  it('encodes the token payload the same with the per-namespace prefix', () => {
    for (const ns of ['default', 'kube-system', 'a', 'ab', 'abc', 'shop-é']) {
      for (const name of ['web-1', 'x', 'bench-678d85fbd4-226vk', 'ü']) {
        const { fast, whole } = payloadForTest(ns, name, '0da4df62-2206-4800-bb37-9cb8cdbd235e', ns.length % 2 ? 'default' : 'builder');
        expect(fast).toBe(whole);
      }
    }
  });
});
