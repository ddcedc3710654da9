import type { Node, NodeCondition, Pod } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../api/object';
import { keyOf, splitKey } from '../api/object';
import { rfc3339, rfc3339Micro } from '../../lib/duration';
import { parseQuantity, toValue } from '../../lib/quantity';
import { POD_BY_NODE } from '../store/indexes';
import { isCritical } from './admission';
import { stopContainer } from './containers';
import { killEvent, type PodCtx } from './pod-ctx';
import { EVICTION_TIMER, HEARTBEAT_TIMER, hostIPOf, type KubeletCore, type PodObject } from './core';
import { skipMissedProbeTicks } from './pod-worker';
import { cancelPodTimers } from './wake';
import type { NodeRt } from './state';
import { isAlive } from './status';
import { NODE } from './timing';
import { containerUsage } from './usage';

export interface NodeTimerPayload {
  node: string;
}

const CONDITION_TEXT: Record<string, { ok: [string, string]; bad?: [string, string] }> = {
  MemoryPressure: { ok: ['KubeletHasSufficientMemory', 'kubelet has sufficient memory available'], bad: ['KubeletHasInsufficientMemory', 'kubelet has insufficient memory available'] },
  DiskPressure: { ok: ['KubeletHasNoDiskPressure', 'kubelet has no disk pressure'] },
  PIDPressure: { ok: ['KubeletHasSufficientPID', 'kubelet has sufficient PID available'] },
  Ready: { ok: ['KubeletReady', 'kubelet is posting ready status'] },
};

/** The kubelet of a node the API knows: registered once, heartbeating from then on. */
export function ensureNode(k: KubeletCore, name: string): NodeRt | undefined {
  const obj = k.nodeObject(name);
  let n = k.state.nodes[name];
  if (!obj) {
    if (n?.heartbeatTimer !== undefined) k.ctx.rt.clock.cancel(n.heartbeatTimer);
    if (n?.evictionTimer !== undefined) k.ctx.rt.clock.cancel(n.evictionTimer);
    delete k.state.nodes[name];
    return undefined;
  }
  if (!n) {
    n = { running: true, startedAt: k.now(), ticksSinceReport: 0, statusDirty: false, memoryPressure: false, images: {}, pullQueueFreeAt: 0, ipLast: 1, ipsInUse: {}, admitted: { cpuMilli: 0, memoryBytes: 0, pods: 0 } };
    k.state.nodes[name] = n;
    n.heartbeatTimer = k.ctx.rt.clock.schedule(k.now() + k.draw([1000, NODE.heartbeatMs]), HEARTBEAT_TIMER, { node: name } satisfies NodeTimerPayload, true);
  }
  return n;
}

/** Every 10 s: renew the Lease; post node status when something changed or every 5 minutes. */
export function onHeartbeat(k: KubeletCore, name: string): void {
  const n = k.state.nodes[name];
  if (!n) return;
  n.heartbeatTimer = undefined;
  if (!n.running || !k.nodeObject(name)) return;
  renewLease(k, name);
  n.ticksSinceReport++;
  if (n.statusDirty || n.ticksSinceReport * NODE.heartbeatMs >= NODE.statusReportMs) postNodeStatus(k, name);
  n.heartbeatTimer = k.ctx.rt.clock.schedule(k.now() + NODE.heartbeatMs, HEARTBEAT_TIMER, { node: name } satisfies NodeTimerPayload, true);
}

function renewLease(k: KubeletCore, name: string): void {
  const renewTime = rfc3339Micro(k.now());
  const lease = k.ctx.api.peek<KubeObject>('leases.coordination.k8s.io', 'kube-node-lease', name);
  if (lease) {
    k.ctx.api.update({ ...lease, spec: { ...(lease['spec'] as object), renewTime } });
    return;
  }
  const node = k.nodeObject(name);
  k.ctx.api.create({
    apiVersion: 'coordination.k8s.io/v1',
    kind: 'Lease',
    metadata: { name, namespace: 'kube-node-lease', ownerReferences: [{ apiVersion: 'v1', kind: 'Node', name, uid: node?.metadata?.uid ?? '' }] },
    spec: { holderIdentity: name, leaseDurationSeconds: 40, renewTime },
  });
}

