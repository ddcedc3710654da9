import { describe, expect, it } from 'vitest';
import { output } from '../testing/run';

describe('clear', () => {
  it('writes the clear-screen-and-scrollback sequence', () => {
    expect(output('clear')).toBe('\x1b[H\x1b[2J\x1b[3J');
  });
});
