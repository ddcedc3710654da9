import type { ContainerStatus, Pod } from 'kubernetes-types/core/v1';
import type { ExecResult } from '../images/types';
import { podNetwork } from './pod-net';
import type { ExecInput } from './catalog';
import { hostIPOf, KUBELET, type KubeletCore } from './core';
import { keepExecFiles, podsSharing, writableMounts } from './container-files';
import { contextOf } from './process';
import type { ContainerRt, RunRt } from './state';

export interface LogsOptions {
  previous?: boolean;
  /** Last N lines (kubectl --tail). */
  tail?: number;
  timestamps?: boolean;
  /** Only lines newer than this many ms (kubectl --since). */
  sinceMs?: number;
  /** Only lines at or after this time, ms since the epoch (kubectl --since-time). */
  sinceTime?: number;
}

/** A failure as the API server reports it: kubectl prints `Error from server (<reason>): <message>` (or without a reason). */
export interface AccessError {
  ok: false;
  reason: 'NotFound' | 'BadRequest' | '';
  message: string;
}

export type LogsResult = { ok: true; text: string } | AccessError;
export type ExecOutcome = { ok: true; result: ExecResult } | AccessError;

function allNames(pod: Pod): string[] {
  return [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? []), ...((pod.spec?.ephemeralContainers ?? []) as { name: string }[])].map((c) => c.name);
}

/** The API server's validateContainer for pods/log and pods/exec. */
function pickContainer(pod: Pod, name: string | undefined): string | AccessError {
  const podName = pod.metadata?.name ?? '';
  if (!name) {
    const regular = pod.spec?.containers ?? [];
    if (regular.length === 1) return regular[0]?.name ?? '';
    if (regular.length === 0) return { ok: false, reason: 'BadRequest', message: `a container name must be specified for pod ${podName}` };
    return { ok: false, reason: 'BadRequest', message: `a container name must be specified for pod ${podName}, choose one of: [${allNames(pod).join(' ')}]` };
  }
  if (!allNames(pod).includes(name)) return { ok: false, reason: 'BadRequest', message: `container ${name} is not valid for pod ${podName}` };
  return name;
}

function kubeletDown(k: KubeletCore, pod: Pod, path: string): AccessError | undefined {
  const node = pod.spec?.nodeName ?? '';
  if (k.state.nodes[node]?.running) return undefined;
  const ip = hostIPOf(k.nodeObject(node));
  return { ok: false, reason: '', message: `Get "https://${ip}:10250/${path}": dial tcp ${ip}:10250: connect: connection refused` };
}

