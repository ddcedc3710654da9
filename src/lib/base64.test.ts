import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64, encodeBase64Url } from './base64';

describe('base64', () => {
  it('encodes UTF-8 text with padding, as `echo -n … | base64` does', () => {
    expect(['', 'f', 'fo', 'foo', 'admin', 'S3cr3t!', 'héllo 世界'].map(encodeBase64)).toEqual(['', 'Zg==', 'Zm8=', 'Zm9v', 'YWRtaW4=', 'UzNjcjN0IQ==', 'aMOpbGxvIOS4lueVjA==']);
  });

  it('decodes back, skipping whitespace and stopping at padding', () => {
    expect(decodeBase64('aMOpbGxvIOS4lueVjA==')).toBe('héllo 世界');
    expect(decodeBase64('YWRt\naW4=')).toBe('admin');
    expect(decodeBase64('/w==')).toBe('\ufffd');
  });

  it('writes base64url without padding for token segments', () => {
    expect(encodeBase64Url('{"alg":"RS256"}')).toBe('eyJhbGciOiJSUzI1NiJ9');
    expect(encodeBase64Url('\xff\xfe')).toBe('__4');
  });
});
