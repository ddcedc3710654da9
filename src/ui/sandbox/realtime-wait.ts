/**
 * Waiting in real time inside a command (worker side). The shell is synchronous: `sleep 5` calls
 * `clock.sleep(5000)` and expects to return when the time has passed. Here that call blocks the
 * worker with Atomics.wait in short slices; after each slice the cluster moves by the real time
 * that passed × the speed (nothing while paused), a "skip ahead" is applied at once, and Ctrl-C
 * ends the wait early. The page is never blocked: it only writes the control words.
 */
import type { ShellClock } from '../../shell';
import type { ControlWords } from './control-words';

/** Longest real time the worker stays blocked without looking at the controls (Atomics.notify wakes it sooner). */
export const SLICE_MS = 50;

export interface Advancing {
  now(): number;
  advance(ms: number): void;
}

export interface RealTimeWaitOptions {
  cluster: Advancing;
  controls: ControlWords;
  /** Real milliseconds (performance.now in the worker; a fake in tests). */
  wallNow: () => number;
  /** Called after every slice: the host posts the clock and the picture (throttled on its side). */
  onSlice?: () => void;
}

export class RealTimeWait {
  constructor(private readonly options: RealTimeWaitOptions) {}

  /** The shell clock of a sandbox whose waits take real time. */
  clock(): ShellClock {
    const { cluster } = this.options;
    return { now: () => cluster.now(), sleep: (ms) => this.sleep(ms) };
  }

  /** Lets `virtualMs` of cluster time pass at the chosen speed; returns early on Ctrl-C. */
  sleep(virtualMs: number): void {
    const { controls } = this.options;
    this.wait(virtualMs, () => controls.interrupted, (generation, ms) => controls.waitForChange(generation, ms));
  }

  /**
   * Keeps the cluster moving in real time until `done()` (e.g. the page answered an edit). `block`
   * sleeps up to `ms`; it should return early when what `done` looks at changes.
   */
  until(done: () => boolean, block: (ms: number) => void): void {
    this.wait(Infinity, done, (_generation, ms) => block(ms));
  }

  private wait(virtualMs: number, done: () => boolean, block: (generation: number, ms: number) => void): void {
    const { cluster, controls, wallNow, onSlice } = this.options;
    let remaining = Math.max(0, virtualMs);
    let last = wallNow();
    // Virtual time earned but not applied yet (the cluster moves in whole milliseconds).
    let owed = 0;
    while (remaining > 0 && !done()) {
      const skip = controls.takeSkip();
      if (skip > 0) {
        cluster.advance(skip);
        remaining -= skip;
        last = wallNow();
        onSlice?.();
        continue;
      }
      const generation = controls.generation;
      const { speed, paused } = controls;
      const realLeft = paused ? SLICE_MS : (remaining - owed) / speed;
      block(generation, Math.min(SLICE_MS, Math.max(1, Math.ceil(realLeft))));
      const now = wallNow();
      const wall = now - last;
      last = now;
      if (!paused && wall > 0) {
        owed += wall * speed;
        const step = Math.min(remaining, Math.floor(owed));
        if (step > 0) {
          cluster.advance(step);
          remaining -= step;
          owed -= step;
        }
      }
      onSlice?.();
    }
  }
}
