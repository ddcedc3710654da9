import { describe, expect, it } from 'vitest';
import { StreamedOutput } from './streamed-output';

describe('StreamedOutput', () => {
  it('writes whole lines as they complete and keeps the unfinished one for the end', () => {
    const written: string[] = [];
    const out = new StreamedOutput((text) => written.push(text));
    out.push('NAME   READY\nweb-1');
    out.push('  1/1\nweb-2');
    out.push('  0/1');
    expect(written).toEqual(['NAME   READY\n', 'web-1  1/1\n']);
    expect(out.finish()).toBe('web-2  0/1');
    expect(out.finish()).toBe('');
  });
});
