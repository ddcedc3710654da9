/**
 * The DaemonSet controller (kube-controller-manager's `daemonset-controller`): one pod per node
 * that fits the template's node selector, affinity and tolerations. Pods are pinned to their node
 * by a `metadata.name` node-affinity term and placed by the scheduler; templates are versioned
 * with ControllerRevisions and rolled out with RollingUpdate (maxUnavailable / maxSurge) or OnDelete.
 */
import type { Node, Pod } from 'kubernetes-types/core/v1';
import { sameJson } from '../../api/json-equal';
import { podSummaryChanged } from '../../workloads/pods';
import type { ParsedLabelSelector } from '../../api/labels';
import { labelSelectorFromObject, matchesLabels } from '../../api/labels';
import type { KubeObject } from '../../api/object';
import { controllerRef, keyOf, ownerReferenceTo, splitKey } from '../../api/object';
import type { SimContext } from '../../context';
import { ensureCommonIndexes, POD_BY_CONTROLLER } from '../../store/indexes';
import type { WatchEvent } from '../../store/store';
import type { Controller } from '../controller';
import { cleanupHistory, constructHistory } from './history';
import { planManage, podsByNode, syncNodes } from './manage';
import { rollingUpdate, type RollingContext } from './rolling';
import { computeStatus, saveStatus } from './status';
import { DAEMONSET_CONTROLLER, SOURCE, type DaemonSetObject, type PodObject } from './types';

export { DAEMONSET_CONTROLLER, TEMPLATE_GENERATION_LABEL } from './types';
export { daemonTolerations, nodeShouldRunDaemonPod } from './eligibility';

/** Pods without a controller, by namespace: candidates for adoption. */
const ORPHANS_BY_NAMESPACE = 'daemonset-orphans';
const RETRY_MS = 10_000;

export function daemonSetController(ctx: SimContext): Controller {
  ensureCommonIndexes(ctx.store);
  ctx.store.addIndex('pods', ORPHANS_BY_NAMESPACE, (p) => (controllerRef(p) ? [] : [p.metadata.namespace ?? 'default']));
  const allDaemonSets = (): string[] => ctx.store.list('daemonsets.apps').map((ds) => keyOf(ds));
  return {
    name: DAEMONSET_CONTROLLER,
    watches: {
      'daemonsets.apps': (e) => (e.type === 'DELETED' ? undefined : keyOf(e.object)),
      pods: (e) => (e.type === 'MODIFIED' && !podSummaryChanged(e.old as Pod | undefined, e.object as Pod) ? undefined : daemonSetsOfPod(ctx, e)),
      nodes: (e) => (nodeFitMayChange(e) ? allDaemonSets() : undefined),
    },
    reconcile(key) {
      const { namespace, name } = splitKey(key);
      const ds = ctx.api.peek<DaemonSetObject>('daemonsets.apps', namespace, name);
      if (ds) syncDaemonSet(ctx, ds);
    },
  };
}

/** Only a node's arrival, departure, labels or taints can change where daemons run. */
function nodeFitMayChange(e: WatchEvent): boolean {
  if (e.type !== 'MODIFIED' || !e.old) return true;
  const node = e.object as Node & KubeObject;
  const old = e.old as Node & KubeObject;
  return !sameJson(node.metadata.labels, old.metadata.labels) || !sameJson(node.spec?.taints, old.spec?.taints);
}

function daemonSetsOfPod(ctx: SimContext, e: WatchEvent): string[] {
  const ns = e.object.metadata.namespace ?? 'default';
  const ref = controllerRef(e.object);
  const oldRef = e.old ? controllerRef(e.old) : undefined;
  const keys: string[] = [];
  if (oldRef?.kind === 'DaemonSet' && oldRef.uid !== ref?.uid) keys.push(`${ns}/${oldRef.name}`);
  if (ref?.kind === 'DaemonSet') keys.push(`${ns}/${ref.name}`);
  else if (!ref && e.type !== 'DELETED') {
    for (const ds of ctx.store.list('daemonsets.apps', ns) as DaemonSetObject[]) {
      const sel = labelSelectorFromObject(ds.spec?.selector);
      if (sel.ok && matchesLabels(sel.selector, e.object.metadata.labels)) keys.push(keyOf(ds));
    }
  }
  return keys;
}

