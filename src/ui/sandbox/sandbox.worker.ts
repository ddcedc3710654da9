/**
 * The sandbox's Web Worker: the engine (cluster, kubectl, shells) runs here so that the page stays
 * responsive whatever is typed. Bundled by Vite from `new Worker(new URL('./sandbox.worker.ts', …))`
 * in worker-client.ts. All the logic is in engine-host.ts; this file only connects it to `self`.
 */
import { EngineHost } from './engine-host';
import type { PageMessage, WorkerMessage } from './protocol';
import { openIndexedDbStore } from './sandbox-store';

interface WorkerScope {
  postMessage(message: WorkerMessage): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<PageMessage>) => void): void;
}

const scope = self as unknown as WorkerScope;

const host = new EngineHost({
  post: (message) => scope.postMessage(message),
  wallNow: () => performance.now(),
  wallClock: () => performance.timeOrigin + performance.now(),
  startedAt: performance.timeOrigin,
  every: (ms, run) => {
    const id = setInterval(run, ms);
    return () => clearInterval(id);
  },
  after: (ms, run) => {
    const id = setTimeout(run, ms);
    return () => clearTimeout(id);
  },
  openStore: () => (typeof indexedDB === 'undefined' ? Promise.resolve(null) : openIndexedDbStore()),
  fetchText: async (url) => {
    try {
      const response = await fetch(url);
      return response.ok ? await response.text() : undefined;
    } catch {
      return undefined;
    }
  },
});

scope.addEventListener('message', (event) => void host.receive(event.data));
