import { formatGoDuration } from '../../lib/duration';
import type { ImageResolution } from '../images/types';
import { podNetwork } from './pod-net';
import { inBackoffSince, nextBackoff } from './backoff';
import { containerEnv } from './env';
import { envFacts, event, podIdentity, podRef, specOf, type PodCtx } from './pod-ctx';
import { newProbes } from './probes';
import { contextOf, limitsOf, naturalExit, probeChanges, sigtermBehaviour } from './process';
import type { ContainerRt, RunRt, StopPlan } from './state';
import { STAGES } from './timing';
import { absorbWrites, readOnlyMounts, writableMounts } from './container-files';
import { containerMounts, podVolumes } from './volumes';

/** A container's life after its image is there: create, start, exit, stop, restart and back-off. */

const ACTIVE = new Set(['pulling', 'creating', 'starting']);

/**
 * A containerd container id: 64 hex digits, each draw's 8 digits most significant first. Written
 * into character codes and made a string once: a string grown piece by piece stays a chain of its
 * pieces in memory (V8 ropes), and ids live as long as their containers.
 */
function containerId(p: PodCtx): string {
  const random = p.k.ctx.rt.random;
  const codes = ID_CODES;
  for (let i = 0; i < 8; i++) {
    const u = random.nextUint32();
    for (let j = 0; j < 8; j++) codes[i * 8 + j] = HEX_CODES[(u >>> (28 - 4 * j)) & 15] as number;
  }
  return String.fromCharCode.apply(null, codes);
}

const ID_CODES: number[] = new Array<number>(64).fill(0);
const HEX_CODES = Array.from('0123456789abcdef', (c) => c.charCodeAt(0));

/** Whether `c` may begin a (re)start attempt now: the kubelet starts containers one after another. */
export function myTurn(p: PodCtx, c: ContainerRt): boolean {
  const rt = p.rt;
  if (!rt.sandboxReady || rt.terminating || rt.evicted || rt.deadlineExceeded || rt.terminal) return false;
  for (const o of rt.containers) if (o !== c && ACTIVE.has(o.step)) return false;
  for (const o of rt.containers) {
    if (!o.init) break;
    if (o === c) return true;
    if (o.sidecar) {
      if (!(o.run?.started || o.prev)) return false;
    } else if (!(o.step === 'done' && o.run?.exitCode === 0)) return false;
  }
  return !c.init;
}

/** The image is there: build the container's config (env), then CreateContainer. */
export function afterImage(p: PodCtx, c: ContainerRt, res: ImageResolution): void {
  const spec = specOf(p, c);
  if (!spec || res.kind !== 'found') return;
  const env = containerEnv(p.k.ctx.store, p.pod, spec, envFacts(p));
  if (!env.ok) {
    event(p, c, 'Warning', 'Failed', `Error: ${env.message}`);
    c.waiting = { reason: 'CreateContainerConfigError', message: env.message };
    c.step = 'configError';
    c.resyncAt = p.now + STAGES.errorResync;
    p.rt.sandboxReported = true;
    return;
  }
  c.prepared = { fullRef: res.fullRef, imageId: res.imageId, tag: res.tag, env: env.env };
  c.step = 'creating';
  c.until = p.now + p.k.draw(STAGES.create);
}

export function created(p: PodCtx, c: ContainerRt): void {
  event(p, c, 'Normal', 'Created', 'Container created');
  c.step = 'starting';
  c.until = p.now + p.k.draw(STAGES.start);
}

