import type { Node, Pod } from 'kubernetes-types/core/v1';
import { sameJson } from '../api/json-equal';
import type { KubeObject } from '../api/object';
import { keyOf, splitKey } from '../api/object';
import type { SimComponent, SimContext } from '../context';
import type { WatchEvent } from '../store/store';
import { ensureCommonIndexes } from '../store/indexes';
import { filterNode, type FilterContext, type FilterFailure } from './filters';
import { failedSchedulingMessage } from './message';
import { NodeInfoCache } from './node-info';
import { scoreNodes } from './score';
import { SiblingCounts } from './siblings';

export const SCHEDULER = 'default-scheduler';
const FLUSH_TIMER = 'scheduler.flush';
/** Unschedulable pods are retried at least this often even if nothing seems to have changed. */
const FLUSH_INTERVAL_MS = 5 * 60 * 1000;

export interface SchedulerComponent extends SimComponent {
  /** Why each node was rejected at the pod's last scheduling attempt (for teaching). */
  explain(namespace: string, name: string): Record<string, string[]> | undefined;
}

interface SchedulerState {
  unschedulable: string[];
  lastAttempt: Record<string, Record<string, string[]>>;
  flushArmed: boolean;
}

export function schedulerComponent(ctx: SimContext): SchedulerComponent {
  ensureCommonIndexes(ctx.store);
  const cache = new NodeInfoCache(ctx.store);
  const siblings = new SiblingCounts(ctx.store);
  let state: SchedulerState = { unschedulable: [], lastAttempt: {}, flushArmed: false };
  /** Takes `key` off the unschedulable list (kept in order, without duplicates). */
  const dropUnschedulable = (key: string): void => {
    if (state.unschedulable.length > 0 && state.unschedulable.includes(key)) state.unschedulable = state.unschedulable.filter((k) => k !== key);
  };

  const needsScheduling = (p: Pod): boolean =>
    !p.spec?.nodeName && !p.metadata?.deletionTimestamp && (p.spec?.schedulerName ?? SCHEDULER) === SCHEDULER && p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed';

  const retryAll = (): string[] => state.unschedulable;

  const onPod = (e: WatchEvent): string[] | string | undefined => {
    const pod = e.object as Pod & KubeObject;
    if (e.type === 'DELETED') {
      const key = keyOf(pod);
      if (state.unschedulable.includes(key)) state.unschedulable = state.unschedulable.filter((k) => k !== key);
      delete state.lastAttempt[key];
      return pod.spec?.nodeName ? retryAll() : undefined;
    }
    if (needsScheduling(pod)) return e.type === 'ADDED' ? keyOf(pod) : undefined;
    const old = e.old as Pod | undefined;
    const freed = old && (old.status?.phase !== pod.status?.phase) && (pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed');
    const placed = !old?.spec?.nodeName && !!pod.spec?.nodeName;
    return freed || placed ? retryAll() : undefined;
  };

  // The nodes in store order, kept between attempts (every pod is filtered against all of them)
  // and dropped on any node write: a fresh list per attempt was a node-count array per pod.
  let nodeList: Node[] | undefined;
  const nodesNow = (): Node[] => (nodeList ??= ctx.store.list('nodes') as unknown as Node[]);

  const usage = (n: string) => cache.get(n);
  const siblingsOf = (uid: string) => siblings.perNode(uid);

  const schedule = (key: string): void => {
    const { namespace, name } = splitKey(key);
    const pod = ctx.api.peek<Pod & KubeObject>('pods', namespace, name);
    if (!pod || !needsScheduling(pod)) {
      dropUnschedulable(key);
      return;
    }
    const nodes = nodesNow();
    const fc: FilterContext = { store: ctx.store, nodes, usage, siblings: siblingsOf };
    const failures = new Map<string, FilterFailure>();
    const feasible: Node[] = [];
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i] as Node;
      const f = filterNode(pod, node, fc);
      if (f) failures.set(node.metadata?.name ?? '', f);
      else feasible.push(node);
    }
    if (feasible.length === 0) {
      state.lastAttempt[key] = Object.fromEntries([...failures].map(([n, f]) => [n, f.reasons]));
      const message = nodes.length === 0 ? 'no nodes available to schedule pods' : failedSchedulingMessage(nodes.length, failures);
      markUnschedulable(pod, message);
      if (!state.unschedulable.includes(key)) state.unschedulable = [...state.unschedulable, key];
      armFlush();
      return;
    }
    const scores = scoreNodes(pod, feasible, fc);
    const best = pickBest(feasible, scores);
    dropUnschedulable(key);
    delete state.lastAttempt[key];
    bind(pod, best);
  };

  const pickBest = (nodes: Node[], scores: readonly number[]): string => {
    let bestScore = -Infinity;
    let best: string[] = [];
    for (let i = 0; i < nodes.length; i++) {
      const name = nodes[i]?.metadata?.name ?? '';
      const s = scores[i] ?? 0;
      if (s > bestScore) {
        bestScore = s;
        best = [name];
      } else if (s === bestScore) best.push(name);
    }
    // Ties are broken at random, as kube-scheduler's selectHost does.
    return best.length === 1 ? (best[0] as string) : ctx.rt.random.pick(best);
  };

  const bind = (pod: Pod & KubeObject, node: string): void => {
    const res = ctx.api.bind(pod.metadata.namespace ?? 'default', pod.metadata.name ?? '', node);
    if (!res.ok) return;
    ctx.events.record(pod, 'Normal', 'Scheduled', `Successfully assigned ${pod.metadata.namespace}/${pod.metadata.name} to ${node}`, { component: SCHEDULER });
  };

  const markUnschedulable = (pod: Pod & KubeObject, message: string): void => {
    const conditions = (pod.status?.conditions ?? []).filter((c) => c.type !== 'PodScheduled');
    const prev = pod.status?.conditions?.find((c) => c.type === 'PodScheduled');
    conditions.push({
      type: 'PodScheduled',
      status: 'False',
      reason: 'Unschedulable',
      message,
      lastProbeTime: null as unknown as string,
      lastTransitionTime: prev?.status === 'False' ? prev.lastTransitionTime ?? ctx.rt.timestamp() : ctx.rt.timestamp(),
    });
    if (prev?.message !== message) ctx.api.updateStatus({ ...pod, status: { ...pod.status, conditions } });
    ctx.events.record(pod, 'Warning', 'FailedScheduling', message, { component: SCHEDULER });
  };

  const armFlush = (): void => {
    if (state.flushArmed) return;
    state.flushArmed = true;
    ctx.rt.clock.after(FLUSH_INTERVAL_MS, FLUSH_TIMER, null, true);
  };

  return {
    name: 'scheduler',
    controllers: [
      {
        name: SCHEDULER,
        watches: {
          pods: onPod,
          nodes: (e) => {
            nodeList = undefined;
            return e.type === 'DELETED' || nodeChanged(e) ? retryAll() : undefined;
          },
        },
        reconcile: schedule,
      },
    ],
    timers: {
      [FLUSH_TIMER]: () => {
        state.flushArmed = false;
        for (const key of state.unschedulable) ctx.manager.enqueue(SCHEDULER, key);
        if (state.unschedulable.length > 0) armFlush();
      },
    },
    explain(namespace, name) {
      return state.lastAttempt[`${namespace}/${name}`];
    },
    save: () => state,
    load(s) {
      state = s as SchedulerState;
    },
  };
}

/** Only changes that can make a pod fit somewhere: not heartbeats. */
function nodeChanged(e: WatchEvent): boolean {
  if (e.type === 'ADDED') return true;
  const a = e.old as Node | undefined;
  const b = e.object as Node;
  return (
    !sameJson(a?.spec, b.spec) ||
    !sameJson(a?.metadata?.labels, b.metadata?.labels) ||
    !sameJson(a?.status?.allocatable, b.status?.allocatable)
  );
}
