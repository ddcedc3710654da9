/**
 * The RollingUpdate strategy of a DaemonSet (rollingUpdate upstream). Without surge, outdated pods
 * are deleted while at most maxUnavailable nodes lack an available up-to-date pod, and manage()
 * creates their replacements; with maxSurge, a new pod starts beside the old one, which goes once
 * the new one is available.
 */
import type { Node } from 'kubernetes-types/core/v1';
import type { SimContext } from '../../context';
import { availableAt, isPodAvailable } from '../../workloads/pods';
import { nodeShouldRunDaemonPod } from './eligibility';
import { byCreation, isPodUpdated, syncNodes } from './manage';
import type { DaemonSetObject, PodObject } from './types';

export interface RollingContext {
  ctx: SimContext;
  ds: DaemonSetObject;
  nodes: readonly Node[];
  byNode: Map<string, PodObject[]>;
  hash: string;
  now: number;
  /** Set to the earliest moment a pod turns available, so the sync runs again then. */
  wakeAt?: number;
}

export function rollingUpdate(r: RollingContext): void {
  const { ds } = r;
  const minReady = ds.spec?.minReadySeconds ?? 0;
  const available = (p: PodObject): boolean => {
    const at = availableAt(p, minReady, r.now);
    if (at !== undefined && (r.wakeAt === undefined || at < r.wakeAt)) r.wakeAt = at;
    return isPodAvailable(p, minReady, r.now);
  };
  // Every node that should run a pod takes part, with or without one; then nodes in name order.
  const byNode = new Map(r.byNode);
  let desired = 0;
  for (const node of r.nodes) {
    if (!nodeShouldRunDaemonPod(node, ds).shouldRun) continue;
    desired++;
    if (!byNode.has(node.metadata?.name ?? '')) byNode.set(node.metadata?.name ?? '', []);
  }
  const names = [...byNode.keys()].sort();
  const rolling = ds.spec?.updateStrategy?.rollingUpdate;
  const maxSurge = scaled(rolling?.maxSurge, desired);
  let maxUnavailable = scaled(rolling?.maxUnavailable, desired);
  if (desired > 0 && maxUnavailable === 0 && maxSurge === 0) maxUnavailable = 1;

  if (maxSurge === 0) {
    let unavailable = 0;
    const replacements: PodObject[] = [];
    const candidates: PodObject[] = [];
    for (const name of names) {
      const found = splitPods(r, byNode.get(name) ?? []);
      if (!found) {
        unavailable++; // manage() prunes the extra pods first
        continue;
      }
      const { newPod, oldPod } = found;
      if ((!oldPod && !newPod) || (oldPod && newPod)) unavailable++;
      else if (newPod) {
        if (!available(newPod)) unavailable++;
      } else if (oldPod) {
        if (!available(oldPod)) {
          replacements.push(oldPod);
          unavailable++;
        } else if (unavailable < maxUnavailable) candidates.push(oldPod);
      }
    }
    const room = Math.min(Math.max(0, maxUnavailable - unavailable), candidates.length);
    syncNodes(r.ctx, ds, [...replacements, ...candidates.slice(0, room)], [], r.hash);
    return;
  }

  const toDelete: PodObject[] = [];
  const notWanted: PodObject[] = [];
  const candidateNodes: string[] = [];
  const allowedNodes: string[] = [];
  let surge = 0;
  let availableCount = 0;
  const nodeByName = new Map(r.nodes.map((n) => [n.metadata?.name ?? '', n]));
  for (const name of names) {
    const found = splitPods(r, byNode.get(name) ?? []);
    if (!found) {
      surge++;
      continue;
    }
    const { newPod, oldPod } = found;
    if (oldPod ? available(oldPod) : newPod ? available(newPod) : false) availableCount++;
    if (!oldPod) continue;
    const node = nodeByName.get(name);
    const shouldRun = node ? nodeShouldRunDaemonPod(node, ds).shouldRun : false;
    if (!newPod) {
      if (!available(oldPod)) {
        if (!shouldRun) toDelete.push(oldPod);
        else allowedNodes.push(name);
      } else if (!shouldRun) notWanted.push(oldPod);
      else if (surge < maxSurge) candidateNodes.push(name);
    } else if (!available(newPod)) {
      surge++;
    } else {
      toDelete.push(oldPod);
    }
  }
  // With surge the owner expects full availability: pods on nodes that no longer fit go only as others become available.
  const deletable = Math.min(Math.max(0, availableCount - desired), notWanted.length);
  toDelete.push(...notWanted.slice(0, deletable).filter((p) => !p.metadata.deletionTimestamp));
  const room = Math.min(Math.max(0, maxSurge - surge), candidateNodes.length);
  syncNodes(r.ctx, ds, toDelete, [...allowedNodes, ...candidateNodes.slice(0, room)], r.hash);
}

/** findUpdatedPodsOnNode: at most one new and one old live pod, or undefined when there are more. */
function splitPods(r: RollingContext, pods: PodObject[]): { newPod?: PodObject; oldPod?: PodObject } | undefined {
  let newPod: PodObject | undefined;
  let oldPod: PodObject | undefined;
  for (const p of [...pods].sort(byCreation)) {
    if (p.metadata.deletionTimestamp) continue;
    if (isPodUpdated(r.ds, p, r.hash)) {
      if (newPod) return undefined;
      newPod = p;
    } else {
      if (oldPod) return undefined;
      oldPod = p;
    }
  }
  return { ...(newPod ? { newPod } : {}), ...(oldPod ? { oldPod } : {}) };
}

/** An int as is, a percentage of `total` rounded up (GetScaledValueFromIntOrPercent with roundUp). */
export function scaled(value: number | string | undefined, total: number): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.endsWith('%')) return Math.ceil((Number(value.slice(0, -1)) * total) / 100) || 0;
  const n = Number(value ?? 0);
  return Number.isFinite(n) ? n : 0;
}
