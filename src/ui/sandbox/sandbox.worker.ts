/**
 * The sandbox's Web Worker: the engine (cluster, kubectl, shells) runs here so that the page stays
 * responsive whatever is typed. Bundled by Vite from `new Worker(new URL('./sandbox.worker.ts', …))`
 * in worker-client.ts. All the logic is in engine-host.ts; this file connects it to `self`.
 *
 * This file is small on purpose, and the engine is a chunk it imports: the worker starts at once,
 * opens IndexedDB and, as soon as it knows its sandbox — from its name (worker-hint.ts: the
 * page's first script created it, before the page's module script has even run), else from `init`
 * — reads its saved record (or fetches the pre-booted snapshot) while the engine is still being
 * fetched and compiled (early-io.ts). `init` always comes and always wins. Messages
 * reach the engine in the order they came. The commands and what only they need (engine-parts.ts)
 * load when the page says the learner is about to type (`warm`), or when a line needs them; the
 * line waits for them (engine-gate.ts).
 */
import { EarlyIo, fetchText } from './early-io';
import { EngineGate } from './engine-gate';
import type { EngineHost } from './engine-host';
import type { PageMessage, StartupMarks, WorkerMessage } from './protocol';
import { openIndexedDbStore, type SandboxStore } from './sandbox-store';
import { hintOfWorkerName } from './worker-hint';

interface WorkerScope {
  /** The Worker's `name` option. */
  name?: unknown;
  postMessage(message: WorkerMessage): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<PageMessage>) => void): void;
}

const scope = self as unknown as WorkerScope;
/** Start-up steps, for the benchmark (e2e/bench.e2e.ts). */
const epochNow = (): number => performance.timeOrigin + performance.now();
const marks: Partial<StartupMarks> = { entry: epochNow() };
/** The IndexedDB store, its opening and first read marked. */
async function openStore(): Promise<SandboxStore | null> {
  if (typeof indexedDB === 'undefined') return null;
  const store = await openIndexedDbStore().finally(() => (marks.store ??= epochNow()));
  return { ...store, load: (key) => store.load(key).finally(() => (marks.record ??= epochNow())) };
}
const io = new EarlyIo(openStore, (url) => fetchText(url).finally(() => (marks.snapshot ??= epochNow())));
const hint = hintOfWorkerName(typeof scope.name === 'string' ? scope.name : '');
if (hint) io.expect(hint.id, hint.bootUrl);

let parts: Promise<void> | undefined;
/** Loads the rest of the engine once; after a failed load (offline), the next line tries again. */
const loadParts = (): Promise<void> =>
  // engine-parts.ts is part of the engine's chunk (the engine uses it too): imported, not bundled here,
  // or this entry would wait for the whole engine before it could start the early I/O.
  (parts ??= import('./engine-parts').then(({ loadEngineParts }) => loadEngineParts()).catch((error: unknown) => {
    parts = undefined;
    throw error;
  }));

const post = (message: WorkerMessage): void => scope.postMessage(message);
let onInit: () => void = () => undefined;
const initReceived = new Promise<void>((resolve) => (onInit = resolve));

const host: Promise<EngineHost | undefined> = import('./engine-host').then(
  ({ EngineHost }) => {
    marks.engine = epochNow();
    return new EngineHost({
      post,
      wallNow: () => performance.now(),
      wallClock: () => performance.timeOrigin + performance.now(),
      startedAt: performance.timeOrigin,
      startupMarks: () => marks,
      every: (ms, run) => {
        const id = setInterval(run, ms);
        return () => clearInterval(id);
      },
      after: (ms, run) => {
        const id = setTimeout(run, ms);
        return () => clearTimeout(id);
      },
      openStore: () => io.store(),
      fetchText: (url) => io.text(url),
    });
  },
  (error: unknown) => {
    // Said once the page listens: an early worker may fail before the page has adopted it, and
    // the page sends `init` only after it attached its listeners.
    void initReceived.then(() => post({ type: 'notice', kind: 'engine-error', detail: `the engine could not be loaded: ${error instanceof Error ? error.message : String(error)}` }));
    return undefined;
  },
);

const gate = new EngineGate(host, loadParts);
scope.addEventListener('message', ({ data }) => {
  // The I/O the engine will ask for first starts now, while the engine is still loading.
  if (data.type === 'init') {
    marks.initReceived ??= epochNow();
    io.expect(data.id, data.bootUrl);
    onInit();
  }
  void gate.receive(data);
});
