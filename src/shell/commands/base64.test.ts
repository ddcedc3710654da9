import { describe, expect, it } from 'vitest';
import { output } from '../testing/run';
import { decodeBase64, encodeBase64 } from './base64';

describe('base64', () => {
  it('encodes and decodes secrets as kubectl users do', () => {
    expect(output(['echo -n admin | base64', 'echo YWRtaW4= | base64 -d; echo', "echo -n 'p@ss' | base64 -w0 | base64 --decode; echo"])).toBe('YWRtaW4=\nadmin\np@ss\n');
  });

  it('wraps at 76 columns and rejects bad input', () => {
    expect(output('printf "%080d" 0 | base64 | head -1 | wc -c; echo "!!" | base64 -d; echo $?')).toBe('77\nbase64: invalid input\n1\n');
  });

  it('round-trips bytes', () => {
    expect(encodeBase64([0, 255, 128])).toBe('AP+A');
    expect(decodeBase64('AP+A')).toEqual({ bytes: [0, 255, 128], valid: true });
  });
});
