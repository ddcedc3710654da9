import type { Random } from '../../lib/random';

/** A delay in virtual ms: fixed, or drawn uniformly from [min, max] with the cluster's seeded random. */
export type Delay = number | readonly [number, number];

/**
 * How long each stage of a pod's life takes on a simulated node. One table so lessons (and tests)
 * can read the whole rhythm of the kubelet in one place; the numbers are typical of a kubeadm node
 * running containerd.
 */
export const STAGES = {
  /** RunPodSandbox + CNI setup, after volumes are mounted. */
  sandbox: [500, 1500],
  /** CreateContainer: from "image ready" to the `Created` event. */
  create: [100, 300],
  /** StartContainer: from `Created` to `Started` (the process begins at `Started`). */
  start: [30, 120],
  /** A pull of an image whose layers the node already holds (another tag, or queued behind its twin). */
  pullCached: [150, 500],
  /** A pull that fails: resolving the reference at the registry. */
  pullFail: [400, 1500],
  /** PLEG relist: how long after a container exits the kubelet acts on it. */
  exitNoticed: [300, 1000],
  /** First ErrImagePull of a pod: the sandbox's PLEG event re-syncs it almost at once. */
  firstPullErrorShown: [800, 1500],
  /** The pod worker's back-off period after a sync error (re-emits BackOff / Failed events). */
  errorResync: 10_000,
  /** How quickly a process that handles SIGTERM exits (nginx, redis, …). */
  sigtermExit: [100, 1500],
  /** From "all containers stopped" to the kubelet removing the pod object. */
  cleanup: [50, 250],
} as const satisfies Record<string, Delay>;

/** kubelet container restart and image pull back-off (flowcontrol.Backoff). */
export const BACKOFF = {
  initialMs: 10_000,
  maxMs: 300_000,
} as const;

/** Volume manager: retries of a failed mount double from 500 ms up to 2m2s; a sync gives up waiting after 2m3s. */
export const MOUNT = {
  retryInitialMs: 500,
  retryMaxMs: 122_000,
  waitTimeoutMs: 123_000,
} as const;

export const NODE = {
  /** Lease renewal (25 % of the 40 s lease) and node status check. */
  heartbeatMs: 10_000,
  /** A full node status report even when nothing changed (nodeStatusReportFrequency). */
  statusReportMs: 300_000,
  /** Eviction manager's monitoring interval. */
  evictionMs: 10_000,
  /** At most this many images are reported in node.status.images. */
  maxImages: 50,
} as const;

export function draw(random: Random, d: Delay): number {
  return typeof d === 'number' ? d : random.between(d[0], d[1]);
}
