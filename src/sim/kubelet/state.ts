import type { ProcessPlan } from '../images/types';
import type { BackoffEntry } from './backoff';

/**
 * The kubelets' private state: what containerd and the kubelet's caches know and the API does not.
 * Plain JSON only (it goes into cluster snapshots); timers are referred to by their clock ids.
 */
export interface KubeletState {
  nodes: Record<string, NodeRt>;
  /** Pods by `namespace/name`. */
  pods: Record<string, PodRt>;
  /** Files in writable volumes (see container-files.ts): volume key → path inside it → content. */
  volumes?: Record<string, Record<string, string>>;
}

export interface NodeRt {
  running: boolean;
  /** When the kubelet was last stopped (while `running` is false). */
  stoppedAt?: number;
  /** When the kubelet last (re)started: work missed while it was down happens from here on. */
  startedAt: number;
  heartbeatTimer?: number;
  /** Heartbeat ticks since the last full node status report. */
  ticksSinceReport: number;
  /** Something in node status changed (images, pressure): post it at the next heartbeat. */
  statusDirty: boolean;
  memoryPressure: boolean;
  evictionTimer?: number;
  /** Images in the node's content store, by image id (`repo@sha256:…`). */
  images: Record<string, NodeImage>;
  /** The serialized image puller is busy until then. */
  pullQueueFreeAt: number;
  /** host-local IPAM: last handed-out host offset and the IPs in use (ip → pod key). */
  ipLast: number;
  ipsInUse: Record<string, string>;
  /** Requests of the admitted, unfinished pods (the kubelet's admission arithmetic). */
  admitted: { cpuMilli: number; memoryBytes: number; pods: number };
}

export interface NodeImage {
  /** References pulled under this id (`docker.io/library/nginx:1.27`). */
  refs: string[];
  sizeBytes: number;
  /** When its layers are (or will be, for a pull in the queue) on disk. */
  readyAt: number;
}

export type Step =
  /** Not started yet, or due for a (re)start attempt once it is this container's turn. */
  | 'waiting'
  | 'pulling'
  /** ErrImagePull shown until the next sync. */
  | 'pullError'
  | 'pullBackOff'
  /** InvalidImageName / ErrImageNeverPull: fixed only by a spec change; re-synced for events. */
  | 'imageError'
  /** CreateContainerConfigError: retried on every sync and when ConfigMaps/Secrets change. */
  | 'configError'
  | 'creating'
  | 'starting'
  | 'running'
  /** Asked to stop (SIGTERM sent); `until` is when the process is gone. */
  | 'stopping'
  /** Terminated; `until` is when the kubelet notices and decides about a restart. */
  | 'exited'
  | 'crashBackOff'
  /** Terminated for good (or never to start: the pod is going away). */
  | 'done';

export interface Waiting {
  reason: string;
  message?: string;
}

export interface ContainerRt {
  name: string;
  init: boolean;
  /** An init container with restartPolicy Always (a native sidecar). */
  sidecar: boolean;
  step: Step;
  /** When the timed part of the current step ends. */
  until?: number;
  /** Next background re-sync while stuck in an error step (repeats its events). */
  resyncAt?: number;
  /** Spec image of the current (or last) attempt. */
  image: string;
  /** When the current attempt asked for its image (the "including waiting" clock). */
  attemptAt?: number;
  pullMs?: number;
  prepared?: Prepared;
  /** A failed pull: the error text, for the Failed event when the pull "ends". */
  pullFailure?: string;
  /** The waiting reason the status shows while no instance runs (error reasons stick until a start). */
  waiting?: Waiting;
  run?: RunRt;
  /** The instance before `run` (lastState when `run` is current). */
  prev?: RunRt;
  restarts: number;
  crashBackoff?: BackoffEntry;
  /** Image pull back-off, keyed by the image it is for. */
  pullBackoff?: { image: string; entry: BackoffEntry; error: string };
  /** Why and how a `stopping` container ends. */
  stop?: StopPlan;
  /** Has this container ever failed an attempt (first ErrImagePull is shown only briefly). */
  pullFailures: number;
}

