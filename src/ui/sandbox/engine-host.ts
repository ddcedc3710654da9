/**
 * The engine's side of a sandbox, as the Web Worker runs it (sandbox.worker.ts only connects it to
 * `self`). It answers the page's messages one at a time, moves the cluster with real time between
 * commands (ClockDriver) and during waits (RealTimeWait), posts the clock and the picture as the
 * cluster changes, and saves. Everything it needs from the environment is passed in, so Node tests
 * drive it with fakes.
 */
import type { Sandbox } from '../../sandbox';
import { loadedCommands } from '../../sandbox/command-source';
import { clusterPartsLoaded, loadClusterParts, loadEngineParts } from './engine-parts';
import type { OutputChunk } from '../../shell';
import { ClockDriver } from '../../sim/driver';
import { ControlWords } from './control-words';
import { bootSandbox, freshSandbox, type BootRequest, type HostOptions } from './engine-boot';
import { editorHook } from './engine-editor';
import { EngineSaver, recordOf } from './engine-saver';
import type { ClockState, InitMessage, PageMessage, StartupMarks, WorkerMessage } from './protocol';
import { RealTimeWait } from './realtime-wait';
import { loadedView, loadView } from './view-source';
import type { SandboxStore } from './sandbox-store';
import type { LabGrader } from './worker-lab';

/** What a line, a completion or the describe panel answers when the commands' chunk could not be fetched. */
export const COMMANDS_MISSING = 'kubedojo: the commands could not be loaded (are you offline?); try again\n';

/** Idle ticks: how often the cluster moves and the clock is posted between commands. */
export const TICK_MS = 200;
/** At most this many pictures a second. */
export const VIEW_EVERY_MS = 200;

export interface EngineEnv {
  post(message: WorkerMessage): void;
  /** Real monotonic milliseconds (performance.now). */
  wallNow(): number;
  /** Real epoch milliseconds (Date.now), only for naming set-aside records and startup timings. */
  wallClock(): number;
  /** Epoch ms when the worker started (performance.timeOrigin). */
  startedAt?: number;
  /** The worker's start-up steps so far, for the benchmark (sent with `ready`). */
  startupMarks?: () => Partial<StartupMarks>;
  every(ms: number, run: () => void): () => void;
  after(ms: number, run: () => void): () => void;
  openStore(): Promise<SandboxStore | null>;
  fetchText(url: string): Promise<string | undefined>;
}

export class EngineHost {
  private sandbox: Sandbox | undefined;
  private init: InitMessage | undefined;
  private controls = new ControlWords();
  private realTime = false;
  /** Waits are virtual while a fixture runs, and always without shared memory. */
  private virtual = false;
  private waiter: RealTimeWait | undefined;
  private driver: ClockDriver | undefined;
  private saver: EngineSaver | undefined;
  private history: string[] = [];
  private lastTick = 0;
  private lastView = { version: -1, at: -Infinity };
  private sink: ((chunk: OutputChunk) => void) | undefined;
  private queue: Promise<void> = Promise.resolve();
  /** The lab the sandbox is graded by (init.lab), if any, once its chunk is loaded. */
  private lab: LabGrader | undefined;
  private labLoading: Promise<LabGrader | undefined> | undefined;

  constructor(private readonly env: EngineEnv) {}

  /** Messages are handled strictly in order, each after the previous one (init is asynchronous). */
  receive(message: PageMessage): Promise<void> {
    this.queue = this.queue.then(() => this.handle(message)).catch((error: unknown) => {
      this.env.post({ type: 'notice', kind: 'engine-error', detail: error instanceof Error ? error.message : String(error) });
    });
    return this.queue;
  }

