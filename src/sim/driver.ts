/**
 * Drives the virtual clock from real time, for the browser: the page measures wall-clock time and
 * calls `tick`; this decides how much virtual time that is (paused, 1×, 10×…). It never reads a
 * clock itself, so the simulation stays deterministic for a given sequence of ticks.
 */
export interface Advanceable {
  advance(ms: number): void;
}

export interface DriverState {
  speed: number;
  paused: boolean;
}

/** Never move more than this much virtual time in one tick (a tab that slept for an hour must not freeze the page). */
export const MAX_TICK_VIRTUAL_MS = 60_000;

export class ClockDriver {
  private state: DriverState;

  constructor(
    private readonly cluster: Advanceable,
    initial: Partial<DriverState> = {},
  ) {
    this.state = { speed: initial.speed ?? 1, paused: initial.paused ?? false };
  }

  get speed(): number {
    return this.state.speed;
  }

  get paused(): boolean {
    return this.state.paused;
  }

  setSpeed(speed: number): void {
    if (!Number.isFinite(speed) || speed <= 0) throw new Error(`speed must be a positive number, got ${speed}`);
    this.state = { ...this.state, speed };
  }

  pause(): void {
    this.state = { ...this.state, paused: true };
  }

  resume(): void {
    this.state = { ...this.state, paused: false };
  }

  /** Real milliseconds passed since the last tick; returns the virtual milliseconds applied. */
  tick(wallMs: number): number {
    if (this.state.paused || wallMs <= 0) return 0;
    const virtual = Math.min(MAX_TICK_VIRTUAL_MS, Math.round(wallMs * this.state.speed));
    this.cluster.advance(virtual);
    return virtual;
  }

  /** "Skip ahead": moves virtual time at once, paused or not. */
  skip(virtualMs: number): void {
    this.cluster.advance(Math.max(0, virtualMs));
  }

  save(): DriverState {
    return { ...this.state };
  }
}