/** StartContainer: the process begins (or fails to: StartError). */
export function startProcess(p: PodCtx, c: ContainerRt): void {
  const spec = specOf(p, c);
  const prep = c.prepared;
  if (!spec || !prep) {
    c.step = 'waiting';
    return;
  }
  const { k, now } = p;
  const vols = podVolumes(k.ctx.store, p.pod, envFacts(p));
  const alloc = p.nodeObj.status?.capacity?.['cpu'];
  // The input is built key by key in its serialised order (optional keys only when set): object
  // literals with conditional spreads take a slow path in V8, and every container start makes one.
  const input = { tag: prep.tag } as RunRt['input'];
  if (spec.command) input.command = [...spec.command];
  if (spec.args) input.args = [...spec.args];
  input.env = prep.env;
  input.limits = limitsOf(spec);
  input.ports = (spec.ports ?? []).map((x) => ({ port: x.containerPort, protocol: x.protocol === 'UDP' ? 'UDP' : 'TCP' }));
  input.hostname = p.pod.spec?.hostNetwork ? p.nodeName : p.pod.spec?.hostname ?? p.pod.metadata.name ?? '';
  if (p.rt.ip) input.podIP = p.rt.ip;
  input.nodeCpus = Number(alloc ?? 2) || 2;
  if (spec.stdin) input.stdin = true;
  if (spec.tty) input.tty = true;
  input.mounts = containerMounts(spec, vols.files, p.pod);
  const readOnly = readOnlyMounts(p.pod, spec);
  if (readOnly.length > 0) input.readOnly = readOnly;
  input.restartCount = c.run ? c.restarts + 1 : c.restarts;
  const run: RunRt = {
    id: containerId(p),
    image: c.image,
    fullRef: prep.fullRef,
    imageId: prep.imageId,
    startedAt: now,
    plan: { argv: [], logs: [], listens: [], readyAtMs: 0, usage: { cpuMilli: 0, memoryBytes: 0, seed: 0 } },
    input,
    // Every field from the start (see newContainer in pod-worker.ts).
    exitAt: undefined,
    exit: undefined,
    finishedAt: undefined,
    exitCode: undefined,
    reason: undefined,
    message: undefined,
    started: !spec.startupProbe,
    startedSince: undefined,
    ready: false,
    probes: [],
    probeChanges: undefined,
    layer: undefined,
  };
  const writable = writableMounts(k.ctx.store, p.pod, spec, p.nodeName);
  const ctx = contextOf(k.catalog, run, podIdentity(p), c.name, writable.length > 0 ? { state: k.state, mounts: writable, planning: true } : undefined);
  // The main process reaches the cluster's DNS and Services too (`kubectl run tmp --image=busybox
  // -- wget -qO- web`): the plan holds the answers it got when the container started.
  const net = ctx ? podNetwork(k.ctx, p.key) : undefined;
  if (ctx && net) ctx.net = net;
  if (ctx) run.plan = k.catalog.plan(ctx);
  // What the process writes into a shared volume is there for the pod's other containers (and, for a claim, later pods).
  if (writable.length > 0 && run.plan.files) absorbWrites(k.state, writable, Object.entries(run.plan.files));
  c.prepared = undefined;
  const exit = naturalExit(run.plan, run.input.limits);
  if (exit?.reason === 'StartError') {
    event(p, c, 'Warning', 'Failed', `Error: ${exit.message ?? 'failed to start container'}`);
    if (c.run) {
      c.prev = c.run;
      c.restarts++;
    }
    c.run = run;
    terminate(p, c, now, { exitCode: exit.code, reason: 'StartError', final: false }, exit.message);
    return;
  }
  event(p, c, 'Normal', 'Started', 'Container started');
  if (exit) {
    run.exitAt = now + exit.atMs;
    run.exit = { code: exit.code, reason: exit.reason, ...(exit.message ? { message: exit.message } : {}) };
  }
  if (run.started) run.startedSince = now;
  run.ready = run.started && !spec.readinessProbe;
  run.probes = newProbes(spec, p.rt.probeBase, now);
  if (run.probes.length > 0) run.probeChanges = probeChanges(k.catalog, run, ctx, spec);
  if (c.run) {
    c.prev = c.run;
    c.restarts++;
  }
  c.run = run;
  c.waiting = undefined;
  c.step = 'running';
  c.until = undefined;
  c.resyncAt = undefined;
  p.rt.sandboxReported = true;
}