function syncDaemonSet(ctx: SimContext, ds: DaemonSetObject): void {
  const sel = ds.spec?.selector;
  if (sel && Object.keys(sel.matchLabels ?? {}).length === 0 && (sel.matchExpressions ?? []).length === 0) {
    ctx.events.record(ds, 'Warning', 'SelectingAll', 'This daemon set is selecting all pods. A non-empty selector is required.', SOURCE);
    return;
  }
  const parsed = labelSelectorFromObject(sel);
  // A DaemonSet being deleted is left to the garbage collector.
  if (!parsed.ok || ds.metadata.deletionTimestamp) return;
  const history = constructHistory(ctx, ds, parsed.selector);
  if ('error' in history) {
    ctx.manager.requeueAfter(DAEMONSET_CONTROLLER, keyOf(ds), RETRY_MS, true);
    return;
  }
  const now = ctx.rt.clock.now();
  const nodes = (ctx.store.list('nodes') as (Node & KubeObject)[]).sort((a, b) => (a.metadata.name ?? '').localeCompare(b.metadata.name ?? ''));
  let pods = claimPods(ctx, ds, parsed.selector);
  const plan = planManage(ctx, ds, nodes, podsByNode(pods), history.hash, now);
  let writes = syncNodes(ctx, ds, plan.podsToDelete, plan.nodesNeedingPods, history.hash);
  let wakeAt: number | undefined;
  // Like the expectations upstream: the update waits for a sync that saw manage()'s writes.
  if (writes === 0 && ds.spec?.updateStrategy?.type === 'RollingUpdate') {
    const r: RollingContext = { ctx, ds, nodes, byNode: podsByNode(pods), hash: history.hash, now };
    rollingUpdate(r);
    wakeAt = r.wakeAt;
  }
  pods = ownedPods(ctx, ds);
  cleanupHistory(ctx, ds, history.old, pods);
  const counts = computeStatus(ds, nodes, podsByNode(pods), history.hash, now, history.collisionCount);
  saveStatus(ctx, ds, counts.status);
  const next = Math.min(wakeAt ?? Infinity, counts.wakeAt ?? Infinity);
  if (next !== Infinity) ctx.manager.requeueAfter(DAEMONSET_CONTROLLER, keyOf(ds), next - now);
}

function ownedPods(ctx: SimContext, ds: DaemonSetObject): PodObject[] {
  return ctx.store.byIndex('pods', POD_BY_CONTROLLER, ds.metadata.uid ?? '') as PodObject[];
}

/** Our pods still matching the selector (others released), and matching orphans adopted. */
function claimPods(ctx: SimContext, ds: DaemonSetObject, selector: ParsedLabelSelector): PodObject[] {
  const claimed: PodObject[] = [];
  for (const pod of ownedPods(ctx, ds)) {
    if (matchesLabels(selector, pod.metadata.labels)) {
      claimed.push(pod);
      continue;
    }
    const owners = (pod.metadata.ownerReferences ?? []).filter((r) => r.uid !== ds.metadata.uid);
    const metadata = { ...pod.metadata, ownerReferences: owners };
    if (owners.length === 0) delete (metadata as { ownerReferences?: unknown }).ownerReferences;
    ctx.api.update({ ...pod, metadata });
  }
  for (const pod of ctx.store.byIndex('pods', ORPHANS_BY_NAMESPACE, ds.metadata.namespace ?? 'default') as PodObject[]) {
    if (pod.metadata.deletionTimestamp || !matchesLabels(selector, pod.metadata.labels)) continue;
    const res = ctx.api.update<PodObject>({ ...pod, metadata: { ...pod.metadata, ownerReferences: [...(pod.metadata.ownerReferences ?? []), ownerReferenceTo(ds)] } });
    if (res.ok) claimed.push(res.object);
  }
  return claimed;
}