/** The node's conditions as this kubelet sees them, heartbeat stamped now, plus its images. */
export function postNodeStatus(k: KubeletCore, name: string): void {
  const n = k.state.nodes[name];
  const node = k.ctx.api.peek<Node & KubeObject>('nodes', undefined, name);
  if (!n || !node) return;
  const now = rfc3339(k.now());
  const conditions: NodeCondition[] = ['MemoryPressure', 'DiskPressure', 'PIDPressure', 'Ready'].map((type) => {
    const old = node.status?.conditions?.find((c) => c.type === type);
    const bad = type === 'MemoryPressure' && n.memoryPressure;
    const text = CONDITION_TEXT[type] as { ok: [string, string]; bad?: [string, string] };
    const [reason, message] = bad && text.bad ? text.bad : text.ok;
    const status = type === 'Ready' ? 'True' : bad ? 'True' : 'False';
    return {
      type,
      status,
      lastHeartbeatTime: now,
      lastTransitionTime: old && old.status === status && old.lastTransitionTime ? old.lastTransitionTime : now,
      reason,
      message,
    };
  });
  const images = Object.entries(n.images)
    .filter(([, img]) => img.refs.length > 0)
    .sort((a, b) => b[1].sizeBytes - a[1].sizeBytes || (a[0] < b[0] ? -1 : 1))
    .slice(0, NODE.maxImages)
    .map(([id, img]) => ({ names: [id, ...img.refs], sizeBytes: img.sizeBytes }));
  const status = { ...node.status, conditions };
  if (images.length > 0) (status as { images?: unknown }).images = images;
  const wasReady = node.status?.conditions?.find((c) => c.type === 'Ready')?.status === 'True';
  k.ctx.api.updateStatus({ ...node, status });
  n.statusDirty = false;
  n.ticksSinceReport = 0;
  if (!wasReady) nodeEvent(k, name, 'Normal', 'NodeReady', `Node ${name} status is now: NodeReady`);
}

export function nodeEvent(k: KubeletCore, name: string, type: 'Normal' | 'Warning', reason: string, message: string): void {
  // The kubelet's node reference carries the node name as its uid.
  const ref: KubeObject = { apiVersion: 'v1', kind: 'Node', metadata: { name, uid: name } };
  k.event(ref, type, reason, message, name);
}

/** Pods the API has bound to `node`, plus the ones the kubelet still runs there. */
export function podKeysOn(k: KubeletCore, node: string): string[] {
  const keys = new Set<string>();
  for (const p of k.ctx.store.byIndex('pods', POD_BY_NODE, node)) keys.add(keyOf(p));
  for (const [key, rt] of Object.entries(k.state.pods)) if (rt.node === node) keys.add(key);
  return [...keys].sort();
}

export function stopKubelet(k: KubeletCore, name: string): boolean {
  const n = k.state.nodes[name];
  if (!n || !n.running) return false;
  n.running = false;
  n.stoppedAt = k.now();
  if (n.heartbeatTimer !== undefined) k.ctx.rt.clock.cancel(n.heartbeatTimer);
  if (n.evictionTimer !== undefined) k.ctx.rt.clock.cancel(n.evictionTimer);
  n.heartbeatTimer = undefined;
  n.evictionTimer = undefined;
  for (const [, rt] of Object.entries(k.state.pods)) if (rt.node === name) cancelPodTimers(k, rt);
  return true;
}

/** Returns the pod keys to re-sync. */
export function startKubelet(k: KubeletCore, name: string): string[] {
  const n = k.state.nodes[name];
  if (!n || n.running) return [];
  n.running = true;
  delete n.stoppedAt;
  n.startedAt = k.now();
  nodeEvent(k, name, 'Normal', 'Starting', 'Starting kubelet.');
  nodeEvent(k, name, 'Normal', 'NodeAllocatableEnforced', 'Updated Node Allocatable limit across pods');
  for (const reason of ['NodeHasSufficientMemory', 'NodeHasNoDiskPressure', 'NodeHasSufficientPID']) {
    if (reason === 'NodeHasSufficientMemory' && n.memoryPressure) continue;
    nodeEvent(k, name, 'Normal', reason, `Node ${name} status is now: ${reason}`);
  }
  renewLease(k, name);
  postNodeStatus(k, name);
  n.heartbeatTimer = k.ctx.rt.clock.schedule(k.now() + NODE.heartbeatMs, HEARTBEAT_TIMER, { node: name } satisfies NodeTimerPayload, true);
  if (n.memoryPressure) scheduleEviction(k, name, k.now());
  const keys = podKeysOn(k, name);
  for (const key of keys) {
    const rt = k.state.pods[key];
    const { namespace, name: podName } = splitKey(key);
    const pod = k.ctx.api.peek<Pod>('pods', namespace, podName);
    if (rt && pod) skipMissedProbeTicks(rt, pod, k.now());
  }
  return keys;
}

