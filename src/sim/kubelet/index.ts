import type { Pod } from 'kubernetes-types/core/v1';
import { keyOf } from '../api/object';
import type { SimComponent, SimContext } from '../context';
import type { Controller } from '../controllers/controller';
import type { WatchEvent } from '../store/store';
import { ensureCommonIndexes } from '../store/indexes';
import { podExec, podLogs, type ExecOutcome, type LogsOptions, type LogsResult } from './access';
import type { ExecInput, ImageCatalog } from './catalog';
import { EVICTION_TIMER, HEARTBEAT_TIMER, KUBELET, KubeletCore, POD_TIMER } from './core';
import { defaultCatalog } from './default-catalog';
import { ensureNode, onEvictionTick, onHeartbeat, podKeysOn, setMemoryPressure, startKubelet, stopKubelet, type NodeTimerPayload } from './node-agent';
import { syncPod } from './pod-worker';
import { loadKubelet, saveKubelet } from './saved-state';
import { onPodTimer, type PodTimerPayload } from './wake';
import { containerUsage, nodeUsage, type ContainerUsage } from './usage';
import { runningContainers } from './running';
import { criContainerLogs, nodeRuntime, type CriLogs, type NodeRuntime } from './cri';
import type { RunningContainer } from '../network/runtime-view';

export type { LogsOptions, LogsResult, ExecOutcome, AccessError } from './access';
export type { ContainerUsage } from './usage';
export type { CriContainer, CriImage, CriLogs, CriSandbox, NodeRuntime } from './cri';
export type { ExecInput, ImageCatalog, LogQuery } from './catalog';
export { STAGES, BACKOFF, NODE } from './timing';

export type KillResult = { ok: true } | { ok: false; message: string };

/** The kubelets of all nodes, as one component; each node's kubelet can be stopped and started on its own. */
export interface KubeletComponent extends SimComponent {
  readonly name: 'kubelet';
  isKubeletRunning(node: string): boolean;
  /** When the node's kubelet was stopped (virtual ms), or undefined while it runs. */
  kubeletStoppedAt(node: string): number | undefined;
  stopKubelet(node: string): void;
  startKubelet(node: string): void;
  /** The container's process dies (exit 137, reason Error); it restarts per the pod's restartPolicy. */
  killContainer(namespace: string, pod: string, container: string): KillResult;
  /** Turns the node's MemoryPressure on or off; while on, the kubelet evicts pods that use more than they requested. */
  setNodeMemoryPressure(node: string, on: boolean): void;
  logs(namespace: string, pod: string, container: string | undefined, opts?: LogsOptions): LogsResult;
  exec(namespace: string, pod: string, container: string | undefined, argv: string[], opts?: ExecInput): ExecOutcome;
  podIP(namespace: string, pod: string): string | undefined;
  /** Usage of the running containers of pod `namespace/name` now; undefined when the kubelet does not run it. */
  usage(podKey: string): ContainerUsage[] | undefined;
  /** The node's usage now (its containers plus the system's share), for `kubectl top nodes`. */
  nodeUsage(node: string): { cpuMilli: number; memoryBytes: number } | undefined;
  /** The processes of pod `namespace/name` as the network reaches them; undefined when the kubelet does not run it. */
  runningContainers(podKey: string): RunningContainer[] | undefined;
  /** The node's sandboxes, containers and images as containerd reports them (crictl). */
  runtime(node: string): NodeRuntime | undefined;
  /** The log file of container `id` (full id) on `node`, read from the runtime, not through the kubelet. */
  containerLogs(node: string, id: string, tail?: number): CriLogs;
}

const NODE_KEY = 'node:';

