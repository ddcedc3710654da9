import { describe, expect, it } from 'vitest';
import { ClockDriver, MAX_TICK_VIRTUAL_MS } from './driver';

function fakeCluster() {
  const moves: number[] = [];
  return { moves, advance: (ms: number) => void moves.push(ms) };
}

describe('ClockDriver', () => {
  it('turns wall time into virtual time by speed, and not at all while paused', () => {
    const c = fakeCluster();
    const d = new ClockDriver(c);
    d.tick(16);
    d.setSpeed(10);
    d.tick(16);
    d.pause();
    d.tick(1000);
    d.skip(60_000);
    d.resume();
    d.tick(2 * 60 * 60 * 1000);
    expect(c.moves).toEqual([16, 160, 60_000, MAX_TICK_VIRTUAL_MS]);
    expect(d.save()).toEqual({ speed: 10, paused: false });
  });

  it('refuses a speed that is not a positive number', () => {
    const d = new ClockDriver(fakeCluster());
    expect(() => d.setSpeed(0)).toThrow('speed must be a positive number, got 0');
  });
});
