import { describe, expect, it } from 'vitest';
import { VirtualClock } from './clock';

describe('VirtualClock', () => {
  it('fires timers in time order, equal times in the order they were set', () => {
    const clock = new VirtualClock({ now: 1000, nextId: 1, timers: [] });
    clock.schedule(3000, 'c', null);
    clock.schedule(2000, 'a', null);
    clock.schedule(2000, 'b', null);
    const fired: string[] = [];
    for (let t = clock.popDue(5000); t; t = clock.popDue(5000)) fired.push(`${t.type}@${clock.now()}`);
    expect(fired).toEqual(['a@2000', 'b@2000', 'c@3000']);
  });

  it('never fires a cancelled timer and stops at the limit', () => {
    const clock = new VirtualClock({ now: 0, nextId: 1, timers: [] });
    const id = clock.after(10, 'x', null);
    clock.after(20, 'y', null);
    clock.after(30, 'z', null);
    clock.cancel(id);
    expect(clock.popDue(25)?.type).toBe('y');
    expect(clock.popDue(25)).toBeUndefined();
    expect(clock.now()).toBe(20);
  });

  it('counts only foreground timers as pending work', () => {
    const clock = new VirtualClock({ now: 0, nextId: 1, timers: [] });
    clock.after(10, 'heartbeat', null, true);
    expect(clock.hasForegroundTimers()).toBe(false);
    const id = clock.after(5, 'work', null);
    expect(clock.hasForegroundTimers()).toBe(true);
    clock.cancel(id);
    expect(clock.hasForegroundTimers()).toBe(false);
  });

  it('restores from its state and continues identically', () => {
    const a = new VirtualClock({ now: 0, nextId: 1, timers: [] });
    a.after(50, 'p', { k: 1 });
    a.after(10, 'q', { k: 2 }, true);
    const b = new VirtualClock(a.state());
    expect(b.state()).toEqual(a.state());
    expect(b.popDue(100)).toEqual(a.popDue(100));
    expect(b.schedule(70, 'r', null)).toBe(a.schedule(70, 'r', null));
  });
});
