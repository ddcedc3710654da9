import type { Container, ContainerState, ContainerStateTerminated, ContainerStatus, Pod, PodCondition, PodStatus, VolumeMount } from 'kubernetes-types/core/v1';
import { rfc3339 } from '../../lib/duration';
import type { ContainerRt, PodRt, RunRt } from './state';

/** Conditions the kubelet owns, in the order a real pod lists them. */
const KUBELET_CONDITIONS = ['PodReadyToStartContainers', 'Initialized', 'Ready', 'ContainersReady'];

/** Formatted times by whole second (rfc3339 shows no fraction): a status repeats the same few. */
const TIMES = new Map<number, string>();

function ts(ms: number): string {
  const second = Math.floor(ms / 1000);
  let text = TIMES.get(second);
  if (text === undefined) {
    text = rfc3339(ms);
    if (TIMES.size >= 256) TIMES.clear();
    TIMES.set(second, text);
  }
  return text;
}

export function isSidecarSpec(c: Container): boolean {
  return c.restartPolicy === 'Always';
}

/** A process exists for this container (running, or told to stop but not gone yet). */
export function isAlive(c: ContainerRt | undefined): boolean {
  return c?.step === 'running' || c?.step === 'stopping';
}

export function terminatedOf(run: RunRt): ContainerStateTerminated {
  const t: ContainerStateTerminated = {
    containerID: `containerd://${run.id}`,
    exitCode: run.exitCode ?? 0,
    finishedAt: ts(run.finishedAt ?? run.startedAt),
  };
  if (run.message) t.message = run.message;
  t.reason = run.reason;
  // A container that never started (StartError) reports the zero time, as containerd does.
  t.startedAt = ts(run.reason === 'StartError' ? 0 : run.startedAt);
  return t;
}

/** One container's status, from what the runtime knows of it. */
export function containerStatus(spec: Container, c: ContainerRt | undefined, defaultWaiting: string): ContainerStatus {
  const run = c?.run;
  let state: ContainerState;
  let last: ContainerState = {};
  if (c && run && isAlive(c)) {
    state = { running: { startedAt: ts(run.startedAt) } };
    if (c.prev) last = { terminated: terminatedOf(c.prev) };
  } else if (c?.waiting) {
    state = { waiting: c.waiting.message !== undefined ? { message: c.waiting.message, reason: c.waiting.reason } : { reason: c.waiting.reason } };
    if (run?.finishedAt !== undefined) last = { terminated: terminatedOf(run) };
  } else if (run?.finishedAt !== undefined) {
    state = { terminated: terminatedOf(run) };
    if (c?.prev) last = { terminated: terminatedOf(c.prev) };
  } else {
    state = { waiting: { reason: defaultWaiting } };
  }
  const alive = isAlive(c);
  // Built field by field in the serialised order: conditional spreads in object literals are slow
  // in V8 (a copy that gains a key takes the runtime's slow path), and every status write builds these.
  const status = {} as ContainerStatus & { volumeMounts?: ReturnType<typeof mountStatus>[] };
  if (run) status.containerID = `containerd://${run.id}`;
  status.image = run ? run.fullRef : spec.image ?? '';
  status.imageID = run ? run.imageId : '';
  status.lastState = last;
  status.name = spec.name;
  status.ready = alive && !!run?.ready;
  status.restartCount = c?.restarts ?? 0;
  status.started = alive && !!run?.started;
  status.state = state;
  const specMounts = spec.volumeMounts;
  if (specMounts && specMounts.length > 0) {
    const mounts: ReturnType<typeof mountStatus>[] = [];
    for (const m of specMounts) mounts.push(mountStatus(m));
    status.volumeMounts = mounts;
  }
  return status;
}

function mountStatus(m: VolumeMount): { mountPath: string; name: string; readOnly?: boolean; recursiveReadOnly?: string } {
  const out: { mountPath: string; name: string; readOnly?: boolean; recursiveReadOnly?: string } = { mountPath: m.mountPath, name: m.name };
  if (m.readOnly) {
    out.readOnly = true;
    out.recursiveReadOnly = 'Disabled';
  }
  return out;
}

