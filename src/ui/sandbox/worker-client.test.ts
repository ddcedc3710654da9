import { afterEach, describe, expect, it, vi } from 'vitest';
import { dropEarlyWorkers, startWorker, WorkerClient, type EarlyWorker, type WorkerPort } from './worker-client';
import { hintOfWorkerName, workerName } from './worker-hint';

function port(): WorkerPort & { ended: boolean } {
  return {
    ended: false,
    postMessage: () => undefined,
    addEventListener: () => undefined,
    terminate() {
      this.ended = true;
    },
  };
}

const early = (id: string, at: number): EarlyWorker => ({ name: workerName({ id, bootUrl: `/boot/${id}.json` }), worker: port(), at });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('startWorker', () => {
  it('adopts the early workers in page order, each for its own sandbox', () => {
    const list = [early('a', 10), early('a#2', 11)];
    const [first, second] = list;
    const a = startWorker({ id: 'a', bootUrl: '/boot/a.json' }, list);
    const b = startWorker({ id: 'a#2', bootUrl: '/boot/a#2.json' }, list);
    expect([a.port, a.createdAt]).toEqual([first?.worker, 10]);
    expect([b.port, b.createdAt]).toEqual([second?.worker, 11]);
    expect(typeof a.replacement).toBe('function');
    expect(list).toEqual([]);
  });

  it('starts a worker told what it serves when none was made for the sandbox, and leaves the others', () => {
    const created: { url: string; options: WorkerOptions | undefined }[] = [];
    vi.stubGlobal(
      'Worker',
      class {
        constructor(url: URL, options?: WorkerOptions) {
          created.push({ url: String(url), options });
        }
      },
    );
    const list = [early('other', 10)];
    startWorker({ id: 'mine', bootUrl: '/boot/1.json' }, list);
    expect(created).toHaveLength(1);
    expect(created[0]?.url.endsWith('/sandbox.worker.ts')).toBe(true);
    expect(created[0]?.options?.type).toBe('module');
    expect(hintOfWorkerName(created[0]?.options?.name ?? '')).toEqual({ id: 'mine', bootUrl: '/boot/1.json' });
    expect(list).toHaveLength(1);
    dropEarlyWorkers(list);
    expect(list).toEqual([]);
  });

  it('replaces an early worker that failed before the page adopted it (its script did not load)', () => {
    const created: string[] = [];
    vi.stubGlobal(
      'Worker',
      class {
        constructor(url: URL) {
          created.push(String(url));
        }
      },
    );
    const failed = { ...early('mine', 10), failed: true };
    const list = [failed];
    const started = startWorker({ id: 'mine', bootUrl: '/boot/1.json' }, list);
    expect(created).toHaveLength(1);
    expect(started.port).not.toBe(failed.worker);
    expect((failed.worker as ReturnType<typeof port>).ended).toBe(true);
    expect(list).toEqual([]);
  });

  it('ends the early workers no sandbox adopted', () => {
    const list = [early('x', 1), early('y', 2)];
    const ports = list.map((e) => e.worker as ReturnType<typeof port>);
    dropEarlyWorkers(list);
    expect(ports.map((p) => p.ended)).toEqual([true, true]);
  });
});

/** A port that records what is sent and lets the test fire its events. */
function scriptedPort() {
  const handlers: Record<string, ((event: unknown) => void)[]> = {};
  const sent: unknown[] = [];
  const p = {
    sent,
    ended: false,
    postMessage: (m: unknown) => void sent.push(m),
    addEventListener: (type: string, h: (event: unknown) => void) => void (handlers[type] ??= []).push(h),
    terminate() {
      p.ended = true;
    },
    fire: (type: string, event: unknown) => handlers[type]?.forEach((h) => h(event)),
  };
  return p;
}

describe('WorkerClient', () => {
  it('replaces a worker that fails before it ever answered, sending it everything again', () => {
    const first = scriptedPort();
    const second = scriptedPort();
    const client = new WorkerClient(first as unknown as WorkerPort, () => second as unknown as WorkerPort);
    const notices: unknown[] = [];
    client.on('notice', (m) => notices.push(m));
    client.send({ type: 'persist' });
    first.fire('error', { message: '' });
    expect(first.ended).toBe(true);
    expect(second.sent).toEqual([{ type: 'persist' }]);
    expect(notices).toEqual([]);
    // Once it has answered, a failure is reported rather than replaced.
    second.fire('message', { data: { type: 'notice', kind: 'info', detail: 'up' } });
    second.fire('error', { message: 'boom' });
    expect(notices).toEqual([{ type: 'notice', kind: 'info', detail: 'up' }, { type: 'notice', kind: 'engine-error', detail: 'boom' }]);
  });

  it('reports the failure of a worker with no replacement', () => {
    const only = scriptedPort();
    const client = new WorkerClient(only as unknown as WorkerPort);
    const notices: unknown[] = [];
    client.on('notice', (m) => notices.push(m));
    only.fire('error', { message: '' });
    expect(notices).toEqual([{ type: 'notice', kind: 'engine-error', detail: 'the worker failed to start' }]);
  });
});