function runById(c: ContainerRt | undefined, id: string | undefined): RunRt | undefined {
  if (!c || !id) return undefined;
  const bare = id.replace(/^containerd:\/\//, '');
  return c.run?.id === bare ? c.run : c.prev?.id === bare ? c.prev : undefined;
}

/** `kubectl logs`: the kubelet's containerLogs with its validateContainerLogStatus messages. */
export function podLogs(k: KubeletCore, namespace: string, name: string, container: string | undefined, opts: LogsOptions = {}): LogsResult {
  const pod = k.ctx.api.peek<Pod>('pods', namespace, name);
  if (!pod) return { ok: false, reason: 'NotFound', message: `pods "${name}" not found` };
  const cname = pickContainer(pod, container);
  if (typeof cname !== 'string') return cname;
  if (!pod.spec?.nodeName) return { ok: true, text: '' };
  const down = kubeletDown(k, pod, `containerLogs/${namespace}/${name}/${cname}`);
  if (down) return down;
  const status = findStatus(pod, cname);
  const bad = (message: string): AccessError => ({ ok: false, reason: 'BadRequest', message });
  if (!status) return bad(`container "${cname}" in pod "${name}" is not available`);
  const last = status.lastState?.terminated;
  const st = status.state ?? {};
  let id: string | undefined;
  if (opts.previous) {
    if (!last?.containerID) return bad(`previous terminated container "${cname}" in pod "${name}" not found`);
    id = last.containerID;
  } else if (st.running) id = status.containerID;
  else if (st.terminated) {
    id = st.terminated.containerID || last?.containerID;
    if (!id) return bad(`container "${cname}" in pod "${name}" is terminated`);
  } else if (last) {
    if (!last.containerID) return bad(`container "${cname}" in pod "${name}" is terminated`);
    id = last.containerID;
  } else if (st.waiting) {
    const reason = st.waiting.reason;
    if (reason === 'ErrImagePull') return bad(`container "${cname}" in pod "${name}" is waiting to start: image can't be pulled`);
    if (reason === 'ImagePullBackOff') return bad(`container "${cname}" in pod "${name}" is waiting to start: trying and failing to pull image`);
    return bad(`container "${cname}" in pod "${name}" is waiting to start: ${reason}`);
  } else return bad(`container "${cname}" in pod "${name}" is waiting to start - no logs yet`);
  const rt = k.state.pods[`${namespace}/${name}`];
  const c = rt?.containers.find((x) => x.name === cname);
  const run = runById(c, id);
  if (!run) return { ok: true, text: '' };
  const ctx = contextOf(k.catalog, run, { name, namespace, node: pod.spec.nodeName }, cname);
  if (!ctx) return { ok: true, text: '' };
  const now = k.now();
  const end = (run.finishedAt ?? now) - run.startedAt;
  const sinceTime = opts.sinceTime ?? (opts.sinceMs !== undefined ? now - opts.sinceMs : undefined);
  const text = k.catalog.logs(run.plan, ctx, end, {
    ...(opts.tail !== undefined && opts.tail >= 0 ? { tail: opts.tail } : {}),
    ...(opts.timestamps ? { timestamps: true } : {}),
    ...(sinceTime !== undefined ? { sinceTime } : {}),
  });
  return { ok: true, text };
}

function findStatus(pod: Pod, name: string): ContainerStatus | undefined {
  return (
    pod.status?.containerStatuses?.find((s) => s.name === name) ??
    pod.status?.initContainerStatuses?.find((s) => s.name === name) ??
    pod.status?.ephemeralContainerStatuses?.find((s) => s.name === name)
  );
}

/** `kubectl exec`: runs argv in the container's current process world. */
export function podExec(k: KubeletCore, namespace: string, name: string, container: string | undefined, argv: string[], opts: ExecInput = {}): ExecOutcome {
  const pod = k.ctx.api.peek<Pod>('pods', namespace, name);
  if (!pod) return { ok: false, reason: 'NotFound', message: `pods "${name}" not found` };
  const phase = pod.status?.phase;
  if (phase === 'Succeeded' || phase === 'Failed') {
    return { ok: false, reason: '', message: `cannot exec into a container in a completed pod; current phase is ${phase}` };
  }
  const cname = pickContainer(pod, container);
  if (typeof cname !== 'string') return cname;
  const notFound: AccessError = { ok: false, reason: '', message: `unable to upgrade connection: container not found ("${cname}")` };
  if (!pod.spec?.nodeName) return notFound;
  const down = kubeletDown(k, pod, `exec/${namespace}/${name}/${cname}`);
  if (down) return down;
  const c = k.state.pods[`${namespace}/${name}`]?.containers.find((x) => x.name === cname);
  const run = c?.run;
  if (!c || !run || (c.step !== 'running' && c.step !== 'stopping')) return notFound;
  const spec = pod.spec.containers?.find((x) => x.name === cname) ?? pod.spec.initContainers?.find((x) => x.name === cname);
  const mounts = spec ? writableMounts(k.ctx.store, pod, spec, pod.spec.nodeName) : [];
  const ctx = contextOf(k.catalog, run, { name, namespace, node: pod.spec.nodeName }, cname, { state: k.state, mounts });
  if (!ctx) return notFound;
  // Tools run by exec (curl, wget, nslookup) reach the cluster through the network component, if wired.
  const net = podNetwork(k.ctx, `${namespace}/${name}`);
  if (net) ctx.net = net;
  const result = k.catalog.exec(run.plan, ctx, argv, k.now() - run.startedAt, opts);
  if ((result.kind === 'ran' || result.kind === 'forever') && result.files) {
    keepExecFiles(k.state, run, mounts, result.files);
    // What the command changed can change an exec probe's answer from now on, here and in every
    // pod that mounts the same claim or host path (an emptyDir is this pod's alone).
    const key = `${namespace}/${name}`;
    filesChanged(k, key);
    const shared = new Set(mounts.filter((m) => !m.readOnly && !m.key.startsWith('emptyDir/')).map((m) => m.key));
    for (const other of podsSharing(k.ctx.store, k.state, shared, key)) filesChanged(k, other);
  }
  return { ok: true, result };
}

/**
 * Files of pod `key` changed outside its plan: its probes must look again from now on (a passing
 * probe is otherwise not re-run until its plan says the answer may change), so the pod syncs.
 */
function filesChanged(k: KubeletCore, key: string): void {
  const rt = k.state.pods[key];
  if (!rt) return;
  const now = k.now();
  for (const c of rt.containers) {
    const run = c.run;
    if (!run || run.probes.length === 0 || !Array.isArray(run.probeChanges)) continue;
    if (!run.probeChanges.includes(now)) run.probeChanges = [...run.probeChanges, now].sort((a, b) => a - b);
  }
  k.ctx.manager.enqueue(KUBELET, key);
}
