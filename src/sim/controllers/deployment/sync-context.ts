import { stableStringify } from '../../../lib/hash';
import { clone } from '../../api/object';
import type { SimContext } from '../../context';
import { replicasAnnotationsNeedUpdate, setReplicasAnnotations, sortedAnnotations } from './annotations';
import { specReplicas } from './replicasets';
import type { DeploymentObject, DeploymentStatusV135, ReplicaSetObject } from './types';
import { SOURCE } from './types';

/**
 * One reconcile of one Deployment. `d` is a private copy the steps update as upstream updates its
 * deep copy; `saveDeployment` writes what changed. Stored objects are never touched.
 */
export interface DeploymentSync {
  readonly ctx: SimContext;
  d: DeploymentObject;
  readonly now: number;
}

export function newSync(ctx: SimContext, d: DeploymentObject): DeploymentSync {
  const copy = clone(d);
  // A sync only reads the template: sharing the stored (immutable) one keeps its hash and
  // comparable text cached across syncs (template-hash.ts) instead of recomputing them each time.
  if (copy.spec && d.spec?.template) copy.spec.template = d.spec.template;
  return { ctx, d: copy, now: ctx.rt.clock.now() };
}

export function nowTimestamp(s: DeploymentSync): string {
  return s.ctx.rt.timestamp();
}

/**
 * The status as the API serves it: Go field order, zero counters omitted (all `omitempty`), the
 * pointer fields (`terminatingReplicas`, `collisionCount`) kept whenever set.
 */
export function normalizeStatus(st: DeploymentStatusV135): DeploymentStatusV135 {
  const out: DeploymentStatusV135 = {};
  if (st.observedGeneration) out.observedGeneration = st.observedGeneration;
  if (st.replicas) out.replicas = st.replicas;
  if (st.updatedReplicas) out.updatedReplicas = st.updatedReplicas;
  if (st.readyReplicas) out.readyReplicas = st.readyReplicas;
  if (st.availableReplicas) out.availableReplicas = st.availableReplicas;
  if (st.unavailableReplicas) out.unavailableReplicas = st.unavailableReplicas;
  if (st.terminatingReplicas !== undefined) out.terminatingReplicas = st.terminatingReplicas;
  if (st.conditions?.length) out.conditions = st.conditions;
  if (st.collisionCount !== undefined) out.collisionCount = st.collisionCount;
  return out;
}

export function sameStatus(a: DeploymentStatusV135 | undefined, b: DeploymentStatusV135 | undefined): boolean {
  return stableStringify(normalizeStatus(a ?? {})) === stableStringify(normalizeStatus(b ?? {}));
}

/**
 * Writes the sync's annotations (the revision) and status if they differ from the stored object.
 * Upstream sends both through the status subresource; ours keeps metadata out of status writes, so
 * annotations go through a plain update (which leaves `generation` alone).
 */
export function saveDeployment(s: DeploymentSync): boolean {
  const { api } = s.ctx;
  let stored = api.peek<DeploymentObject>('deployments.apps', s.d.metadata.namespace, s.d.metadata.name ?? '');
  if (!stored || stored.metadata.uid !== s.d.metadata.uid) return false;
  const annotations = s.d.metadata.annotations ?? {};
  if (stableStringify(annotations) !== stableStringify(stored.metadata.annotations ?? {})) {
    const res = api.update<DeploymentObject>({ ...stored, metadata: { ...stored.metadata, annotations: sortedAnnotations(annotations) } });
    if (!res.ok) return false;
    stored = res.object;
  }
  const status = normalizeStatus(s.d.status ?? {});
  if (!sameStatus(status, stored.status)) {
    const res = api.updateStatus<DeploymentObject>({ ...stored, status });
    if (!res.ok) return false;
    stored = res.object;
  }
  s.d = clone(stored);
  if (s.d.spec && stored.spec?.template) s.d.spec.template = stored.spec.template;
  return true;
}

/** Writes a ReplicaSet built from `rs` (already a private object); the stored result, or undefined on failure. */
export function updateReplicaSet(s: DeploymentSync, rs: ReplicaSetObject): ReplicaSetObject | undefined {
  const res = s.ctx.api.update<ReplicaSetObject>(rs);
  return res.ok ? res.object : undefined;
}

/**
 * scaleReplicaSetAndRecordEvent: sets the size and the replica-count annotations, and records the
 * ScalingReplicaSet event. A ReplicaSet already at `size` is left alone, unless `refreshAnnotations`
 * (proportional scaling, upstream's scaleReplicaSet) asks for its annotations to be brought up to
 * date anyway. Returns whether the size changed and the ReplicaSet as stored afterwards.
 */
export function scaleReplicaSet(s: DeploymentSync, rs: ReplicaSetObject, size: number, refreshAnnotations = false): { scaled: boolean; rs: ReplicaSetObject } {
  const oldSize = specReplicas(rs);
  const sizeChanged = oldSize !== size;
  if (!sizeChanged && (!refreshAnnotations || !replicasAnnotationsNeedUpdate(rs, s.d))) return { scaled: false, rs };
  const annotations = { ...(rs.metadata.annotations ?? {}) };
  setReplicasAnnotations(annotations, s.d);
  const next: ReplicaSetObject = {
    ...rs,
    metadata: { ...rs.metadata, annotations: sortedAnnotations(annotations) },
    spec: { ...(rs.spec ?? { selector: {} }), replicas: size },
  };
  const updated = updateReplicaSet(s, next);
  if (!updated) return { scaled: false, rs };
  if (sizeChanged) {
    const op = oldSize < size ? 'up' : 'down';
    s.ctx.events.record(s.d, 'Normal', 'ScalingReplicaSet', `Scaled ${op} replica set ${rs.metadata.name} from ${oldSize} to ${size}`, SOURCE);
  }
  return { scaled: sizeChanged, rs: updated };
}
