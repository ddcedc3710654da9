/**
 * The messages between a lesson page and its sandbox's Web Worker — the one place they are defined.
 *
 * The worker owns the engine (cluster, kubectl, shells), the cluster's real-time clock and the
 * saved snapshot; the page owns the terminal, the controls and the panels. They talk two ways:
 *
 * 1. postMessage, for everything that can wait its turn (all types below). Requests that expect
 *    an answer carry a `seq`, echoed by the answer.
 * 2. SharedArrayBuffers (when the page is cross-origin isolated), for what must reach a worker that
 *    is busy inside a command: the control words (speed, pause, skip, Ctrl-C; control-words.ts)
 *    and the editor's answer (editor-channel.ts). A command that waits (`sleep 5`, `kubectl get -w`)
 *    blocks the worker with Atomics.wait in small slices, so only shared memory can reach it.
 *
 * Order of a command: page → `run`; worker → any number of `output` chunks (as the command writes
 * them), `view`s and `clock`s; then `ran`. `edit` may come in between: the page answers through
 * the editor channel, not with a message.
 */
import type { ClusterView } from '../../sandbox/view';
import type { LabResults } from './worker-lab-results';

/** How the cluster's clock moves between (and during) commands. */
export interface ClockState {
  /** The cluster's virtual time, ms since the epoch. */
  now: number;
  /** Virtual seconds per real second (1 or 10 from the controls). */
  speed: number;
  paused: boolean;
}

/** Where the cluster a sandbox starts with came from. */
export type Origin =
  /** The learner's own cluster, as saved after their last command. */
  | 'saved'
  /** A fresh cluster from the pre-booted snapshot built with the site. */
  | 'preboot'
  /** A fresh cluster booted in the worker (no pre-booted snapshot for this seed). */
  | 'boot';

export interface InitMessage {
  type: 'init';
  /** The storage key: the sandbox's id (by default the lesson's slug). */
  id: string;
  seed: number;
  /** Shell lines run once on a fresh cluster before the first prompt (not kept in history). */
  fixture: string;
  /**
   * The lab (content/labs/) the cluster starts from and is graded by, as the JSON text of a loaded
   * `Lab` (Sandbox.astro writes it at build time); '' for a sandbox without a lab.
   */
  lab: string;
  /** URL of the pre-booted snapshot for `seed` (may be missing: the worker then boots). */
  bootUrl: string;
  /** Control words (control-words.ts); null when the page is not cross-origin isolated. */
  control: SharedArrayBuffer | null;
  columns: number;
}

export interface RunMessage {
  type: 'run';
  seq: number;
  /** One input: a line, or a command with its here-document (lines joined with \n). */
  line: string;
  /** The terminal's history after this line was added, saved with the snapshot. */
  history: string[];
}

export interface CompleteMessage {
  type: 'complete';
  seq: number;
  line: string;
  cursor: number;
}

/**
 * A control button. With shared memory the page has already written the control words; the
 * message only wakes an idle worker so the clock display follows at once.
 */
export interface ControlMessage {
  type: 'control';
  action: { kind: 'speed'; speed: number } | { kind: 'pause' } | { kind: 'resume' } | { kind: 'skip'; ms: number };
}

export interface ResetMessage {
  type: 'reset';
  seq: number;
}

/** `kubectl describe pod NAME -n NAMESPACE`, for a click on a pod in the picture. */
export interface DescribeMessage {
  type: 'describe';
  seq: number;
  namespace: string;
  name: string;
}

/**
 * The learner is about to use the terminal (focused it, pressed a key, ran a code block): load the
 * commands now. A page that is only read never loads them (src/sandbox/command-source.ts).
 */
export interface WarmMessage {
  type: 'warm';
}

/** Save now (the page is being hidden or closed). */
export interface PersistMessage {
  type: 'persist';
}

export interface ColumnsMessage {
  type: 'columns';
  columns: number;
}

/** Grade the lab's tasks now (the Check button); answered with `lab-checked`. */
export interface LabCheckMessage {
  type: 'lab-check';
  seq: number;
}

export type PageMessage = InitMessage | RunMessage | CompleteMessage | ControlMessage | ResetMessage | DescribeMessage | PersistMessage | ColumnsMessage | LabCheckMessage | WarmMessage;

