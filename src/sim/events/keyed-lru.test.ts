import { describe, expect, it } from 'vitest';
import { KeyedLru } from './keyed-lru';

const keys = (lru: KeyedLru<number>): string[] => [...lru.entries()].map(([k, v]) => `${k.replace('\u0000', '/')}=${v}`);

describe('KeyedLru', () => {
  it('keeps entries least recent first; reading or writing one makes it the most recent', () => {
    const lru = new KeyedLru<number>(10);
    lru.set('a', 'x', 1);
    lru.set('b', 'x', 2);
    lru.set('a', 'y', 3);
    expect(keys(lru)).toEqual(['a/x=1', 'b/x=2', 'a/y=3']);
    expect(lru.get('a', 'x')).toBe(1);
    expect(keys(lru)).toEqual(['b/x=2', 'a/y=3', 'a/x=1']);
    lru.set('b', 'x', 4);
    expect(keys(lru)).toEqual(['a/y=3', 'a/x=1', 'b/x=4']);
    expect(lru.get('c', 'x')).toBeUndefined();
    expect(lru.get('a', 'z')).toBeUndefined();
  });

  it('drops the least recent entry past its size, whatever object it belongs to', () => {
    const lru = new KeyedLru<number>(3);
    lru.set('a', 'x', 1);
    lru.set('b', 'x', 2);
    lru.set('c', 'x', 3);
    lru.get('a', 'x');
    lru.set('d', 'x', 4);
    expect(keys(lru)).toEqual(['c/x=3', 'a/x=1', 'd/x=4']);
    expect(lru.size).toBe(3);
    expect(lru.get('b', 'x')).toBeUndefined();
    for (let i = 0; i < 5; i++) lru.set('e', String(i), i);
    expect(keys(lru)).toEqual(['e/2=2', 'e/3=3', 'e/4=4']);
    expect(lru.get('a', 'x')).toBeUndefined();
  });
});
