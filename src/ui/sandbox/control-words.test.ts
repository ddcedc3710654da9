import { describe, expect, it } from 'vitest';
import { ControlWords } from './control-words';

describe('ControlWords', () => {
  it('starts at 1×, running, uninterrupted', () => {
    const w = new ControlWords();
    expect([w.speed, w.paused, w.interrupted, w.takeSkip()]).toEqual([1, false, false, 0]);
  });

  it('reads in one view what another view of the same shared memory wrote', () => {
    const page = new ControlWords(new SharedArrayBuffer(32));
    const worker = new ControlWords(page.buffer);
    page.setSpeed(10);
    page.setPaused(true);
    page.skip(60_000);
    page.skip(60_000);
    page.interrupt();
    expect([worker.speed, worker.paused, worker.interrupted]).toEqual([10, true, true]);
    expect(worker.takeSkip()).toBe(120_000);
    expect(worker.takeSkip()).toBe(0);
    page.clearInterrupt();
    expect(worker.interrupted).toBe(false);
  });

  it('ignores a speed that is not a positive number', () => {
    const w = new ControlWords();
    w.setSpeed(0);
    w.setSpeed(Number.NaN);
    expect(w.speed).toBe(1);
  });

  it('wakes a waiter when a control changes (the generation moves)', () => {
    const w = new ControlWords(new SharedArrayBuffer(32));
    const before = w.generation;
    w.setPaused(true);
    expect(w.generation).not.toBe(before);
    // Waiting on a stale generation returns at once.
    const t = performance.now();
    w.waitForChange(before, 1000);
    expect(performance.now() - t).toBeLessThan(100);
  });
});
