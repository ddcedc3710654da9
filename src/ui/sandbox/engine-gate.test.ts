import { describe, expect, it } from 'vitest';
import { EngineGate } from './engine-gate';
import type { PageMessage } from './protocol';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

const run = (seq: number): PageMessage => ({ type: 'run', seq, line: `line ${seq}`, history: [] });
const columns = (n: number): PageMessage => ({ type: 'columns', columns: n });
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('EngineGate', () => {
  it('keeps messages until the engine has loaded, then hands them over in order', async () => {
    const seen: string[] = [];
    const engine = deferred<{ receive(m: PageMessage): void }>();
    const gate = new EngineGate(engine.promise, async () => undefined);
    void gate.receive(columns(80));
    void gate.receive(run(1));
    await tick();
    expect(seen).toEqual([]);
    engine.resolve({ receive: (m) => void seen.push(m.type) });
    await gate.receive(columns(100));
    expect(seen).toEqual(['columns', 'run', 'columns']);
  });

  it('runs a line only once the parts are loaded; what came after waits behind it', async () => {
    const seen: string[] = [];
    const parts = deferred<void>();
    const gate = new EngineGate(Promise.resolve({ receive: (m: PageMessage) => void seen.push(m.type) }), () => parts.promise);
    await gate.receive(columns(80));
    void gate.receive(run(1));
    void gate.receive(columns(90));
    await tick();
    expect(seen).toEqual(['columns']);
    parts.resolve();
    await gate.receive(columns(100));
    expect(seen).toEqual(['columns', 'run', 'columns', 'columns']);
  });

  it('runs the line even when the parts could not be loaded', async () => {
    const seen: string[] = [];
    const gate = new EngineGate(Promise.resolve({ receive: (m: PageMessage) => void seen.push(m.type) }), () => Promise.reject(new Error('offline')));
    await gate.receive(run(1));
    expect(seen).toEqual(['run']);
  });

  it('drops messages when the engine failed to load (the failure was reported)', async () => {
    const gate = new EngineGate(Promise.resolve(undefined), async () => undefined);
    await expect(gate.receive(run(1))).resolves.toBeUndefined();
  });
});
