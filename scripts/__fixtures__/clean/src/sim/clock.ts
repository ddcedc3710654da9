// @ts-nocheck: a fixture for scripts/check-layers.test.ts, read as text and never compiled.
import type { Pod } from 'kubernetes-types/core/v1';
import { pad } from '../lib/text';
export type { ObjectMeta } from 'kubernetes-types/meta/v1';
export { seeded } from './random';

/** The virtual clock. Its own setTimeout is a method declaration, not a call of the real timer. */
export class VirtualClock {
  private nowMs = 0;
  private readonly queue: Array<{ at: number; run: () => void }> = [];

  setTimeout(run: () => void, ms: number): void {
    this.queue.push({ at: this.nowMs + ms, run });
  }

  now(): Date {
    return new Date(this.nowMs);
  }
}

export function podLine(pod: Pod, clock: VirtualClock): string {
  clock.setTimeout(() => undefined, 10);
  return pad(pod.metadata?.name ?? '', 20) + clock.now().toISOString();
}