export function setMemoryPressure(k: KubeletCore, name: string, on: boolean): void {
  const n = k.state.nodes[name];
  if (!n || n.memoryPressure === on) return;
  n.memoryPressure = on;
  if (!n.running) return;
  nodeEvent(k, name, 'Normal', on ? 'NodeHasInsufficientMemory' : 'NodeHasSufficientMemory', `Node ${name} status is now: ${on ? 'NodeHasInsufficientMemory' : 'NodeHasSufficientMemory'}`);
  postNodeStatus(k, name);
  if (on) scheduleEviction(k, name, k.now());
  else if (n.evictionTimer !== undefined) {
    k.ctx.rt.clock.cancel(n.evictionTimer);
    n.evictionTimer = undefined;
  }
}

function scheduleEviction(k: KubeletCore, name: string, at: number): void {
  const n = k.state.nodes[name];
  if (!n) return;
  if (n.evictionTimer !== undefined) k.ctx.rt.clock.cancel(n.evictionTimer);
  n.evictionTimer = k.ctx.rt.clock.schedule(at, EVICTION_TIMER, { node: name } satisfies NodeTimerPayload);
}

/** What the pod uses beyond its memory requests, per container. */
function memoryOverRequests(k: KubeletCore, key: string, pod: Pod): { total: number; parts: { name: string; usage: number; request: number; requestText: string }[] } {
  const usage = containerUsage(k, key) ?? [];
  const parts = usage.map((u) => {
    const spec = pod.spec?.containers?.find((c) => c.name === u.name);
    const raw = spec?.resources?.requests?.['memory'];
    const q = raw !== undefined ? parseQuantity(String(raw)) : null;
    return { name: u.name, usage: u.memoryBytes, request: q ? toValue(q) : 0, requestText: raw !== undefined ? String(raw) : '0' };
  });
  return { total: parts.reduce((s, x) => s + Math.max(0, x.usage - x.request), 0), parts };
}

/**
 * The eviction manager under memory pressure: one pod per monitoring interval, lowest priority and
 * largest use over its requests first; pods within their requests, static and critical pods stay.
 */
export function onEvictionTick(k: KubeletCore, name: string): string | undefined {
  const n = k.state.nodes[name];
  if (!n) return undefined;
  n.evictionTimer = undefined;
  if (!n.running || !n.memoryPressure) return undefined;
  const candidates: { key: string; pod: PodObject; over: ReturnType<typeof memoryOverRequests>; priority: number }[] = [];
  for (const [key, rt] of Object.entries(k.state.pods)) {
    if (rt.node !== name || rt.terminal || rt.rejected || rt.evicted || rt.terminating) continue;
    const { namespace, name: podName } = splitKey(key);
    const pod = k.ctx.api.peek<PodObject>('pods', namespace, podName);
    if (!pod || isCritical(pod) || !rt.containers.some(isAlive)) continue;
    const over = memoryOverRequests(k, key, pod);
    if (over.total <= 0) continue;
    candidates.push({ key, pod, over, priority: pod.spec?.priority ?? 0 });
  }
  candidates.sort((a, b) => a.priority - b.priority || b.over.total - a.over.total || (a.key < b.key ? -1 : 1));
  const victim = candidates[0];
  if (!victim) return undefined;
  nodeEvent(k, name, 'Warning', 'EvictionThresholdMet', 'Attempting to reclaim memory');
  const available = k.draw([61_440, 102_000]);
  let message = `The node was low on resource: memory. Threshold quantity: 100Mi, available: ${available}Ki. `;
  for (const part of victim.over.parts) {
    if (part.usage > part.request) message += `Container ${part.name} was using ${Math.ceil(part.usage / 1024)}Ki, request is ${part.requestText}, has larger consumption of memory. `;
  }
  const rt = k.state.pods[victim.key];
  const nodeObj = k.nodeObject(name);
  if (rt && nodeObj) {
    rt.evicted = { message };
    k.event(victim.pod, 'Warning', 'Evicted', message, name);
    const p: PodCtx = { k, key: victim.key, pod: victim.pod, rt, node: n, nodeName: name, nodeObj, hostIP: hostIPOf(nodeObj), now: k.now() };
    for (const c of rt.containers) {
      if (c.step === 'running') {
        killEvent(p, c, `Stopping container ${c.name}`);
        stopContainer(p, c, 0, true);
      } else if (c.step === 'stopping' && c.stop) c.stop.final = true;
      else if (c.step !== 'done') {
        c.step = 'done';
        c.until = undefined;
        c.resyncAt = undefined;
      }
    }
  }
  scheduleEviction(k, name, k.now() + NODE.evictionMs);
  return victim.key;
}