/** The status of container `name` in `list` (the kubelet's hot path: a loop, not a closure per call). */
function named(list: readonly ContainerStatus[], name: string): ContainerStatus | undefined {
  for (const s of list) if (s.name === name) return s;
  return undefined;
}

/** The kubelet's getPhase, including native sidecars. */
export function podPhase(pod: Pod, init: ContainerStatus[], regular: ContainerStatus[], podIsTerminal: boolean, podHasInitialized: boolean): string {
  const spec = pod.spec;
  let pendingSidecars = 0;
  let pendingInit = 0;
  let failedInit = 0;
  for (const c of spec?.initContainers ?? []) {
    const s = named(init, c.name);
    if (isSidecarSpec(c)) {
      if (!s) pendingSidecars++;
      else if (s.state?.running) {
        if (!s.started) pendingSidecars++;
      } else if (s.state?.terminated) {
        // counted below
      } else if (s.state?.waiting) {
        if (!s.lastState?.terminated) pendingSidecars++;
      } else pendingSidecars++;
      continue;
    }
    if (!s) {
      pendingInit++;
      continue;
    }
    if (s.state?.running) pendingInit++;
    else if (s.state?.terminated) {
      if (s.state.terminated.exitCode !== 0) failedInit++;
    } else if (s.state?.waiting) {
      if (s.lastState?.terminated) {
        if (s.lastState.terminated.exitCode !== 0) failedInit++;
      } else pendingInit++;
    } else pendingInit++;
  }
  let unknown = 0;
  let running = 0;
  let waiting = 0;
  let stopped = 0;
  let succeeded = 0;
  // Sidecars count while running or waiting; how they ended does not decide success.
  for (const c of spec?.initContainers ?? []) {
    if (!isSidecarSpec(c)) continue;
    const s = named(init, c.name);
    if (!s) unknown++;
    else if (s.state?.running) running++;
    else if (s.state?.waiting && !s.lastState?.terminated) waiting++;
  }
  for (const c of spec?.containers ?? []) {
    const s = named(regular, c.name);
    if (!s) unknown++;
    else if (s.state?.running) running++;
    else if (s.state?.terminated) {
      stopped++;
      if (s.state.terminated.exitCode === 0) succeeded++;
    } else if (s.state?.waiting) {
      if (s.lastState?.terminated) stopped++;
      else waiting++;
    } else unknown++;
  }

  const policy = spec?.restartPolicy ?? 'Always';
  if (failedInit > 0 && policy === 'Never') return 'Failed';
  if (pendingInit > 0 || (pendingSidecars > 0 && !podHasInitialized) || waiting > 0) return 'Pending';
  if (running > 0 && unknown === 0) return 'Running';
  if (running === 0 && stopped > 0 && unknown === 0) {
    if (podIsTerminal && !isStaticPod(pod)) return stopped === succeeded ? 'Succeeded' : 'Failed';
    if (policy === 'Always') return 'Running';
    if (stopped === succeeded) return 'Succeeded';
    if (policy === 'Never') return 'Failed';
    return 'Running';
  }
  return 'Pending';
}

export function isStaticPod(pod: Pod): boolean {
  const source = pod.metadata?.annotations?.['kubernetes.io/config.source'];
  return source !== undefined && source !== 'api';
}

interface CondInput {
  type: string;
  status: 'True' | 'False';
  reason?: string;
  message?: string;
}