export function kubeletComponent(ctx: SimContext, catalog: ImageCatalog = defaultCatalog()): KubeletComponent {
  ensureCommonIndexes(ctx.store);
  const k = new KubeletCore(ctx, catalog);
  const enqueue = (key: string) => ctx.manager.enqueue(KUBELET, key);

  const onPod = (e: WatchEvent): string | undefined => {
    const pod = e.object as Pod;
    if (!pod.spec?.nodeName) return undefined;
    if (e.type === 'MODIFIED' && e.old && statusOnly(e.old as Pod, pod)) return undefined;
    return keyOf(e.object);
  };
  const onDependency = (e: WatchEvent): string[] | undefined => {
    const set = k.blocked.get(e.object.metadata.namespace ?? '');
    return set ? [...set].sort() : undefined;
  };

  const controller: Controller = {
    name: KUBELET,
    watches: {
      pods: onPod,
      configmaps: onDependency,
      secrets: onDependency,
      persistentvolumeclaims: onDependency,
      nodes: (e) => `${NODE_KEY}${e.object.metadata.name}`,
    },
    reconcile(key) {
      if (key.startsWith(NODE_KEY)) {
        const name = key.slice(NODE_KEY.length);
        const known = !!k.state.nodes[name];
        const n = ensureNode(k, name);
        if (n && !known) podKeysOn(k, name).forEach(enqueue);
        return;
      }
      syncPod(k, key);
    },
  };

  const component: KubeletComponent = {
    name: 'kubelet',
    controllers: [controller],
    timers: {
      [POD_TIMER]: (payload) => {
        const key = onPodTimer(k, payload as PodTimerPayload);
        if (key) enqueue(key);
      },
      [HEARTBEAT_TIMER]: (payload) => onHeartbeat(k, (payload as NodeTimerPayload).node),
      [EVICTION_TIMER]: (payload) => {
        const key = onEvictionTick(k, (payload as NodeTimerPayload).node);
        if (key) enqueue(key);
      },
    },
    // See saved-state.ts: keys sorted, plans listed once.
    save: () => saveKubelet(k.state),
    load(state) {
      k.state = loadKubelet(state);
      k.rebuildBlocked();
    },
    isKubeletRunning: (node) => !!k.state.nodes[node]?.running,
    kubeletStoppedAt: (node) => k.state.nodes[node]?.stoppedAt,
    stopKubelet(node) {
      stopKubelet(k, node);
    },
    startKubelet(node) {
      startKubelet(k, node).forEach(enqueue);
    },
    killContainer(namespace, pod, container) {
      const key = `${namespace}/${pod}`;
      const rt = k.state.pods[key];
      const c = rt?.containers.find((x) => x.name === container);
      if (!rt || !c) return { ok: false, message: `container "${container}" in pod "${pod}" not found` };
      if (!k.state.nodes[rt.node]?.running) return { ok: false, message: `the kubelet of node ${rt.node} is not running` };
      if (!c.run || (c.step !== 'running' && c.step !== 'stopping')) return { ok: false, message: `container "${container}" in pod "${pod}" is not running` };
      // The process dies now; the kubelet notices it a moment later, like any exit.
      c.run.exitAt = k.now();
      c.run.exit = { code: 137, reason: 'Error' };
      c.step = 'running';
      c.stop = undefined;
      enqueue(key);
      return { ok: true };
    },
    setNodeMemoryPressure(node, on) {
      setMemoryPressure(k, node, on);
    },
    logs: (namespace, pod, container, opts) => podLogs(k, namespace, pod, container, opts),
    exec: (namespace, pod, container, argv, opts) => podExec(k, namespace, pod, container, argv, opts),
    podIP(namespace, pod) {
      const obj = ctx.api.peek<Pod>('pods', namespace, pod);
      return obj?.status?.podIP ?? k.state.pods[`${namespace}/${pod}`]?.ip;
    },
    usage: (podKey) => containerUsage(k, podKey),
    nodeUsage: (node) => nodeUsage(k, node),
    runningContainers: (key) => runningContainers(k, key),
    runtime: (node) => nodeRuntime(k, node),
    containerLogs: (node, id, tail) => criContainerLogs(k, node, id, tail),
  };
  return component;
}

/** A spec-free change (a status write, ours or another component's): nothing for the kubelet to act on. */
function statusOnly(old: Pod, pod: Pod): boolean {
  const a = old.metadata ?? {};
  const b = pod.metadata ?? {};
  return (
    a.uid === b.uid &&
    a.generation === b.generation &&
    a.deletionTimestamp === b.deletionTimestamp &&
    a.deletionGracePeriodSeconds === b.deletionGracePeriodSeconds &&
    old.spec?.nodeName === pod.spec?.nodeName &&
    (pod.spec?.readinessGates ?? []).length === 0
  );
}

function component(ctx: SimContext): KubeletComponent | undefined {
  try {
    return ctx.component<KubeletComponent>('kubelet');
  } catch {
    return undefined;
  }
}

/** For the node lifecycle controller: a node without a kubelet component counts as running. */
export function isKubeletRunning(ctx: SimContext, node: string): boolean {
  return component(ctx)?.isKubeletRunning(node) ?? true;
}

export function kubeletStoppedAt(ctx: SimContext, node: string): number | undefined {
  return component(ctx)?.kubeletStoppedAt(node);
}
