/**
 * The first thing a sandbox does, before the rest of its page code has loaded: start its worker and
 * ask for the cluster, so booting the engine overlaps loading mount-sandbox.ts (loaded after).
 */
import { ControlWords } from './control-words';
import type { SandboxStrings } from './strings';
import { startWorker, WorkerClient } from './worker-client';

export interface SandboxConfig {
  id: string;
  seed: number;
  fixture: string;
  lab: string;
  bootUrl: string;
  words: SandboxStrings;
  /** Shared memory for the control words, when the page is cross-origin isolated. */
  isolated: boolean;
}

export interface StartedWorker {
  client: WorkerClient;
  controlWords: ControlWords | null;
}

/**
 * Starts the engine for one sandbox at once (or adopts the worker the inline script first in
 * <head> started, early-workers.ts): the worker boots the cluster while the page is still loading
 * the terminal's code (mountSandbox). Messages it sends meanwhile are kept for later. An adopted
 * worker already knows its id and boot URL; `init` tells it everything, as to any other.
 */
export function startEngine(root: HTMLElement, config: SandboxConfig): StartedWorker {
  const worker = startWorker({ id: config.id, bootUrl: config.bootUrl });
  const client = new WorkerClient(worker.port, worker.replacement);
  root.dataset['workerCreated'] = worker.createdAt.toFixed(1);
  const controlWords = config.isolated ? ControlWords.shared() : null;
  client.send({
    type: 'init',
    id: config.id,
    seed: config.seed,
    fixture: config.fixture,
    lab: config.lab,
    bootUrl: config.bootUrl,
    control: (controlWords?.buffer as SharedArrayBuffer | undefined) ?? null,
    columns: 80,
  });
  addEventListener('pagehide', () => client.send({ type: 'persist' }));
  return { client, controlWords };
}

