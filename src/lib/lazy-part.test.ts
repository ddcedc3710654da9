import { describe, expect, it } from 'vitest';
import { LazyPart } from './lazy-part';

describe('LazyPart', () => {
  it('loads once, hands the part to who waited before load() resolves, and retries after a failure', async () => {
    const order: string[] = [];
    let attempts = 0;
    const part = new LazyPart(async () => {
      attempts++;
      if (attempts === 1) throw new Error('offline');
      return { name: 'commands' };
    });
    expect(part.loaded).toBeUndefined();
    part.whenLoaded((p) => order.push(`waited for ${p.name}`));
    await expect(part.load()).rejects.toThrow('offline');
    expect(part.loaded).toBeUndefined();
    await part.load().then(() => order.push('loaded'));
    await part.load();
    part.whenLoaded((p) => order.push(`${p.name} at once`));
    expect([attempts, ...order]).toEqual([2, 'waited for commands', 'loaded', 'commands at once']);
  });
});
