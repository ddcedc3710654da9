import { describe, expect, it } from 'vitest';
import { EarlyIo } from './early-io';
import { memoryStore } from './sandbox-store';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function fetcher() {
  const asked: string[] = [];
  return { asked, fetchText: async (url: string) => (asked.push(url), `text of ${url}`) };
}

describe('EarlyIo', () => {
  it('reads the expected record before the engine asks, once', async () => {
    const backing = memoryStore({ a: { n: 1 } });
    let loads = 0;
    const counting = { ...backing, load: (key: string) => (loads++, backing.load(key)) };
    const { asked, fetchText } = fetcher();
    const io = new EarlyIo(async () => counting, fetchText);
    io.expect('a', '/boot/1.json');
    await tick();
    expect(loads).toBe(1);
    const store = await io.store();
    expect(await store?.load('a')).toEqual({ n: 1 });
    expect(loads).toBe(1);
    // The pre-booted snapshot is fetched at once all the same (the record's answer comes late in
    // the worker), and kept for a reset.
    expect(asked).toEqual(['/boot/1.json']);
    expect(await store?.load('a')).toEqual({ n: 1 });
    expect(loads).toBe(2);
    expect(await io.text('/boot/1.json')).toBe('text of /boot/1.json');
    expect(asked).toEqual(['/boot/1.json']);
  });

  it('prefetches the pre-booted snapshot without waiting for the record, and hands it over once', async () => {
    const { asked, fetchText } = fetcher();
    const io = new EarlyIo(() => new Promise(() => undefined), fetchText);
    io.expect('a', '/boot/1.json');
    expect(asked).toEqual(['/boot/1.json']);
    expect(await io.text('/boot/1.json')).toBe('text of /boot/1.json');
    expect(await io.text('/boot/1.json')).toBe('text of /boot/1.json');
    expect(asked).toEqual(['/boot/1.json', '/boot/1.json']);
  });

  it('works without storage', async () => {
    const { asked, fetchText } = fetcher();
    const io = new EarlyIo(() => Promise.reject(new Error('no IndexedDB')), fetchText);
    io.expect('a', '/boot/1.json');
    await tick();
    expect(await io.store()).toBeNull();
    expect(asked).toEqual(['/boot/1.json']);
  });

  it('leaves a failing read to the engine and fetches meanwhile', async () => {
    const failing = { ...memoryStore(), load: () => Promise.reject(new Error('broken')) };
    const { asked, fetchText } = fetcher();
    const io = new EarlyIo(async () => failing, fetchText);
    io.expect('a', '/boot/1.json');
    await tick();
    expect(asked).toEqual(['/boot/1.json']);
    await expect((await io.store())?.load('a')).rejects.toThrow('broken');
  });

  it('told by the hint and then by init, reads and fetches once', async () => {
    const backing = memoryStore();
    let loads = 0;
    const counting = { ...backing, load: (key: string) => (loads++, backing.load(key)) };
    const { asked, fetchText } = fetcher();
    const io = new EarlyIo(async () => counting, fetchText);
    io.expect('a', '/boot/1.json');
    await tick();
    io.expect('a', '/boot/1.json');
    await tick();
    expect(loads).toBe(1);
    expect(asked).toEqual(['/boot/1.json']);
    const store = await io.store();
    expect(await store?.load('a')).toBeUndefined();
    expect(await io.text('/boot/1.json')).toBe('text of /boot/1.json');
    expect(loads).toBe(1);
    expect(asked).toEqual(['/boot/1.json']);
  });

  it('does not fetch again when init repeats the hint after the engine took the snapshot', async () => {
    const { asked, fetchText } = fetcher();
    const io = new EarlyIo(async () => memoryStore(), fetchText);
    io.expect('a', '/boot/1.json');
    await tick();
    expect(await io.text('/boot/1.json')).toBe('text of /boot/1.json');
    io.expect('a', '/boot/1.json');
    await tick();
    expect(asked).toEqual(['/boot/1.json']);
  });

  it('follows init when it names another sandbox than the hint', async () => {
    const { asked, fetchText } = fetcher();
    const io = new EarlyIo(async () => memoryStore({ b: { n: 2 } }), fetchText);
    io.expect('a', '/boot/1.json');
    io.expect('b', '/boot/2.json');
    await tick();
    const store = await io.store();
    expect(await store?.load('b')).toEqual({ n: 2 });
    // The hint's snapshot was fetched before init corrected it, then init's.
    expect(asked).toEqual(['/boot/1.json', '/boot/2.json']);
  });

  it('hint then init answer the engine whatever the order of their reads', async () => {
    let release: (store: ReturnType<typeof memoryStore>) => void = () => undefined;
    const { asked, fetchText } = fetcher();
    const io = new EarlyIo(() => new Promise((resolve) => (release = resolve)), fetchText);
    io.expect('a', '/boot/1.json');
    io.expect('a', '/boot/1.json');
    release(memoryStore({ a: { n: 1 } }));
    const store = await io.store();
    expect(await store?.load('a')).toEqual({ n: 1 });
    expect(asked).toEqual(['/boot/1.json']);
  });
});