  private async handle(message: PageMessage): Promise<void> {
    if (message.type === 'init') return this.start(message);
    const sandbox = this.sandbox;
    if (!sandbox) return;
    switch (message.type) {
      case 'run':
        return this.run(sandbox, message.seq, message.line, message.history);
      case 'complete': {
        // The gate waited for the commands; if they could not be loaded there is nothing to offer.
        const c = loadedCommands()?.completeLine(sandbox, message.line, message.cursor) ?? { candidates: [], replaceFrom: message.cursor };
        return this.env.post({ type: 'completion', seq: message.seq, candidates: c.candidates, replaceFrom: c.replaceFrom, filenames: c.filenames === true });
      }
      case 'describe': {
        const kubectl = loadedCommands()?.kubectl;
        const r = kubectl ? kubectl(['describe', 'pod', message.name, '-n', message.namespace], { cluster: sandbox.cluster }) : { stdout: '', stderr: COMMANDS_MISSING };
        return this.env.post({ type: 'described', seq: message.seq, title: `pod/${message.name}`, text: r.stdout || r.stderr });
      }
      case 'control':
        if (!this.controls.isShared) this.applyControl(message.action);
        return this.tick();
      case 'columns':
        sandbox.columns = message.columns;
        return;
      case 'persist':
        return this.saver?.saveNow(this.record());
      case 'reset':
        return this.reset(message.seq);
      case 'lab-check':
        if (this.lab && this.canRun()) this.env.post({ type: 'lab-checked', seq: message.seq, results: this.lab.now(sandbox) });
        return;
    }
  }

  private async start(message: InitMessage): Promise<void> {
    const started = this.env.wallNow();
    const initAt = this.env.wallClock();
    this.init = message;
    if (message.lab.trim() !== '') {
      // Only a lab's sandbox loads grading (the checks, zod, kubectl): a chunk of its own, which the
      // prompt waits for only when the lab's starting cluster must be booted here.
      this.labLoading = import('./worker-lab').then(({ LabGrader, parseLab }) => {
        const lab = parseLab(message.lab);
        return lab ? new LabGrader(lab, (results) => this.env.post({ type: 'lab-status', results }), this.env.wallNow) : undefined;
      });
    }
    if (message.control) {
      this.controls = new ControlWords(message.control);
      this.realTime = true;
    }
    const store = await this.env.openStore().catch(() => null);
    const booted = await bootSandbox(this.bootRequest(store));
    if (booted.record) {
      // The speed controls as the learner left them (the page learns them from `ready`).
      this.history = booted.record.history;
      this.controls.setSpeed(booted.record.speed);
      this.controls.setPaused(booted.record.paused);
    }
    this.adopt(booted.sandbox);
    this.saver = new EngineSaver(store, message.id, {
      wallNow: this.env.wallNow,
      wallClock: this.env.wallClock,
      after: this.env.after,
      onSaved: () => this.env.post({ type: 'saved' }),
      onFailed: (detail) => this.env.post({ type: 'notice', kind: 'storage-failed', detail }),
    });
    if (!store) this.env.post({ type: 'notice', kind: 'storage-failed', detail: 'IndexedDB is not available' });
    for (const n of booted.notices) this.env.post({ type: 'notice', ...n });
    if (!this.realTime) this.env.post({ type: 'notice', kind: 'instant-waits', detail: '' });
    const sandbox = booted.sandbox;
    sandbox.columns = message.columns;
    this.env.post({
      type: 'ready',
      prompt: sandbox.prompt(),
      history: this.history,
      aliases: aliasesOf(sandbox),
      clock: this.clockState(),
      origin: booted.origin,
      realTime: this.realTime,
      bootMs: this.env.wallNow() - started,
      timings: { ...this.env.startupMarks?.(), workerStart: this.env.startedAt ?? initAt, init: initAt, ready: this.env.wallClock() },
    });
    this.postView(true);
    // What the running cluster needs and its restore did not (engine-parts.ts): the clock waits for
    // it, and catches up at once when it is here (before any line, which waits for it too).
    void loadClusterParts().then(() => this.receiveTick(), () => undefined);
    this.lastTick = this.env.wallNow();
    this.env.every(TICK_MS, () => void this.receiveTick());
    if (this.labLoading) {
      // Grading runs commands (commandOutput checks run them on a copy of the cluster): a lab's page
      // loads them right after the prompt.
      this.lab = await this.labLoading;
      await loadEngineParts();
      this.grade(sandbox);
    }
  }

