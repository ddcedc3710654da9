/**
 * The page's end of the worker (protocol.ts): starts the Web Worker, sends messages, matches
 * answers to requests by `seq`, and hands everything else to listeners by type. Messages that
 * arrive before anyone listens for their type are kept and handed to the first listener: the
 * worker starts before the terminal's code has even loaded.
 */
import type { PageMessage, WorkerMessage } from './protocol';
import { hintOfWorkerName, workerName, type SandboxHint } from './worker-hint';

type Answer = Extract<WorkerMessage, { seq: number }>;
type Request = Extract<PageMessage, { seq: number }>;
type Listener<T extends WorkerMessage['type']> = (message: Extract<WorkerMessage, { type: T }>) => void;

export interface WorkerPort {
  postMessage(message: PageMessage): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerMessage>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  terminate(): void;
}

/** A worker the inline script first in <head> created (early-workers.ts), its name, and when (performance.now()). */
export interface EarlyWorker {
  name: string;
  worker: WorkerPort;
  at: number;
  /** Its error event fired before the page adopted it (its script could not be loaded). */
  failed?: boolean;
}

/**
 * The sandbox's worker, and when it was created (performance.now()): the early one created for
 * this sandbox if there is one (they come in page order; one made for another id is left alone),
 * else a new one, told at once what it serves like the early ones.
 */
export function startWorker(hint: SandboxHint, early: EarlyWorker[] = earlyWorkers()): { port: WorkerPort; createdAt: number; replacement?: () => WorkerPort } {
  const index = early.findIndex((candidate) => hintOfWorkerName(candidate.name)?.id === hint.id);
  const [adopted] = index === -1 ? [] : early.splice(index, 1);
  // An adopted early worker may still turn out not to load (its error event can come after the
  // page took it over): the client then starts this replacement.
  if (adopted && !adopted.failed) return { port: adopted.worker, createdAt: adopted.at, replacement: () => newWorker(hint) };
  // A failed early worker is replaced: this one's errors reach the page's listeners, which report them.
  adopted?.worker.terminate();
  return { port: newWorker(hint), createdAt: performance.now() };
}

/** Ends the early workers no sandbox adopted (the page's sandboxes differ from the built ones'). */
export function dropEarlyWorkers(early: EarlyWorker[] = earlyWorkers()): void {
  for (const unused of early.splice(0)) unused.worker.terminate();
}

function earlyWorkers(): EarlyWorker[] {
  return (globalThis as { kubedojoEarlyWorkers?: EarlyWorker[] }).kubedojoEarlyWorkers ?? [];
}

function newWorker(hint: SandboxHint): WorkerPort {
  // Vite sees this exact shape and bundles the worker with its imports.
  return new Worker(new URL('./sandbox.worker.ts', import.meta.url), { type: 'module', name: workerName(hint) });
}

export class WorkerClient {
  private seq = 0;
  private readonly waiting = new Map<number, (answer: Answer) => void>();
  private readonly listeners = new Map<string, Set<(message: WorkerMessage) => void>>();
  private readonly unheard = new Map<string, WorkerMessage[]>();
  /** Everything sent before the worker first spoke: a replacement worker is sent it again. */
  private unanswered: PageMessage[] | undefined = [];

  /**
   * `replacement`: a worker to start instead if this one fails before it ever answers (an adopted
   * early worker whose script did not load); without one, the failure is reported.
   */
  constructor(
    private port: WorkerPort,
    private replacement?: () => WorkerPort,
  ) {
    this.listen(port);
  }

  private listen(port: WorkerPort): void {
    port.addEventListener('message', (event) => {
      if (port !== this.port) return;
      this.unanswered = undefined;
      this.dispatch(event.data);
    });
    port.addEventListener('error', (event) => {
      if (port !== this.port) return;
      const replace = this.replacement;
      if (this.unanswered && replace) {
        this.replacement = undefined;
        port.terminate();
        this.port = replace();
        this.listen(this.port);
        for (const message of this.unanswered) this.port.postMessage(message);
        return;
      }
      this.dispatch({ type: 'notice', kind: 'engine-error', detail: event.message || 'the worker failed to start' });
    });
  }

  send(message: PageMessage): void {
    this.post(message);
  }

  private post(message: PageMessage): void {
    this.unanswered?.push(message);
    this.port.postMessage(message);
  }

  /** Sends a request and resolves with its answer (the message with the same seq). */
  request<T extends Answer>(message: DistributiveOmit<Request, 'seq'>): Promise<T> {
    const seq = ++this.seq;
    return new Promise<T>((resolve) => {
      this.waiting.set(seq, (answer) => resolve(answer as T));
      this.post({ ...message, seq } as PageMessage);
    });
  }

  on<T extends WorkerMessage['type']>(type: T, listener: Listener<T>): void {
    let set = this.listeners.get(type);
    if (!set) this.listeners.set(type, (set = new Set()));
    set.add(listener as (message: WorkerMessage) => void);
    const kept = this.unheard.get(type);
    this.unheard.delete(type);
    for (const message of kept ?? []) listener(message as Extract<WorkerMessage, { type: T }>);
  }

  /** Resolves with the next message of `type`. */
  next<T extends WorkerMessage['type']>(type: T): Promise<Extract<WorkerMessage, { type: T }>> {
    return new Promise((resolve) => {
      const once: Listener<T> = (message) => {
        this.listeners.get(type)?.delete(once as (message: WorkerMessage) => void);
        resolve(message);
      };
      this.on(type, once);
    });
  }

  terminate(): void {
    this.port.terminate();
  }

  private dispatch(message: WorkerMessage): void {
    if ('seq' in message) {
      const resolve = this.waiting.get(message.seq);
      this.waiting.delete(message.seq);
      resolve?.(message);
    }
    const listeners = this.listeners.get(message.type);
    if (listeners && listeners.size > 0) for (const listener of [...listeners]) listener(message);
    else if (!('seq' in message)) {
      const kept = this.unheard.get(message.type) ?? [];
      kept.push(message);
      // Only the latest few matter (a clock or a picture replaces the one before).
      this.unheard.set(message.type, kept.slice(-MAX_KEPT));
    }
  }
}

const MAX_KEPT = 20;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
