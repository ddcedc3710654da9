import type { Node, Pod, PodCondition } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../api/object';
import { splitKey } from '../api/object';
import type { SimContext } from '../context';
import { ensureCommonIndexes, POD_BY_NODE } from '../store/indexes';
import type { WatchEvent } from '../store/store';
import type { Controller } from './controller';
import { RESOURCE_TYPE } from './types';

export const PODGC_CONTROLLER = 'pod-garbage-collector-controller';

/** gcCheckPeriod: the real controller looks at all pods this often; here its passes fall on this grid. */
const GC_PERIOD_MS = 20_000;
/** quarantineTime: a node missing for this long is taken as really gone (not an informer lagging). */
const QUARANTINE_MS = 40_000;
/** --terminated-pod-gc-threshold (kube-controller-manager default). */
export const TERMINATED_POD_GC_THRESHOLD = 12_500;
const OUT_OF_SERVICE = 'node.kubernetes.io/out-of-service';

/** Keys a watch event queues: "look at this on the next pass" (`SEEN` + the pass's key). */
const SEEN = 'seen:';
/** The passes' keys. */
const ORPHANED = 'orphaned:';
const UNSCHEDULED = 'unscheduled:';
const OUT_OF_SERVICE_NODE = 'out-of-service:';
const TERMINATED = 'terminated';

type PodObject = Pod & KubeObject;

export interface PodGcOptions {
  terminatedThreshold?: number;
}

/**
 * The PodGC controller: force-deletes pods bound to a node that no longer exists (after the
 * quarantine, marked Failed with a DisruptionTarget condition first), terminating pods that were
 * never scheduled, terminating pods on a not-ready node tainted out-of-service, and the oldest
 * finished pods beyond the threshold. The real one scans every pod each 20 s; here watch events
 * name what needs a look and the work happens on the next 20 s pass, so the timing matches
 * without the scans.
 */