  /** Grades the lab now, if there is one and the commands its checks may run are loaded. */
  private grade(sandbox: Sandbox): void {
    if (this.canRun()) this.lab?.now(sandbox);
  }

  /** Whether a line can run: the commands are loaded, and what the cluster needs to run. */
  private canRun(): boolean {
    return loadedCommands() !== undefined && clusterPartsLoaded();
  }

  private bootRequest(store: SandboxStore | null): BootRequest {
    const init = this.init as InitMessage;
    const options: HostOptions = {
      clock: (cluster) => {
        this.waiter = new RealTimeWait({ cluster, controls: this.controls, wallNow: this.env.wallNow, onSlice: () => this.whileBlocked() });
        const waiter = this.waiter;
        return { now: () => cluster.now(), sleep: (ms) => (this.virtual || !this.realTime ? cluster.advance(Math.max(0, ms)) : waiter.sleep(ms)) };
      },
      // A Ctrl-C left over from the learner's last command must not cut a fixture short.
      interrupted: () => !this.virtual && this.controls.interrupted,
      editor: editorHook({ realTime: () => this.realTime && !this.virtual, post: this.env.post, wait: () => this.waiter }),
      onOutput: (chunk) => this.sink?.(chunk),
      // In the browser an endless watch runs until Ctrl-C, as in a real terminal.
      ...(this.realTime ? { watchLimitMs: Infinity } : {}),
    };
    const virtually = <T>(work: () => T): T => {
      this.virtual = true;
      try {
        return work();
      } finally {
        this.virtual = false;
      }
    };
    const labLoading = this.labLoading;
    return {
      id: init.id,
      seed: init.seed,
      fixture: init.fixture,
      bootUrl: init.bootUrl,
      store,
      fetchText: this.env.fetchText,
      options,
      wallClock: this.env.wallClock,
      virtually,
      // A lab starts from its own state (manifests, setup), not from a bare cluster.
      ...(labLoading
        ? {
            boot: async () => {
              const lab = await labLoading;
              if (!lab) throw new Error('the lab given to the sandbox has no tasks');
              return virtually(() => lab.boot(options));
            },
          }
        : {}),
    };
  }

  private adopt(sandbox: Sandbox): void {
    this.sandbox = sandbox;
    this.driver = new ClockDriver(sandbox.cluster, { speed: this.controls.speed, paused: this.controls.paused });
    this.lastView = { version: -1, at: -Infinity };
  }

  private run(sandbox: Sandbox, seq: number, line: string, history: string[]): void {
    this.history = history;
    let streamed = false;
    this.sink = (chunk) => {
      streamed = true;
      this.env.post({ type: 'output', fd: chunk.fd, text: chunk.text });
    };
    let result: { output: string; exitCode: number; closed: boolean };
    try {
      // Without its commands every line would say "command not found": say what is wrong instead.
      result = this.canRun() ? sandbox.run(line) : { output: COMMANDS_MISSING, exitCode: 1, closed: false };
    } catch (error) {
      // The engine must never take the terminal down with it: report, and give the prompt back.
      const detail = error instanceof Error ? error.message : String(error);
      this.env.post({ type: 'notice', kind: 'engine-error', detail });
      result = { output: `kubedojo: internal error: ${detail}\n`, exitCode: 1, closed: false };
    } finally {
      this.sink = undefined;
    }
    this.lastTick = this.env.wallNow();
    this.env.post({ type: 'ran', seq, output: streamed ? '' : result.output, exitCode: result.exitCode, closed: result.closed, prompt: sandbox.prompt(), aliases: aliasesOf(sandbox) });
    this.postView(true);
    this.env.post({ type: 'clock', clock: this.clockState() });
    this.grade(sandbox);
    this.saver?.afterCommand(() => this.record());
  }

