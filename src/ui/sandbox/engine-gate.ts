/**
 * Between the worker's `self` and the engine (sandbox.worker.ts): the engine is a chunk that is
 * still loading when the first messages come, and a line must not run before the parts loaded
 * after the prompt (engine-parts.ts) are there. Messages reach the engine in the order they came;
 * a `run` waits for the parts (and everything after it waits behind it). If the parts could not be
 * loaded, the line runs anyway: only the command that needs a missing part reports it.
 */
import type { PageMessage } from './protocol';

export interface Receiver {
  receive(message: PageMessage): unknown;
}

export class EngineGate {
  private inOrder: Promise<void> = Promise.resolve();

  constructor(
    private readonly engine: Promise<Receiver | undefined>,
    private readonly parts: () => Promise<void>,
  ) {}

  /** Resolves when the message has been handed to the engine. */
  receive(message: PageMessage): Promise<void> {
    this.inOrder = this.inOrder.then(async () => {
      const engine = await this.engine;
      if (message.type === 'run') await this.parts().catch(() => undefined);
      void engine?.receive(message);
    });
    return this.inOrder;
  }
}
