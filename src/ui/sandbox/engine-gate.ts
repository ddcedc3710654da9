/**
 * Between the worker's `self` and the engine (sandbox.worker.ts): the engine is a chunk that is
 * still loading when the first messages come, and what needs the commands (a line, a completion,
 * the describe panel, a reset, a lab's check) must not reach it before the parts loaded on demand
 * (engine-parts.ts) are there. Messages reach the engine in the order they came; one that needs the
 * parts waits for them, and everything after it waits behind it. `warm` only starts the loading. If
 * the parts could not be loaded, the message goes on anyway and the engine says what is missing.
 */
import type { PageMessage } from './protocol';

export interface Receiver {
  receive(message: PageMessage): unknown;
}

const NEEDS_PARTS: ReadonlySet<PageMessage['type']> = new Set(['run', 'complete', 'describe', 'reset', 'lab-check']);

export class EngineGate {
  private inOrder: Promise<void> = Promise.resolve();

  constructor(
    private readonly engine: Promise<Receiver | undefined>,
    private readonly parts: () => Promise<void>,
  ) {}

  /** Resolves when the message has been handed to the engine. */
  receive(message: PageMessage): Promise<void> {
    // Not in order: the loading starts now, whatever the engine is busy with.
    if (message.type === 'warm') {
      void this.parts().catch(() => undefined);
      return this.inOrder;
    }
    this.inOrder = this.inOrder.then(async () => {
      const engine = await this.engine;
      if (NEEDS_PARTS.has(message.type)) await this.parts().catch(() => undefined);
      void engine?.receive(message);
    });
    return this.inOrder;
  }
}