  private async reset(seq: number): Promise<void> {
    await this.saver?.forget();
    const store = null; // a reset never reads the saved cluster
    const fresh = await freshSandbox(this.bootRequest(store));
    this.adopt(fresh.sandbox);
    fresh.sandbox.columns = this.init?.columns ?? 80;
    this.lastTick = this.env.wallNow();
    this.env.post({ type: 'reset-done', seq, prompt: fresh.sandbox.prompt(), clock: this.clockState() });
    this.postView(true);
    this.grade(fresh.sandbox);
  }

  private receiveTick(): Promise<void> {
    // Through the queue, so a tick never lands in the middle of an asynchronous message.
    this.queue = this.queue.then(() => this.tick());
    return this.queue;
  }

  /** Between commands: the cluster follows real time at the chosen speed. */
  private tick(): void {
    const { sandbox, driver } = this;
    if (!sandbox || !driver) return;
    if (!clusterPartsLoaded()) {
      // Not yet (or the load failed: try again). The real time since the last tick is applied once
      // they are here, so the cluster's time is the same as if it had moved all along.
      void loadClusterParts().catch(() => undefined);
      return;
    }
    const now = this.env.wallNow();
    const wall = now - this.lastTick;
    this.lastTick = now;
    if (this.controls.paused) driver.pause();
    else driver.resume();
    driver.setSpeed(this.controls.speed);
    const skip = this.controls.takeSkip();
    if (skip > 0) driver.skip(skip);
    driver.tick(wall);
    this.env.post({ type: 'clock', clock: this.clockState() });
    this.postView(false);
    if (this.canRun()) this.lab?.tick(sandbox);
    this.saver?.tick(sandbox, () => this.record());
  }

  /** During a wait inside a command: the page still sees the clock and the picture move. */
  private whileBlocked(): void {
    if (!this.sandbox) return;
    const now = this.env.wallNow();
    if (now - this.lastTick < TICK_MS) return;
    this.lastTick = now;
    this.env.post({ type: 'clock', clock: this.clockState() });
    this.postView(false);
  }

  private postView(force: boolean): void {
    const sandbox = this.sandbox;
    if (!sandbox) return;
    const view = loadedView();
    if (!view) {
      // In the browser the picture's code is a chunk of its own (view-source.ts), first needed right
      // after the prompt: the picture follows as soon as it is here (or at the next tick, after a
      // failed load).
      void loadView().then(() => this.postView(true), () => undefined);
      return;
    }
    const version = sandbox.cluster.store.resourceVersion();
    const now = this.env.wallNow();
    if (version === this.lastView.version || (!force && now - this.lastView.at < VIEW_EVERY_MS)) return;
    this.lastView = { version, at: now };
    this.env.post({ type: 'view', view: view.clusterView(sandbox.cluster) });
  }

  private applyControl(action: Extract<PageMessage, { type: 'control' }>['action']): void {
    if (action.kind === 'speed') this.controls.setSpeed(action.speed);
    else if (action.kind === 'pause') this.controls.setPaused(true);
    else if (action.kind === 'resume') this.controls.setPaused(false);
    else this.controls.skip(action.ms);
  }

  private clockState(): ClockState {
    return { now: this.sandbox?.cluster.now() ?? 0, speed: this.controls.speed, paused: this.controls.paused };
  }

  private record() {
    const sandbox = this.sandbox;
    const init = this.init;
    if (!sandbox || !init) return undefined;
    this.saver?.made(sandbox.cluster.store.resourceVersion());
    return recordOf(init.id, sandbox, this.history, this.controls.speed, this.controls.paused, this.env.wallClock());
  }
}

function aliasesOf(sandbox: Sandbox): [string, string][] {
  return [...(sandbox.hostSession()?.host.aliases ?? [])];
}
