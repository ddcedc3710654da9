/**
 * The cluster's one virtual clock. Nothing in the simulation reads real time: timers are plain data
 * (a type and a payload) so the clock, with every pending timer, fits in a snapshot; the cluster
 * dispatches each fired timer to the handler registered for its type.
 */
export interface Timer {
  id: number;
  at: number;
  type: string;
  payload: unknown;
  /** Background timers (heartbeats, periodic syncs) never keep `runUntilQuiet` going. */
  background: boolean;
}

export interface ClockState {
  now: number;
  nextId: number;
  timers: Timer[];
}

export class VirtualClock {
  private current: number;
  private nextId: number;
  /** A binary min-heap ordered by (at, id): equal times fire in the order they were set. */
  private heap: Timer[] = [];
  /** Timers not yet fired nor cancelled; heap entries missing from here are skipped. */
  private live = new Map<number, Timer>();
  private foregroundCount = 0;

  constructor(state: ClockState) {
    this.current = state.now;
    this.nextId = state.nextId;
    for (const t of state.timers) this.push({ ...t });
  }

  now(): number {
    return this.current;
  }

  schedule(at: number, type: string, payload: unknown, background = false): number {
    const timer: Timer = { id: this.nextId++, at: Math.max(at, this.current), type, payload, background };
    this.push(timer);
    return timer.id;
  }

  after(delayMs: number, type: string, payload: unknown, background = false): number {
    return this.schedule(this.current + delayMs, type, payload, background);
  }

  cancel(id: number): void {
    const timer = this.live.get(id);
    if (!timer) return;
    this.live.delete(id);
    if (!timer.background) this.foregroundCount--;
  }

  /** When the next live timer is due, or undefined when none is pending. */
  peek(): number | undefined {
    this.dropCancelledTop();
    return this.heap[0]?.at;
  }

  hasForegroundTimers(): boolean {
    return this.foregroundCount > 0;
  }

  /** Removes and returns the next timer due at or before `until`, moving the clock to its time. */
  popDue(until: number): Timer | undefined {
    this.dropCancelledTop();
    const top = this.heap[0];
    if (!top || top.at > until) return undefined;
    this.pop();
    this.live.delete(top.id);
    if (!top.background) this.foregroundCount--;
    if (top.at > this.current) this.current = top.at;
    return top;
  }

  /** Moves time forward without firing anything (callers fire due timers first). */
  advanceTo(ms: number): void {
    if (ms > this.current) this.current = ms;
  }

  /** Moves now and every pending timer by `delta`: time that passed with nothing happening. */
  shift(delta: number): void {
    this.current += delta;
    for (const t of this.heap) t.at += delta;
  }

  state(): ClockState {
    const timers = [...this.live.values()]
      .sort((a, b) => a.at - b.at || a.id - b.id)
      .map((t) => ({ ...t }));
    return { now: this.current, nextId: this.nextId, timers };
  }

  private dropCancelledTop(): void {
    while (this.heap.length > 0 && !this.live.has((this.heap[0] as Timer).id)) this.pop();
  }

  private push(timer: Timer): void {
    this.live.set(timer.id, timer);
    if (!timer.background) this.foregroundCount++;
    // Sifted by moving the hole, not by swapping through array literals (an allocation per step
    // wherever V8 has not optimised this yet; thousands of pods set timers).
    const h = this.heap;
    let i = h.length;
    h.push(timer);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = h[parent] as Timer;
      if (!before(timer, p)) break;
      h[i] = p;
      i = parent;
    }
    h[i] = timer;
  }

  private pop(): void {
    const h = this.heap;
    const last = h.pop();
    if (h.length === 0 || !last) return;
    h[0] = last;
    const n = h.length;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = -1;
      let best = last;
      if (l < n && before(h[l] as Timer, best)) {
        m = l;
        best = h[l] as Timer;
      }
      if (r < n && before(h[r] as Timer, best)) {
        m = r;
        best = h[r] as Timer;
      }
      if (m < 0) break;
      h[i] = best;
      i = m;
    }
    h[i] = last;
  }
}

function before(a: Timer, b: Timer): boolean {
  return a.at < b.at || (a.at === b.at && a.id < b.id);
}