function initializedCondition(pod: Pod, init: ContainerStatus[], regular: ContainerStatus[], phase: string): CondInput {
  const unknown: string[] = [];
  const incomplete: string[] = [];
  for (const c of pod.spec?.initContainers ?? []) {
    const s = named(init, c.name);
    if (!s) {
      unknown.push(c.name);
      continue;
    }
    if (isSidecarSpec(c)) {
      if (!s.started) incomplete.push(c.name);
      continue;
    }
    if (!s.state?.terminated || s.state.terminated.exitCode !== 0) incomplete.push(c.name);
  }
  if (phase === 'Succeeded' && unknown.length === 0) return { type: 'Initialized', status: 'True', reason: 'PodCompleted' };
  let anyRegularStarted = false;
  for (const s of regular) if (s.state?.running || s.state?.terminated || s.lastState?.terminated) anyRegularStarted = true;
  if (anyRegularStarted) return { type: 'Initialized', status: 'True' };
  const msgs: string[] = [];
  if (unknown.length) msgs.push(`containers with unknown status: [${unknown.join(' ')}]`);
  if (incomplete.length) msgs.push(`containers with incomplete status: [${incomplete.join(' ')}]`);
  if (msgs.length) return { type: 'Initialized', status: 'False', reason: 'ContainersNotInitialized', message: msgs.join(', ') };
  return { type: 'Initialized', status: 'True' };
}

function containersReadyCondition(pod: Pod, init: ContainerStatus[], regular: ContainerStatus[], phase: string): CondInput {
  const unknown: string[] = [];
  const unready: string[] = [];
  for (const c of pod.spec?.initContainers ?? []) {
    if (!isSidecarSpec(c)) continue;
    const s = named(init, c.name);
    if (!s) unknown.push(c.name);
    else if (!s.ready) unready.push(c.name);
  }
  for (const c of pod.spec?.containers ?? []) {
    const s = named(regular, c.name);
    if (!s) unknown.push(c.name);
    else if (!s.ready) unready.push(c.name);
  }
  if ((phase === 'Succeeded' && unknown.length === 0) || phase === 'Failed') {
    return { type: 'ContainersReady', status: 'False', reason: phase === 'Failed' ? 'PodFailed' : 'PodCompleted' };
  }
  const msgs: string[] = [];
  if (unknown.length) msgs.push(`containers with unknown status: [${unknown.join(' ')}]`);
  if (unready.length) msgs.push(`containers with unready status: [${unready.join(' ')}]`);
  if (msgs.length) return { type: 'ContainersReady', status: 'False', reason: 'ContainersNotReady', message: msgs.join(', ') };
  return { type: 'ContainersReady', status: 'True' };
}

function readyCondition(pod: Pod, containersReady: CondInput, others: PodCondition[]): CondInput {
  if (containersReady.status !== 'True') return { ...containersReady, type: 'Ready' };
  const msgs: string[] = [];
  for (const g of pod.spec?.readinessGates ?? []) {
    const c = others.find((x) => x.type === g.conditionType);
    if (!c) msgs.push(`corresponding condition of pod readiness gate "${g.conditionType}" does not exist.`);
    else if (c.status !== 'True') msgs.push(`the status of pod readiness gate "${g.conditionType}" is not "True", but ${c.status}`);
  }
  if (msgs.length) return { type: 'Ready', status: 'False', reason: 'ReadinessGatesNotReady', message: msgs.join(', ') };
  return { type: 'Ready', status: 'True' };
}

/** A condition in its serialised shape, keeping the old transition time while its status holds. */
function condition(c: CondInput, old: PodCondition[] | undefined, now: number, generation: number | undefined): PodCondition {
  let prev: PodCondition | undefined;
  for (const x of old ?? []) {
    if (x.type === c.type) {
      prev = x;
      break;
    }
  }
  const out: Record<string, unknown> = {
    lastProbeTime: null,
    lastTransitionTime: prev && prev.status === c.status && prev.lastTransitionTime ? prev.lastTransitionTime : ts(now),
  };
  if (c.message) out['message'] = c.message;
  if (generation !== undefined) out['observedGeneration'] = generation;
  if (c.reason) out['reason'] = c.reason;
  out['status'] = c.status;
  out['type'] = c.type;
  return out as unknown as PodCondition;
}

export interface StatusFacts {
  hostIP: string;
  now: number;
}

