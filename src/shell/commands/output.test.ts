import { describe, expect, it } from 'vitest';
import { Output } from './output';

describe('Output', () => {
  it('keeps the order of stdout and stderr', () => {
    expect(new Output().out('a').err('b').out('c').fail('d', 2).result()).toEqual({
      stdout: 'ac',
      stderr: 'bd\n',
      exitCode: 2,
      interleaved: [
        { fd: 1, text: 'a' },
        { fd: 2, text: 'b' },
        { fd: 1, text: 'c' },
        { fd: 2, text: 'd\n' },
      ],
    });
  });
});
