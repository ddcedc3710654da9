import type { Node, NodeCondition, Pod, Taint } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../api/object';
import { keyOf } from '../api/object';
import type { SimComponent, SimContext } from '../context';
import { parseTimestamp } from '../runtime';
import { ensureCommonIndexes, POD_BY_NODE } from '../store/indexes';
import { tolerates } from '../scheduler/matching';
import { RESOURCE_TYPE } from './types';

export const NODE_LIFECYCLE = 'node-lifecycle-controller';
const MONITOR_TIMER = 'nodelifecycle.monitor';
/** --node-monitor-period */
const MONITOR_PERIOD_MS = 5_000;
/** --node-monitor-grace-period (50 s since v1.32) */
const GRACE_MS = 50_000;
const SOURCE = { component: 'node-controller' };
const EVICTION_SOURCE = { component: 'taint-eviction-controller' };

const UNREACHABLE = 'node.kubernetes.io/unreachable';
const NOT_READY = 'node.kubernetes.io/not-ready';

/**
 * Watches node heartbeats (Leases): a node silent for the grace period gets Unknown conditions and
 * the unreachable taints; pods that do not tolerate a NoExecute taint (by default for 300 s) are
 * evicted so their controllers can recreate them elsewhere. Taints go when the kubelet reports Ready.
 */