/** The whole pod status the kubelet would post for `pod` given its runtime record. */
export function buildPodStatus(pod: Pod, rt: PodRt, facts: StatusFacts): PodStatus {
  const old = pod.status;
  const gen = pod.metadata?.generation;
  const others: PodCondition[] = [];
  for (const c of old?.conditions ?? []) if (!KUBELET_CONDITIONS.includes(c.type) && c.type !== 'DisruptionTarget') others.push(c);
  if (rt.rejected) {
    const s: Record<string, unknown> = {};
    if (others.length) s['conditions'] = others;
    s['message'] = `Pod was rejected: ${rt.rejected.message}`;
    if (gen !== undefined) s['observedGeneration'] = gen;
    s['phase'] = 'Failed';
    if (old?.qosClass) s['qosClass'] = old.qosClass;
    s['reason'] = rt.rejected.reason;
    s['startTime'] = ts(rt.admittedAt);
    return s as PodStatus;
  }
  const hasInit = (pod.spec?.initContainers ?? []).length > 0;
  const defaultWaiting = hasInit ? 'PodInitializing' : 'ContainerCreating';
  const init: ContainerStatus[] = [];
  for (const c of pod.spec?.initContainers ?? []) init.push(containerStatus(c, runtimeOf(rt, c.name, true), defaultWaiting));
  const regular: ContainerStatus[] = [];
  for (const c of pod.spec?.containers ?? []) regular.push(containerStatus(c, runtimeOf(rt, c.name, false), defaultWaiting));
  regular.sort(byName);
  const initialized = initializedCondition(pod, init, regular, 'Pending');
  const terminal = rt.terminal !== undefined || !!rt.evicted || !!rt.deadlineExceeded || (!!rt.terminating && allDone(rt));
  let phase = rt.terminal ?? podPhase(pod, init, regular, terminal, initialized.status === 'True');
  if (old?.phase === 'Succeeded' || old?.phase === 'Failed') phase = old.phase;
  const initCond = initializedCondition(pod, init, regular, phase);
  const containersReady = containersReadyCondition(pod, init, regular, phase);
  const ready = readyCondition(pod, containersReady, others);
  const sandboxUp = rt.sandboxReady && rt.sandboxReported;
  const inputs: CondInput[] = [
    { type: 'PodReadyToStartContainers', status: sandboxUp && !rt.terminal ? 'True' : 'False' },
    initCond,
    ready,
    containersReady,
  ];
  const conditions: PodCondition[] = [];
  for (const c of inputs) conditions.push(condition(c, old?.conditions, facts.now, gen));
  for (const c of others) conditions.push(c);
  if (rt.evicted) conditions.push(condition({ type: 'DisruptionTarget', status: 'True', reason: 'TerminationByKubelet', message: rt.evicted.message }, old?.conditions, facts.now, gen));
  const s: Record<string, unknown> = { conditions };
  if (regular.length) s['containerStatuses'] = regular;
  s['hostIP'] = facts.hostIP;
  s['hostIPs'] = [{ ip: facts.hostIP }];
  if (init.length) s['initContainerStatuses'] = init;
  if (rt.evicted) s['message'] = rt.evicted.message;
  else if (rt.deadlineExceeded) s['message'] = 'Pod was active on the node longer than the specified deadline';
  if (gen !== undefined) s['observedGeneration'] = gen;
  s['phase'] = phase;
  const ip = rt.sandboxReported ? rt.ip ?? old?.podIP : undefined;
  if (ip) {
    s['podIP'] = ip;
    s['podIPs'] = [{ ip }];
  }
  if (old?.qosClass) s['qosClass'] = old.qosClass;
  if (rt.evicted) s['reason'] = 'Evicted';
  else if (rt.deadlineExceeded) s['reason'] = 'DeadlineExceeded';
  s['startTime'] = ts(rt.admittedAt);
  return s as PodStatus;
}

function runtimeOf(rt: PodRt, name: string, init: boolean): ContainerRt | undefined {
  for (const c of rt.containers) if (c.name === name && c.init === init) return c;
  return undefined;
}

function byName(a: ContainerStatus, b: ContainerStatus): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

function allDone(rt: PodRt): boolean {
  for (const c of rt.containers) if (c.step !== 'done') return false;
  return true;
}