/** The process is gone at `at`. */
export function terminate(p: PodCtx, c: ContainerRt, at: number, how: StopPlan, message?: string): void {
  const run = c.run;
  if (!run) return;
  run.finishedAt = at;
  run.exitCode = how.exitCode;
  run.reason = how.reason;
  if (message) run.message = message;
  run.ready = false;
  c.stop = undefined;
  if (how.final) {
    c.step = 'done';
    c.until = undefined;
  } else {
    c.step = 'exited';
    c.until = how.reason === 'StartError' ? at : at + p.k.draw(STAGES.exitNoticed);
  }
  c.resyncAt = undefined;
}

/** Send SIGTERM (SIGKILL after `graceMs`): the stop takes what the process's signal handling says. */
export function stopContainer(p: PodCtx, c: ContainerRt, graceMs: number, final: boolean): void {
  const run = c.run;
  if (!run) return;
  const now = p.now;
  const sig = sigtermBehaviour(run.plan);
  let at: number;
  let how: StopPlan;
  if (sig.handles && graceMs > 0) {
    at = now + Math.min(p.k.draw(STAGES.sigtermExit), graceMs);
    how = { exitCode: sig.exitCode, reason: sig.exitCode === 0 ? 'Completed' : 'Error', final };
  } else {
    at = now + Math.max(0, graceMs);
    how = { exitCode: 137, reason: 'Error', final };
  }
  if (run.exitAt !== undefined && run.exitAt < at && run.exit) {
    at = run.exitAt;
    how = { exitCode: run.exit.code, reason: run.exit.reason, final };
  }
  c.step = 'stopping';
  c.until = at;
  c.stop = how;
}

/** After a container exited and the kubelet noticed: restart now, wait out a back-off, or leave it. */
export function decideRestart(p: PodCtx, c: ContainerRt): void {
  const run = c.run;
  const rt = p.rt;
  if (!run || run.finishedAt === undefined || rt.terminating || rt.evicted || rt.deadlineExceeded || rt.terminal) {
    c.step = 'done';
    c.until = undefined;
    return;
  }
  const policy = p.pod.spec?.restartPolicy ?? 'Always';
  const code = run.exitCode ?? 0;
  const restart = c.sidecar ? true : c.init ? code !== 0 && policy !== 'Never' : policy === 'Always' || (policy === 'OnFailure' && code !== 0);
  if (!restart) {
    c.step = 'done';
    c.until = undefined;
    return;
  }
  if (inBackoffSince(c.crashBackoff, run.finishedAt, p.now)) {
    enterCrashBackOff(p, c);
    return;
  }
  c.crashBackoff = nextBackoff(c.crashBackoff, run.finishedAt, p.now);
  c.step = 'waiting';
  c.until = undefined;
}

function enterCrashBackOff(p: PodCtx, c: ContainerRt): void {
  const run = c.run as RunRt;
  const entry = c.crashBackoff;
  if (!entry) return;
  const until = (run.finishedAt ?? p.now) + entry.ms;
  c.step = 'crashBackOff';
  c.until = until;
  c.waiting = { reason: 'CrashLoopBackOff', message: `back-off ${formatGoDuration(entry.ms)} restarting failed container=${c.name} pod=${podRef(p)}` };
  crashBackOffEvent(p, c);
  c.resyncAt = p.now + STAGES.errorResync < until ? p.now + STAGES.errorResync : undefined;
}

export function crashBackOffEvent(p: PodCtx, c: ContainerRt): void {
  event(p, c, 'Warning', 'BackOff', `Back-off restarting failed container ${c.name} in pod ${podRef(p)}`);
}

export function backOffExpired(p: PodCtx, c: ContainerRt): void {
  const run = c.run;
  c.crashBackoff = nextBackoff(c.crashBackoff, run?.finishedAt ?? p.now, p.now);
  c.step = 'waiting';
  c.until = undefined;
  c.resyncAt = undefined;
}
