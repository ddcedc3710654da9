import { describe, expect, it } from 'vitest';
import { escapeThenTabLeaves } from './focus-escape';

const press = (handler: ReturnType<typeof escapeThenTabLeaves>, ...keys: string[]): boolean[] =>
  keys.map((key) => handler({ type: 'keydown', key }));

describe('Escape then Tab leaves the terminal', () => {
  it('keeps Tab for completion, except right after Escape (Shift may be held for Shift-Tab)', () => {
    const handler = escapeThenTabLeaves();
    expect(press(handler, 'Tab', 'Escape', 'Tab', 'Tab')).toEqual([true, true, false, true]);
    expect(press(handler, 'Escape', 'Shift', 'Tab')).toEqual([true, true, false]);
    expect(press(handler, 'Escape', 'a', 'Tab')).toEqual([true, true, true]);
  });

  it('only looks at keydown events', () => {
    const handler = escapeThenTabLeaves();
    expect(handler({ type: 'keydown', key: 'Escape' })).toBe(true);
    expect(handler({ type: 'keyup', key: 'Escape' })).toBe(true);
    expect(handler({ type: 'keydown', key: 'Tab' })).toBe(false);
  });
});
