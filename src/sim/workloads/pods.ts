import type { Pod, PodCondition, PodTemplateSpec } from 'kubernetes-types/core/v1';
import { sameJson } from '../api/json-equal';
import type { KubeObject } from '../api/object';
import { clone, ownerReferenceTo } from '../api/object';
import { parseTimestamp } from '../runtime';

/** Pod facts every workload controller needs, with the controller-manager's definitions. */
export function isPodActive(pod: Pod): boolean {
  const phase = pod.status?.phase;
  return phase !== 'Succeeded' && phase !== 'Failed' && !pod.metadata?.deletionTimestamp;
}

export function readyCondition(pod: Pod): PodCondition | undefined {
  return pod.status?.conditions?.find((c) => c.type === 'Ready');
}

export function isPodReady(pod: Pod): boolean {
  return readyCondition(pod)?.status === 'True';
}

/** Ready for at least `minReadySeconds` at `now`. */
export function isPodAvailable(pod: Pod, minReadySeconds: number, now: number): boolean {
  const ready = readyCondition(pod);
  if (ready?.status !== 'True') return false;
  if (minReadySeconds <= 0) return true;
  const since = parseTimestamp(ready.lastTransitionTime) ?? now;
  return now - since >= minReadySeconds * 1000;
}

/** When a ready pod becomes available, or undefined if it is not ready or already available. */
export function availableAt(pod: Pod, minReadySeconds: number, now: number): number | undefined {
  const ready = readyCondition(pod);
  if (ready?.status !== 'True' || minReadySeconds <= 0) return undefined;
  const at = (parseTimestamp(ready.lastTransitionTime) ?? now) + minReadySeconds * 1000;
  return at > now ? at : undefined;
}

/** A new pod object for `owner` from a pod template, named by the API server from `generateName`. */
export function podFromTemplate(template: PodTemplateSpec, owner: KubeObject, generateName: string): KubeObject {
  const meta = template.metadata ?? {};
  const pod: KubeObject = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      generateName,
      namespace: owner.metadata.namespace ?? 'default',
      ownerReferences: [ownerReferenceTo(owner)],
    },
    spec: clone(template.spec ?? { containers: [] }),
  };
  if (meta.labels) pod.metadata.labels = { ...meta.labels };
  if (meta.annotations) pod.metadata.annotations = { ...meta.annotations };
  if (meta.finalizers) pod.metadata.finalizers = [...meta.finalizers];
  return pod;
}

export function totalRestarts(pod: Pod): number {
  return (pod.status?.containerStatuses ?? []).reduce((n, c) => n + (c.restartCount ?? 0), 0);
}

/**
 * What a ReplicaSet, Job or Service sees of a pod: a status write that changes none of this (a
 * container going from ContainerCreating to Running but not yet ready, say) needs no reconcile.
 */
export function podSummaryChanged(before: Pod | undefined, after: Pod): boolean {
  if (!before) return true;
  // Several controllers ask about the same watch event, one after another: answer once per
  // (before, after) pair. Stored objects never change, so the pair decides the answer.
  if (before === lastBefore && after === lastAfter) return lastChanged;
  const changed = summaryChanged(before, after);
  lastBefore = before;
  lastAfter = after;
  lastChanged = changed;
  return changed;
}

let lastBefore: Pod | undefined;
let lastAfter: Pod | undefined;
let lastChanged = false;

function summaryChanged(before: Pod, after: Pod): boolean {
  return (
    before.status?.phase !== after.status?.phase ||
    before.metadata?.deletionTimestamp !== after.metadata?.deletionTimestamp ||
    before.status?.podIP !== after.status?.podIP ||
    before.spec?.nodeName !== after.spec?.nodeName ||
    readyCondition(before)?.status !== readyCondition(after)?.status ||
    readyCondition(before)?.lastTransitionTime !== readyCondition(after)?.lastTransitionTime ||
    // Stored objects never change: a status write keeps the very same labels and owner references.
    !sameJson(before.metadata?.labels, after.metadata?.labels) ||
    !sameJson(before.metadata?.ownerReferences, after.metadata?.ownerReferences) ||
    totalRestarts(before) !== totalRestarts(after)
  );
}
