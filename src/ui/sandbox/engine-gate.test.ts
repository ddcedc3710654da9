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

  it('makes a completion, the describe panel, a reset and a check wait for the parts too; nothing else', async () => {
    const seen: string[] = [];
    const parts = deferred<void>();
    const gate = new EngineGate(Promise.resolve({ receive: (m: PageMessage) => void seen.push(m.type) }), () => parts.promise);
    await gate.receive({ type: 'control', action: { kind: 'pause' } });
    await gate.receive({ type: 'persist' });
    void gate.receive({ type: 'complete', seq: 1, line: 'kub', cursor: 3 });
    void gate.receive({ type: 'describe', seq: 2, namespace: 'default', name: 'web' });
    void gate.receive({ type: 'reset', seq: 3 });
    void gate.receive({ type: 'lab-check', seq: 4 });
    await tick();
    expect(seen).toEqual(['control', 'persist']);
    parts.resolve();
    await gate.receive(columns(100));
    expect(seen).toEqual(['control', 'persist', 'complete', 'describe', 'reset', 'lab-check', 'columns']);
  });

  it('starts loading the parts on `warm`, at once and without passing it on', async () => {
    const seen: string[] = [];
    let asked = 0;
    const engine = deferred<{ receive(m: PageMessage): void }>();
    const gate = new EngineGate(engine.promise, async () => void asked++);
    void gate.receive({ type: 'warm' });
    expect(asked).toBe(1);
    engine.resolve({ receive: (m) => void seen.push(m.type) });
    await gate.receive(columns(80));
    expect(seen).toEqual(['columns']);
  });

  it('drops messages when the engine failed to load (the failure was reported)', async () => {
    const gate = new EngineGate(Promise.resolve(undefined), async () => undefined);
    await expect(gate.receive(run(1))).resolves.toBeUndefined();
  });
});