export function podGcController(ctx: SimContext, opts: PodGcOptions = {}): Controller {
  ensureCommonIndexes(ctx.store);
  const threshold = opts.terminatedThreshold ?? TERMINATED_POD_GC_THRESHOLD;
  let terminated = 0;
  for (const p of ctx.store.list('pods')) if (isTerminated(p as PodObject)) terminated++;

  /** Reconcile `key` on the controller's next pass (strictly after now, as a periodic loop would). */
  const onNextPass = (key: string, extraMs = 0): void => {
    const now = ctx.rt.clock.now();
    const pass = Math.floor(now / GC_PERIOD_MS) * GC_PERIOD_MS + GC_PERIOD_MS;
    ctx.manager.requeueAfter(PODGC_CONTROLLER, key, pass + extraMs - now);
  };
  const nodeExists = (name: string): boolean => ctx.store.get('nodes', name) !== undefined;
  const nodeOf = (p: KubeObject | undefined): string | undefined => (p?.['spec'] as { nodeName?: string } | undefined)?.nodeName || undefined;

  const onPod = (e: WatchEvent): string[] | undefined => {
    const pod = e.object as PodObject;
    const old = e.old as PodObject | undefined;
    const wasTerminated = old !== undefined && isTerminated(old);
    const isNow = e.type !== 'DELETED' && isTerminated(pod);
    if (e.type === 'DELETED' ? isTerminated(pod) : wasTerminated !== isNow) terminated += isNow ? 1 : -1;
    if (e.type === 'DELETED') return undefined;
    let keys: string[] | undefined;
    if (isNow && terminated > threshold) (keys ??= []).push(SEEN + TERMINATED);
    const node = nodeOf(pod);
    if (node && node !== nodeOf(old) && !nodeExists(node)) (keys ??= []).push(SEEN + ORPHANED + node);
    if (pod.metadata.deletionTimestamp && !old?.metadata.deletionTimestamp) {
      if (!node) (keys ??= []).push(SEEN + UNSCHEDULED + `${pod.metadata.namespace}/${pod.metadata.name}`);
      else if (outOfService(node)) (keys ??= []).push(SEEN + OUT_OF_SERVICE_NODE + node);
    }
    return keys;
  };

  /** A node whose pods may be deleted while terminating: not ready and tainted out-of-service. */
  const outOfService = (name: string): boolean => {
    const node = ctx.store.get('nodes', name) as (Node & KubeObject) | undefined;
    return node !== undefined && !isNodeReady(node) && (node.spec?.taints ?? []).some((t) => t.key === OUT_OF_SERVICE);
  };

  const onNode = (e: WatchEvent): string | undefined => {
    const name = e.object.metadata.name ?? '';
    if (e.type === 'DELETED') return SEEN + ORPHANED + name;
    return outOfService(name) ? SEEN + OUT_OF_SERVICE_NODE + name : undefined;
  };

  const reconcile = (key: string): void => {
    if (key.startsWith(SEEN)) {
      const pass = key.slice(SEEN.length);
      // A missing node is looked at again on the first pass after the quarantine.
      if (pass.startsWith(ORPHANED)) {
        if (!nodeExists(pass.slice(ORPHANED.length))) onNextPass(pass, QUARANTINE_MS);
      } else onNextPass(pass);
      return;
    }
    if (key === TERMINATED) gcTerminated();
    else if (key.startsWith(ORPHANED)) gcOrphaned(key.slice(ORPHANED.length));
    else if (key.startsWith(UNSCHEDULED)) gcUnscheduled(key.slice(UNSCHEDULED.length));
    else if (key.startsWith(OUT_OF_SERVICE_NODE)) gcOutOfService(key.slice(OUT_OF_SERVICE_NODE.length));
  };

  const podsOn = (node: string): PodObject[] => ctx.store.byIndex('pods', POD_BY_NODE, node) as PodObject[];

  const gcOrphaned = (node: string): void => {
    if (nodeExists(node)) return;
    const condition: PodCondition = { type: 'DisruptionTarget', status: 'True', reason: 'DeletionByPodGC', message: 'PodGC: node no longer exists' };
    for (const pod of sortedByKey(podsOn(node))) markFailedAndDelete(pod, condition);
  };

  const gcUnscheduled = (key: string): void => {
    const { namespace, name } = splitKey(key);
    const pod = ctx.api.peek<PodObject>('pods', namespace, name);
    if (pod?.metadata.deletionTimestamp && !nodeOf(pod)) markFailedAndDelete(pod);
  };

  const gcOutOfService = (nodeName: string): void => {
    if (!outOfService(nodeName)) return;
    const terminating = podsOn(nodeName).filter((p) => p.metadata.deletionTimestamp);
    for (const pod of terminating.sort(byEvictionAndCreation)) markFailedAndDelete(pod);
  };

  const gcTerminated = (): void => {
    const excess = terminated - threshold;
    if (excess <= 0) return;
    // Only past the threshold (thousands of finished pods) is the full list needed.
    const finished = (ctx.store.list('pods') as PodObject[]).filter(isTerminated).sort(byEvictionAndCreation);
    for (const pod of finished.slice(0, excess)) markFailedAndDelete(pod);
  };

  /** markFailedAndDeletePod: phase Failed first (no kubelet may be left to say so), then a delete with no grace. */
  const markFailedAndDelete = (pod: PodObject, condition?: PodCondition): void => {
    const phase = pod.status?.phase;
    if (phase !== 'Succeeded' && phase !== 'Failed') {
      const conditions = [...(pod.status?.conditions ?? [])];
      if (condition) {
        const i = conditions.findIndex((c) => c.type === condition.type);
        const old = i >= 0 ? conditions[i] : undefined;
        const next = { ...condition, lastProbeTime: old?.lastProbeTime ?? null, lastTransitionTime: old?.status === condition.status ? old.lastTransitionTime : ctx.rt.timestamp() } as PodCondition;
        if (i >= 0) conditions[i] = next;
        else conditions.push(next);
      }
      const res = ctx.api.updateStatus<PodObject>({ ...pod, status: { ...pod.status, phase: 'Failed', conditions } });
      if (!res.ok) return;
    }
    ctx.api.delete(RESOURCE_TYPE.pods, pod.metadata.namespace, pod.metadata.name ?? '', { gracePeriodSeconds: 0 });
  };

  return {
    name: PODGC_CONTROLLER,
    watches: { pods: onPod, nodes: onNode },
    reconcile,
  };
}

/** isPodTerminated: any phase but Pending, Running and Unknown. */
function isTerminated(p: PodObject): boolean {
  const phase = p.status?.phase;
  return phase !== 'Pending' && phase !== 'Running' && phase !== 'Unknown';
}

function isNodeReady(n: Node): boolean {
  return n.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
}

function isEvicted(p: PodObject): boolean {
  return p.status?.phase === 'Failed' && p.status.reason === 'Evicted';
}

/** byEvictionAndCreationTimestamp: evicted pods first, then oldest, then by name. */
function byEvictionAndCreation(a: PodObject, b: PodObject): number {
  const ea = isEvicted(a);
  if (ea !== isEvicted(b)) return ea ? -1 : 1;
  const ca = Date.parse(a.metadata.creationTimestamp ?? '') || 0;
  const cb = Date.parse(b.metadata.creationTimestamp ?? '') || 0;
  if (ca !== cb) return ca - cb;
  const na = a.metadata.name ?? '';
  const nb = b.metadata.name ?? '';
  return na < nb ? -1 : na > nb ? 1 : 0;
}

function sortedByKey(pods: PodObject[]): PodObject[] {
  return [...pods].sort((a, b) => {
    const ka = `${a.metadata.namespace}/${a.metadata.name}`;
    const kb = `${b.metadata.namespace}/${b.metadata.name}`;
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
}
