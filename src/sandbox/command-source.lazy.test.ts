import { afterEach, describe, expect, it } from 'vitest';
import * as parts from './command-parts';
import { forgetCommands, loadCommands as loadLazy, loadedCommands as lazyLoaded, whenCommandsLoaded as whenLazy } from './command-source.lazy';
import { loadedCommands, whenCommandsLoaded } from './command-source';
import type { CommandParts } from './command-source';

describe('command sources', () => {
  afterEach(() => forgetCommands());

  it('has the commands at once in Node (command-source.ts)', () => {
    expect(loadedCommands()).toBe(parts);
    const given: CommandParts[] = [];
    whenCommandsLoaded((c) => given.push(c));
    expect(given).toEqual([parts]);
  });

  it('has them after loadCommands() in the worker (command-source.lazy.ts), and hands them to who waited, first', async () => {
    const order: string[] = [];
    expect(lazyLoaded()).toBeUndefined();
    whenLazy((c) => order.push(c.sandboxRegistry === parts.sandboxRegistry ? 'sandbox' : 'other'));
    expect(order).toEqual([]);
    await loadLazy().then(() => order.push('loaded'));
    expect(order).toEqual(['sandbox', 'loaded']);
    expect(lazyLoaded()?.kubectl).toBe(parts.kubectl);
    whenLazy(() => order.push('at once'));
    expect(order).toEqual(['sandbox', 'loaded', 'at once']);
  });
});
