import type { Pod } from 'kubernetes-types/core/v1';
import { splitKey } from '../api/object';
import { RESOURCE_TYPE } from '../controllers/types';
import { podRequests } from '../scheduler/requests';
import { dropPodVolumes } from './container-files';
import { admissionCheck } from './admission';
import { hostIPOf, isBlocked, type KubeletCore, type PodObject } from './core';
import { allocatePodIP, releasePodIP } from './ipam';
import { graceOf, type PodCtx } from './pod-ctx';
import { mountStep, specChanged, containerStep, stopAll, terminalStep, terminationStep } from './pod-steps';
import { probeSpec } from './probes';
import type { ContainerRt, PodRt } from './state';
import { buildPodStatus, isAlive } from './status';
import { STAGES } from './timing';
import { cancelPodTimers, scheduleWake } from './wake';

/** One pass of the kubelet's pod worker: admit, move every due stage forward, post status, set the next wake-up. */
export function syncPod(k: KubeletCore, key: string): void {
  // The queue's key is the store's key of the pod (`ns/name`): no need to build it again.
  const pod = k.ctx.store.get('pods', key) as PodObject | undefined;
  let rt = k.state.pods[key];
  if (rt && (!pod || rt.uid !== pod.metadata.uid)) {
    forgetPod(k, key, rt);
    rt = undefined;
  }
  if (!pod) return;
  const nodeName = pod.spec?.nodeName;
  if (!nodeName) return;
  const node = k.state.nodes[nodeName];
  const nodeObj = k.nodeObject(nodeName);
  if (!node || !nodeObj || !node.running) return;
  const now = k.now();
  if (!rt) {
    if (pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed') return;
    if (pod.metadata.deletionTimestamp) {
      // Nothing of it ever ran here: confirm the deletion at once.
      const { namespace, name } = splitKey(key);
      k.ctx.api.delete(RESOURCE_TYPE.pods, namespace, name, { gracePeriodSeconds: 0 });
      return;
    }
    rt = admit(k, pod, nodeName, now);
    k.state.pods[key] = rt;
  }
  const p: PodCtx = { k, key, pod, rt, node, nodeName, nodeObj, hostIP: hostIPOf(nodeObj), now };
  let steps = 0;
  while (steps < 10_000 && step(p)) steps++;
  if (rt.terminal) uncount(k, rt);
  // Nobody else touched the pod since our last write and nothing visible moved: its status is still ours.
  const sig = statusSignature(rt);
  if (pod.metadata.resourceVersion !== rt.writtenRV || sig !== rt.writtenSig) writeStatus(p, sig);
  if (rt.deleteAt !== undefined && rt.deleteAt <= now) {
    rt.deleteAt = undefined;
    const { namespace, name } = splitKey(key);
    k.ctx.api.delete(RESOURCE_TYPE.pods, namespace, name, { gracePeriodSeconds: 0 });
    if (!k.ctx.api.peek('pods', namespace, name)) {
      forgetPod(k, key, rt);
      return;
    }
  }
  scheduleWake(p);
  // Most syncs find nothing blocked anywhere: no namespace to cut out of the key then.
  const blocked = isBlocked(rt);
  if (blocked || k.blocked.size > 0) k.setBlocked(splitKey(key).namespace ?? 'default', key, blocked);
}

function admit(k: KubeletCore, pod: PodObject, nodeName: string, now: number): PodRt {
  const spec = pod.spec;
  const containers: ContainerRt[] = [
    ...(spec?.initContainers ?? []).map((c) => newContainer(c.name, c.image ?? '', true, c.restartPolicy === 'Always')),
    ...(spec?.containers ?? []).map((c) => newContainer(c.name, c.image ?? '', false, false)),
  ];
  // Every field from the start, as in newContainer.
  const rt: PodRt = {
    uid: pod.metadata.uid ?? '', node: nodeName, admittedAt: now, counted: undefined, rejected: undefined, mount: undefined, mounted: false,
    sandboxAt: undefined, sandboxReady: false, sandboxReported: false, ip: undefined, containers, terminating: undefined, evicted: undefined,
    deadlineExceeded: undefined, activeDeadlineAt: undefined, terminal: undefined, deleteAt: undefined, deletionScheduled: undefined,
    probeBase: now, writtenRV: undefined, writtenSig: undefined, fg: undefined, bg: undefined,
  };
  if (spec?.activeDeadlineSeconds !== undefined) rt.activeDeadlineAt = now + spec.activeDeadlineSeconds * 1000;
  const nodeObj = k.nodeObject(nodeName);
  const node = k.state.nodes[nodeName];
  if (nodeObj && node) {
    const rejection = admissionCheck(pod, nodeObj, node.admitted, node.memoryPressure);
    if (rejection) {
      rt.rejected = rejection;
      rt.terminal = 'Failed';
      k.event(pod, 'Warning', rejection.reason, rejection.message, nodeName);
    } else {
      const r = podRequests(pod);
      rt.counted = { cpuMilli: r.cpuMilli, memoryBytes: r.memoryBytes };
      node.admitted = { cpuMilli: node.admitted.cpuMilli + r.cpuMilli, memoryBytes: node.admitted.memoryBytes + r.memoryBytes, pods: node.admitted.pods + 1 };
    }
  }
  return rt;
}

/** A finished or forgotten pod no longer counts against its node. */
function uncount(k: KubeletCore, rt: PodRt): void {
  const c = rt.counted;
  const node = k.state.nodes[rt.node];
  if (!c) return;
  // Cleared, not deleted: a record that loses a field changes shape (see shapes.ts).
  rt.counted = undefined;
  if (!node) return;
  node.admitted = { cpuMilli: node.admitted.cpuMilli - c.cpuMilli, memoryBytes: node.admitted.memoryBytes - c.memoryBytes, pods: node.admitted.pods - 1 };
}

function newContainer(name: string, image: string, init: boolean, sidecar: boolean): ContainerRt {
  // Every field from the start (undefined ones are left out of snapshots): records that gain
  // fields in different orders get different shapes, and the kubelet's hot code then slows down.
  return {
    name, init, sidecar, step: 'waiting', until: undefined, resyncAt: undefined, image, attemptAt: undefined, pullMs: undefined,
    prepared: undefined, pullFailure: undefined, waiting: undefined, run: undefined, prev: undefined, restarts: 0,
    crashBackoff: undefined, pullBackoff: undefined, stop: undefined, pullFailures: 0,
  };
}

/** One transition that is due; false when nothing is. */
function step(p: PodCtx): boolean {
  const { rt, pod, now } = p;
  if (rt.rejected) return false;
  if (pod.metadata.deletionTimestamp) {
    if (terminationStep(p)) return true;
  } else if (rt.activeDeadlineAt !== undefined && rt.activeDeadlineAt <= now && !rt.deadlineExceeded && !rt.terminal) {
    rt.deadlineExceeded = true;
    p.k.event(pod, 'Warning', 'DeadlineExceeded', 'Pod was active on the node longer than the specified deadline', p.nodeName);
    stopAll(p, graceOf(p) * 1000, 'Stopping container');
    return true;
  }
  if (!rt.mounted) {
    if (!mountStep(p)) return false;
    return true;
  }
  if (rt.sandboxAt === undefined && !rt.terminal) {
    rt.sandboxAt = now + p.k.draw(STAGES.sandbox);
    return true;
  }
  if (!rt.sandboxReady) {
    if (rt.sandboxAt === undefined || rt.sandboxAt > now) return false;
    rt.sandboxReady = true;
    if (pod.spec?.hostNetwork) rt.ip = p.hostIP;
    else rt.ip = allocatePodIP(p.node, p.nodeObj.spec?.podCIDR ?? '10.244.0.0/24', p.key);
    return true;
  }
  let progressed = false;
  for (const c of rt.containers) {
    if (specChanged(p, c)) progressed = true;
    if (containerStep(p, c)) progressed = true;
  }
  if (progressed) return true;
  return terminalStep(p);
}

function writeStatus(p: PodCtx, sig: string): void {
  const status = buildPodStatus(p.pod, p.rt, { hostIP: p.hostIP, now: p.now });
  // The API server drops a write that changes nothing, so no comparison here. The status is built
  // fresh for this write (shared parts come from the stored pod): it is handed over, not copied.
  const res = p.k.ctx.api.updateStatus<PodObject>({ ...p.pod, status } as PodObject, { handOver: true });
  if (!res.ok) return;
  p.pod = res.object;
  p.rt.writtenRV = p.pod.metadata.resourceVersion;
  p.rt.writtenSig = flat(sig);
}

const NEVER = /\u0000/;

/**
 * The same text as one piece. A string built by `+` is a chain of its pieces in V8 (dozens of
 * small objects for a signature), and the last one a pod's worker writes is kept as long as the
 * pod runs; a regular-expression test makes V8 store it flat. Costs about as much as building it.
 */
function flat(text: string): string {
  NEVER.test(text);
  return text;
}

/** Everything of the runtime record that the posted status shows; equal signatures give equal statuses. */
function statusSignature(rt: PodRt): string {
  let sig = `${rt.sandboxReady && rt.sandboxReported ? 1 : 0}|${rt.ip}|${rt.terminal}|${rt.evicted ? 1 : 0}|${rt.deadlineExceeded ? 1 : 0}|${rt.rejected ? 1 : 0}`;
  if (rt.terminating) sig += `|T${rt.containers.every((c) => c.step === 'done') ? 1 : 0}`;
  for (const c of rt.containers) {
    const r = c.run;
    sig += `;${isAlive(c) ? 1 : 0}|${c.waiting?.reason}|${c.waiting?.message}|${c.restarts}|${c.prev?.id}`;
    if (r) sig += `|${r.id}|${r.finishedAt}|${r.ready ? 1 : 0}|${r.started ? 1 : 0}`;
  }
  return sig;
}

/** The pod is gone (or replaced by a namesake): drop its runtime, timers and IP. */
export function forgetPod(k: KubeletCore, key: string, rt: PodRt): void {
  cancelPodTimers(k, rt);
  uncount(k, rt);
  releasePodIP(k.state.nodes[rt.node], rt.ip, key);
  dropPodVolumes(k.state, rt.uid);
  delete k.state.pods[key];
  k.setBlocked(key.slice(0, key.indexOf('/')), key, false);
}

/** Kubelet restart: probes resume from now instead of replaying the ticks missed while it was down. */
export function skipMissedProbeTicks(rt: PodRt, pod: Pod, now: number): void {
  for (const c of rt.containers) {
    const run = c.run;
    if (!run || !isAlive(c)) continue;
    const spec = (c.init ? pod.spec?.initContainers : pod.spec?.containers)?.find((x) => x.name === c.name);
    if (!spec) continue;
    for (const pr of run.probes) {
      const period = (probeSpec(spec, pr.kind)?.periodSeconds ?? 10) * 1000;
      if (pr.lastTick + period <= now) pr.lastTick += Math.floor((now - pr.lastTick) / period) * period;
    }
  }
}
