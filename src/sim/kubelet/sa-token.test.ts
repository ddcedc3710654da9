import { describe, expect, it } from 'vitest';
import { encodeBase64Url } from '../../lib/base64';
import { base64UrlForTest } from './sa-token';

describe('the token encoder', () => {
  it('agrees with encodeBase64Url, single-byte text or not', () => {
    const cases = ['', 'a', 'ab', 'abc', 'abcd', '{"kid":"x"}', 'é', 'ÿþ', 'ā', '😀', 'x'.repeat(300)];
    for (let i = 0; i < 500; i++) cases.push(Array.from({ length: i % 37 }, (_, j) => String.fromCharCode((i * 7 + j * 13) % 256)).join(''));
    for (const text of cases) expect(base64UrlForTest(text)).toBe(encodeBase64Url(text));
  });
});