/** Epoch ms of the worker's own start-up steps (sandbox.worker.ts), for the benchmark. */
export interface StartupMarks {
  /** The entry script began to run. */
  entry: number;
  /** IndexedDB was open (or could not be), and its first read (the saved record) answered. */
  store: number;
  record: number;
  /** The first fetched text (the pre-booted snapshot) was there. */
  snapshot: number;
  /** The engine's chunk was fetched, compiled and run. */
  engine: number;
  /** The entry handled the page's `init` (the thread takes messages only between tasks: never during the engine's compile). */
  initReceived: number;
}

export interface ReadyMessage {
  type: 'ready';
  prompt: string;
  /** The terminal history saved with the snapshot (empty for a fresh cluster). */
  history: string[];
  aliases: [string, string][];
  clock: ClockState;
  origin: Origin;
  /** Real-time waits and Ctrl-C work (the worker got the control words). */
  realTime: boolean;
  /** Worker time from `init` to ready, ms (for the benchmark). */
  bootMs: number;
  /**
   * Epoch ms (timeOrigin + now) when the worker started, handled `init`, and was ready: where startup
   * time goes. In the browser also when its entry script began to run, when the engine's chunk was
   * loaded (fetched, compiled and run) and when `init` arrived (StartupMarks).
   */
  timings: { workerStart: number; init: number; ready: number } & Partial<StartupMarks>;
}

/** A piece of a running command's output, as it is written. */
export interface OutputMessage {
  type: 'output';
  fd: 1 | 2;
  text: string;
}

export interface RanMessage {
  type: 'ran';
  seq: number;
  /** The command's whole output when it was not streamed as `output` chunks, else ''. */
  output: string;
  exitCode: number;
  /** The login shell ended (`exit` on the control plane). */
  closed: boolean;
  prompt: string;
  aliases: [string, string][];
}

export interface CompletionMessage {
  type: 'completion';
  seq: number;
  candidates: string[];
  replaceFrom: number;
  filenames: boolean;
}

export interface ClockMessage {
  type: 'clock';
  clock: ClockState;
}

export interface ViewMessage {
  type: 'view';
  view: ClusterView;
}

export interface DescribedMessage {
  type: 'described';
  seq: number;
  title: string;
  text: string;
}

/** The shell wants an editor (`vi FILE`, `kubectl edit`): answer through `reply` (editor-channel.ts). */
export interface EditMessage {
  type: 'edit';
  fileName: string;
  text: string;
  reply: SharedArrayBuffer;
}

export interface ResetDoneMessage {
  type: 'reset-done';
  seq: number;
  prompt: string;
  clock: ClockState;
}

/** Something the learner should know, shown beside the terminal. */
export interface NoticeMessage {
  type: 'notice';
  kind: NoticeKind;
  /** Details for the notice (e.g. the key a corrupt save was kept under). */
  detail: string;
}

export type NoticeKind =
  /** The saved cluster could not be read; it was set aside and a fresh one started. */
  | 'corrupt'
  /** The page is not cross-origin isolated: waits are virtual and instant, Ctrl-C cannot stop them. */
  | 'instant-waits'
  /** An editor was asked for, but editing needs the shared memory of an isolated page. */
  | 'editor-unavailable'
  /** Saving to IndexedDB failed (private mode, quota): the cluster lives only as long as the page. */
  | 'storage-failed'
  /** The engine failed unexpectedly. */
  | 'engine-error';

/**
 * The lab's tasks graded on the cluster as it is now: after `ready`, after each command, after a
 * reset, and while the cluster changes by itself (worker-lab.ts). Plain JSON.
 */
export interface LabStatusMessage {
  type: 'lab-status';
  results: LabResults;
}

/** The answer to `lab-check`. */
export interface LabCheckedMessage {
  type: 'lab-checked';
  seq: number;
  results: LabResults;
}

/** A save finished (tests and the benchmark wait for it). */
export interface SavedMessage {
  type: 'saved';
}

export type WorkerMessage =
  | ReadyMessage
  | OutputMessage
  | RanMessage
  | CompletionMessage
  | ClockMessage
  | ViewMessage
  | DescribedMessage
  | EditMessage
  | ResetDoneMessage
  | NoticeMessage
  | SavedMessage
  | LabStatusMessage
  | LabCheckedMessage;

/** "Skip ahead" in the controls: one minute of cluster time. */
export const SKIP_MS = 60_000;
