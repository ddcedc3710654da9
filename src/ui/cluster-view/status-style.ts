/**
 * How a pod STATUS looks in the cluster picture: a tone (its colour family) and an icon, so that
 * colour is never the only cue — the chip also prints the status text. Pure, DOM-free.
 */

export type Tone = 'running' | 'notready' | 'pending' | 'creating' | 'completed' | 'error' | 'crash' | 'image' | 'terminating' | 'unknown';

export interface StatusStyle {
  tone: Tone;
  /** A text glyph (no emoji presentation), hidden from screen readers: the status text says it. */
  icon: string;
}

const STYLES: Record<Tone, StatusStyle> = {
  running: { tone: 'running', icon: '●' },
  notready: { tone: 'notready', icon: '◑' },
  pending: { tone: 'pending', icon: '○' },
  creating: { tone: 'creating', icon: '◐' },
  completed: { tone: 'completed', icon: '✓' },
  error: { tone: 'error', icon: '✕' },
  crash: { tone: 'crash', icon: '↻' },
  image: { tone: 'image', icon: '⚠\uFE0E' },
  terminating: { tone: 'terminating', icon: '◌' },
  unknown: { tone: 'unknown', icon: '?' },
};

const IMAGE_REASONS = new Set(['ErrImagePull', 'ImagePullBackOff', 'InvalidImageName', 'ErrImageNeverPull', 'RegistryUnavailable']);
const CREATING_REASONS = new Set(['ContainerCreating', 'PodInitializing']);
const PENDING_REASONS = new Set(['Pending', 'SchedulingGated']);
const DONE_REASONS = new Set(['Completed', 'Succeeded']);

/** The style of a STATUS as `kubectl get pods` prints it; `ready` is the READY column (`1/1`). */
export function statusStyle(status: string, ready = ''): StatusStyle {
  if (status === 'Terminating') return STYLES.terminating;
  if (status === 'Unknown') return STYLES.unknown;
  if (status === 'Running') {
    const [up, all] = ready.split('/');
    return up !== undefined && up === all ? STYLES.running : STYLES.notready;
  }
  if (status === 'NotReady') return STYLES.notready;
  // Init:2/3 is still starting; Init:CrashLoopBackOff and the like are judged by their reason.
  if (/^Init:\d+\/\d+$/.test(status)) return STYLES.creating;
  const reason = status.startsWith('Init:') ? status.slice(5) : status;
  if (PENDING_REASONS.has(reason)) return STYLES.pending;
  if (CREATING_REASONS.has(reason)) return STYLES.creating;
  if (DONE_REASONS.has(reason)) return STYLES.completed;
  if (reason === 'CrashLoopBackOff') return STYLES.crash;
  if (IMAGE_REASONS.has(reason)) return STYLES.image;
  return STYLES.error;
}

/** The legend: one sample status per tone a student meets, in the order a pod lives through them. */
export const LEGEND: readonly { status: string; ready: string; note: string }[] = [
  { status: 'Pending', ready: '0/1', note: 'Pending' },
  { status: 'ContainerCreating', ready: '0/1', note: 'ContainerCreating' },
  { status: 'Running', ready: '1/1', note: 'Running' },
  { status: 'Running', ready: '0/1', note: 'Running, not ready' },
  { status: 'Completed', ready: '0/1', note: 'Completed' },
  { status: 'Error', ready: '0/1', note: 'Error' },
  { status: 'CrashLoopBackOff', ready: '0/1', note: 'CrashLoopBackOff' },
  { status: 'ImagePullBackOff', ready: '0/1', note: 'ImagePullBackOff' },
  { status: 'Terminating', ready: '0/1', note: 'Terminating' },
];