export function nodeLifecycleComponent(ctx: SimContext): SimComponent {
  ensureCommonIndexes(ctx.store);
  /** Heartbeats older than this moment are not held against a node (see afterIdleSkip). */
  let trustSince = 0;

  const reconcile = (name: string): void => {
    const node = ctx.api.peek<Node & KubeObject>('nodes', undefined, name);
    if (!node) return;
    const now = ctx.rt.clock.now();
    const ready = node.status?.conditions?.find((c) => c.type === 'Ready');
    const lease = ctx.api.peek<KubeObject>('leases.coordination.k8s.io', 'kube-node-lease', name);
    const renew = parseTimestamp((lease?.['spec'] as { renewTime?: string } | undefined)?.renewTime);
    const heartbeat = Math.max(renew ?? 0, parseTimestamp(ready?.lastHeartbeatTime) ?? 0, trustSince);
    let current = node;
    if (ready && ready.status !== 'Unknown' && now - heartbeat > GRACE_MS) current = markUnknown(node) ?? node;
    const status = current.status?.conditions?.find((c) => c.type === 'Ready')?.status;
    current = syncTaints(current, status) ?? current;
    evict(current, now);
  };

  const markUnknown = (node: Node & KubeObject): (Node & KubeObject) | undefined => {
    const now = ctx.rt.timestamp();
    const conditions: NodeCondition[] = (node.status?.conditions ?? []).map((c) => ({
      ...c,
      status: 'Unknown',
      reason: 'NodeStatusUnknown',
      message: 'Kubelet stopped posting node status.',
      lastTransitionTime: now,
    }));
    const res = ctx.api.updateStatus<Node & KubeObject>({ ...node, status: { ...node.status, conditions } });
    if (!res.ok) return undefined;
    ctx.events.record(node, 'Normal', 'NodeNotReady', `Node ${node.metadata.name} status is now: NodeNotReady`, SOURCE);
    for (const pod of ctx.store.byIndex('pods', POD_BY_NODE, node.metadata.name ?? '') as (Pod & KubeObject)[]) {
      const conds = pod.status?.conditions ?? [];
      if (!conds.some((c) => c.type === 'Ready' && c.status === 'True')) continue;
      const next = conds.map((c) => (c.type === 'Ready' ? { ...c, status: 'False', lastTransitionTime: now } : c));
      ctx.api.updateStatus({ ...pod, status: { ...pod.status, conditions: next } });
    }
    return res.object;
  };

  const syncTaints = (node: Node & KubeObject, ready: string | undefined): (Node & KubeObject) | undefined => {
    const others = (node.spec?.taints ?? []).filter((t) => t.key !== UNREACHABLE && t.key !== NOT_READY);
    const key = ready === 'Unknown' ? UNREACHABLE : ready === 'False' ? NOT_READY : undefined;
    const existing = (node.spec?.taints ?? []).filter((t) => t.key === key);
    const wanted: Taint[] = key
      ? [
          existing.find((t) => t.effect === 'NoSchedule') ?? { key, effect: 'NoSchedule' },
          existing.find((t) => t.effect === 'NoExecute') ?? { key, effect: 'NoExecute', timeAdded: ctx.rt.timestamp() },
        ]
      : [];
    const taints = [...others, ...wanted];
    if (JSON.stringify(taints) === JSON.stringify(node.spec?.taints ?? [])) return undefined;
    const spec = { ...node.spec, taints };
    if (taints.length === 0) delete (spec as { taints?: Taint[] }).taints;
    const res = ctx.api.update<Node & KubeObject>({ ...node, spec });
    return res.ok ? res.object : undefined;
  };

  const evict = (node: Node & KubeObject, now: number): void => {
    const noExecute = (node.spec?.taints ?? []).filter((t) => t.effect === 'NoExecute');
    if (noExecute.length === 0) return;
    let next: number | undefined;
    for (const pod of ctx.store.byIndex('pods', POD_BY_NODE, node.metadata.name ?? '') as (Pod & KubeObject)[]) {
      if (pod.metadata.deletionTimestamp) continue;
      let deadline = 0;
      for (const taint of noExecute) {
        const tol = (pod.spec?.tolerations ?? []).find((t) => tolerates(t, taint));
        if (!tol) {
          deadline = now;
          break;
        }
        if (tol.tolerationSeconds === undefined || tol.tolerationSeconds === null) continue;
        const added = parseTimestamp(taint.timeAdded) ?? now;
        deadline = Math.max(deadline, added + Math.max(0, tol.tolerationSeconds) * 1000);
      }
      if (deadline === 0) continue;
      if (deadline <= now) {
        ctx.events.record(pod, 'Normal', 'TaintManagerEviction', `Marking for deletion Pod ${keyOf(pod)}`, EVICTION_SOURCE);
        const conditions = [...(pod.status?.conditions ?? []).filter((c) => c.type !== 'DisruptionTarget'), { type: 'DisruptionTarget', status: 'True', reason: 'DeletionByTaintManager', message: 'Taint manager: deleting due to NoExecute taint', lastTransitionTime: ctx.rt.timestamp() }];
        ctx.api.updateStatus({ ...pod, status: { ...pod.status, conditions } });
        ctx.api.delete(RESOURCE_TYPE.pods, pod.metadata.namespace, pod.metadata.name ?? '');
      } else if (next === undefined || deadline < next) next = deadline;
    }
    if (next !== undefined) ctx.manager.requeueAfter(NODE_LIFECYCLE, node.metadata.name ?? '', next - now);
  };

  return {
    name: 'node-lifecycle',
    controllers: [
      {
        name: NODE_LIFECYCLE,
        watches: {
          nodes: (e) => (e.type === 'DELETED' ? undefined : e.object.metadata.name),
          pods: (e) => {
            const node = (e.object['spec'] as { nodeName?: string } | undefined)?.nodeName;
            const before = (e.old?.['spec'] as { nodeName?: string } | undefined)?.nodeName;
            return e.type !== 'DELETED' && node && node !== before ? node : undefined;
          },
        },
        reconcile,
      },
    ],
    timers: {
      [MONITOR_TIMER]: () => {
        for (const n of ctx.store.list('nodes')) ctx.manager.enqueue(NODE_LIFECYCLE, n.metadata.name ?? '');
        ctx.rt.clock.after(MONITOR_PERIOD_MS, MONITOR_TIMER, null, true);
      },
    },
    start() {
      ctx.rt.clock.after(MONITOR_PERIOD_MS, MONITOR_TIMER, null, true);
    },
    afterIdleSkip() {
      trustSince = ctx.rt.clock.now();
    },
    save: () => ({ trustSince }),
    load(state) {
      trustSince = (state as { trustSince?: number } | undefined)?.trustSince ?? 0;
    },
  };
}