export interface StopPlan {
  exitCode: number;
  reason: string;
  /** Do not restart afterwards (pod deletion, eviction, deadline). */
  final: boolean;
}

export interface RunRt {
  /** The container id without the `containerd://` prefix. */
  id: string;
  image: string;
  fullRef: string;
  imageId: string;
  startedAt: number;
  plan: ProcessPlan;
  input: PlanInput;
  /** When the process ends on its own (plan exit or OOM), with how. */
  exitAt?: number;
  exit?: { code: number; reason: string; message?: string };
  /** Set once terminated. */
  finishedAt?: number;
  exitCode?: number;
  reason?: string;
  message?: string;
  /** Startup probe passed (or none). */
  started: boolean;
  /** When `started` became true. */
  startedSince?: number;
  ready: boolean;
  probes: ProbeRt[];
  /** When probe outcomes may change (see probeChanges); set when the run has probes. */
  probeChanges?: number[] | 'unknown';
  /** Files written in the container since it started, besides its main process's (see container-files.ts). */
  layer?: Record<string, string>;
}

/** What the kubelet handed the image catalog to plan the process (without the image record). */
export interface PlanInput {
  tag: string;
  command?: string[];
  args?: string[];
  env: Record<string, string>;
  limits: { memoryBytes?: number; cpuMilli?: number };
  ports: { port: number; protocol: 'TCP' | 'UDP' }[];
  hostname: string;
  podIP?: string;
  nodeCpus: number;
  stdin?: boolean;
  tty?: boolean;
  mounts: Record<string, string>;
  /** Mount points the container cannot write (see readOnlyMounts). */
  readOnly?: string[];
  restartCount: number;
}

/** An attempt's image and environment, settled before CreateContainer. */
export interface Prepared {
  fullRef: string;
  imageId: string;
  tag: string;
  env: Record<string, string>;
}

export type ProbeKind = 'startup' | 'liveness' | 'readiness';

export interface ProbeRt {
  kind: ProbeKind;
  /** The kubelet-side result: readiness starts failed, liveness succeeded, startup unknown. */
  result: 'unknown' | 'ok' | 'fail';
  /** Consecutive probes with the same outcome as `lastOk`. */
  streak: number;
  lastOk: boolean;
  /** Time of the last tick handled. */
  lastTick: number;
  /** Liveness/startup stop probing after a failure verdict until the next instance. */
  onHold: boolean;
}

export interface MountWait {
  since: number;
  /** Next reconciler retry of a failing SetUp (exponential), or next sync for PVC errors. */
  retryAt: number;
  retryMs: number;
  /** Next "Unable to attach or mount volumes" report. */
  reportAt: number;
}

export interface PodRt {
  uid: string;
  node: string;
  admittedAt: number;
  /** This pod's requests while they count against the node (admitted, not finished). */
  counted?: { cpuMilli: number; memoryBytes: number };
  /** Kubelet admission refused the pod (OutOfcpu, NodeAffinity, Evicted under pressure). */
  rejected?: { reason: string; message: string };
  mount?: MountWait;
  mounted: boolean;
  sandboxAt?: number;
  sandboxReady: boolean;
  /** The sandbox (IP, PodReadyToStartContainers) shows in status only after the sync that made it. */
  sandboxReported: boolean;
  ip?: string;
  /** Init containers first, then regular containers, each in spec order. */
  containers: ContainerRt[];
  terminating?: { since: number; deadline: number; graceSeconds: number };
  evicted?: { message: string };
  deadlineExceeded?: boolean;
  activeDeadlineAt?: number;
  /** Terminal phase decided by the kubelet (sticky). */
  terminal?: 'Succeeded' | 'Failed';
  /** When the kubelet removes the object of a finished, deleted pod. */
  deleteAt?: number;
  deletionScheduled?: boolean;
  /** Probe workers tick from this time on (the kubelet starts them when it admits the pod). */
  probeBase: number;
  /** resourceVersion of the pod after the kubelet's last status write (or check). */
  writtenRV?: string;
  writtenSig?: string;
  /** The pod's pending wake-ups: [timer id, time]. */
  fg?: [number, number];
  bg?: [number, number];
}
