/**
 * The control words: a few integers in shared memory that the page writes and the worker reads,
 * even while the worker is blocked inside a command. Writers bump WAKE and notify it, so a worker
 * sleeping with Atomics.wait on WAKE reacts at once (Ctrl-C stops `sleep 100` immediately).
 *
 * Without cross-origin isolation the same class sits on an ordinary buffer in the worker, fed by
 * `control` messages; only `waitForChange` needs shared memory (and is then never called).
 */
const SPEED_MILLI = 0; // speed × 1000 (Atomics works on integers only)
const PAUSED = 1; // 0 or 1
const SKIP_MS = 2; // virtual ms of "skip ahead" not applied yet
const INTERRUPT = 3; // 1 after Ctrl-C, until the page sends the next command
const WAKE = 4; // bumped on every write
const WORDS = 8;

export class ControlWords {
  readonly words: Int32Array;

  constructor(readonly buffer: SharedArrayBuffer | ArrayBuffer = new ArrayBuffer(WORDS * 4)) {
    this.words = new Int32Array(buffer);
    if (this.speed === 0) Atomics.store(this.words, SPEED_MILLI, 1000);
  }

  /** Shared memory the page can allocate; null when the page is not cross-origin isolated. */
  static shared(): ControlWords | null {
    if (typeof SharedArrayBuffer === 'undefined' || globalThis.crossOriginIsolated === false) return null;
    try {
      return new ControlWords(new SharedArrayBuffer(WORDS * 4));
    } catch {
      return null;
    }
  }

  get isShared(): boolean {
    return typeof SharedArrayBuffer !== 'undefined' && this.buffer instanceof SharedArrayBuffer;
  }

  get speed(): number {
    return Atomics.load(this.words, SPEED_MILLI) / 1000;
  }

  get paused(): boolean {
    return Atomics.load(this.words, PAUSED) === 1;
  }

  get interrupted(): boolean {
    return Atomics.load(this.words, INTERRUPT) === 1;
  }

  setSpeed(speed: number): void {
    if (!Number.isFinite(speed) || speed <= 0) return;
    Atomics.store(this.words, SPEED_MILLI, Math.round(speed * 1000));
    this.wake();
  }

  setPaused(paused: boolean): void {
    Atomics.store(this.words, PAUSED, paused ? 1 : 0);
    this.wake();
  }

  /** Asks for `ms` of virtual time at once (the worker applies it with `takeSkip`). */
  skip(ms: number): void {
    Atomics.add(this.words, SKIP_MS, Math.max(0, Math.round(ms)));
    this.wake();
  }

  /** The skip asked for since the last call, now applied by the caller. */
  takeSkip(): number {
    return Atomics.exchange(this.words, SKIP_MS, 0);
  }

  /** Ctrl-C: the running command should stop. */
  interrupt(): void {
    Atomics.store(this.words, INTERRUPT, 1);
    this.wake();
  }

  /** A new command starts uninterrupted (the page clears the word before sending it). */
  clearInterrupt(): void {
    Atomics.store(this.words, INTERRUPT, 0);
  }

  /** The current WAKE value, to pass to waitForChange. */
  get generation(): number {
    return Atomics.load(this.words, WAKE);
  }

  /** Blocks (worker only) until a control changes after `generation` was read, or `ms` pass. */
  waitForChange(generation: number, ms: number): void {
    Atomics.wait(this.words, WAKE, generation, Math.max(0, ms));
  }

  private wake(): void {
    Atomics.add(this.words, WAKE, 1);
    if (this.isShared) Atomics.notify(this.words, WAKE);
  }
}
