import { maxSurge, replicasOf } from './fenceposts';
import type { DeploymentObject, ReplicaSetObject } from './types';
import {
  DEPRECATED_ROLLBACK_TO, DESIRED_REPLICAS, LAST_APPLIED, MAX_INT32, MAX_REPLICAS, MAX_REVISION_HISTORY_CHARS, REVISION,
  REVISION_HISTORY,
} from './types';

/** Deployment annotations that are the controller's own bookkeeping and never copied onto a ReplicaSet. */
const NOT_COPIED = new Set([LAST_APPLIED, REVISION, REVISION_HISTORY, DESIRED_REPLICAS, MAX_REPLICAS, DEPRECATED_ROLLBACK_TO]);

type Annotations = Record<string, string>;

/** Go's strconv.ParseInt(s, 10, 64) for the values we meet; undefined when it would fail. */
function parseInt64(s: string): number | undefined {
  return /^[+-]?\d+$/.test(s) ? Number(s) : undefined;
}

/** The revision annotation of an object: 0 when absent, undefined when unparseable. */
export function revisionOf(obj: { metadata: { annotations?: Annotations } }): number | undefined {
  const v = obj.metadata.annotations?.[REVISION];
  return v === undefined ? 0 : parseInt64(v);
}

export function maxRevision(rss: readonly ReplicaSetObject[]): number {
  let max = 0;
  for (const rs of rss) {
    const v = revisionOf(rs);
    if (v !== undefined && v > max) max = v;
  }
  return max;
}

function nonNegativeInt32(rs: ReplicaSetObject, key: string): number | undefined {
  const v = rs.metadata.annotations?.[key];
  if (v === undefined || !/^\+?\d+$/.test(v)) return undefined;
  const n = Number(v);
  return n <= MAX_INT32 ? n : undefined;
}

export function desiredReplicasAnnotation(rs: ReplicaSetObject): number | undefined {
  return nonNegativeInt32(rs, DESIRED_REPLICAS);
}

export function maxReplicasAnnotation(rs: ReplicaSetObject): number | undefined {
  return nonNegativeInt32(rs, MAX_REPLICAS);
}

/** `desired-replicas` and `max-replicas` as they should read for the deployment's current size. */
export function replicasAnnotationsFor(d: DeploymentObject): { desired: string; max: string } {
  const replicas = replicasOf(d);
  return { desired: String(replicas), max: String(replicas + maxSurge(d)) };
}

export function replicasAnnotationsNeedUpdate(rs: ReplicaSetObject, d: DeploymentObject): boolean {
  const want = replicasAnnotationsFor(d);
  const a = rs.metadata.annotations ?? {};
  return a[DESIRED_REPLICAS] !== want.desired || a[MAX_REPLICAS] !== want.max;
}

/** Sets the two replica-count annotations on `annotations` (a private copy); true if one changed. */
export function setReplicasAnnotations(annotations: Annotations, d: DeploymentObject): boolean {
  const want = replicasAnnotationsFor(d);
  let changed = false;
  if (annotations[DESIRED_REPLICAS] !== want.desired) {
    annotations[DESIRED_REPLICAS] = want.desired;
    changed = true;
  }
  if (annotations[MAX_REPLICAS] !== want.max) {
    annotations[MAX_REPLICAS] = want.max;
    changed = true;
  }
  return changed;
}

/**
 * SetNewReplicaSetAnnotations on `annotations` (a private copy of the new ReplicaSet's): copies the
 * deployment's own annotations (change-cause…), raises the revision to `newRevision` when it is
 * behind — remembering the old number in revision-history, which is how a rollback shows up — and,
 * for a ReplicaSet about to be created, the replica-count annotations. True if anything changed.
 */
export function setNewReplicaSetAnnotations(annotations: Annotations, d: DeploymentObject, newRevision: number, exists: boolean): boolean {
  let changed = false;
  for (const [k, v] of Object.entries(d.metadata.annotations ?? {})) {
    if (NOT_COPIED.has(k) || annotations[k] === v) continue;
    annotations[k] = v;
    changed = true;
  }
  const oldRevision = annotations[REVISION];
  let oldRevisionNumber = 0;
  if (oldRevision !== undefined && oldRevision !== '') {
    const parsed = parseInt64(oldRevision);
    // Upstream gives up (and reports "unchanged") on a revision it cannot read.
    if (parsed === undefined) return false;
    oldRevisionNumber = parsed;
  }
  if (oldRevisionNumber < newRevision) {
    annotations[REVISION] = String(newRevision);
    changed = true;
    if (oldRevision !== undefined) appendRevisionHistory(annotations, oldRevision);
  }
  if (!exists && setReplicasAnnotations(annotations, d)) changed = true;
  return changed;
}

function appendRevisionHistory(annotations: Annotations, oldRevision: string): void {
  const history = annotations[REVISION_HISTORY] ?? '';
  const previous = history.split(',');
  if ((previous[0] ?? '') === '') {
    annotations[REVISION_HISTORY] = oldRevision;
    return;
  }
  // Drop the oldest entries until the list fits the length limit.
  let total = history.length + oldRevision.length + 1;
  let start = 0;
  while (total > MAX_REVISION_HISTORY_CHARS && start < previous.length) {
    total -= (previous[start] ?? '').length + 1;
    start++;
  }
  if (total <= MAX_REVISION_HISTORY_CHARS) annotations[REVISION_HISTORY] = [...previous.slice(start), oldRevision].join(',');
}

/** Keys sorted, as Go writes a map, so stored objects look the same whatever order we set them in. */
export function sortedAnnotations(annotations: Annotations): Annotations {
  return Object.fromEntries(Object.entries(annotations).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
