import { releasePodIP } from './ipam';
import { inBackoffSinceUpdate } from './backoff';
import { backOffExpired, created, crashBackOffEvent, decideRestart, myTurn, startProcess, stopContainer, terminate } from './containers';
import { containerEnv } from './env';
import { envFacts, graceOf, killEvent, podIdentity, probeEvent, specOf, type PodCtx } from './pod-ctx';
import { probeSpec, runProbes } from './probes';
import { contextOf, probeWorld } from './process';
import { beginAttempt, enterPullBackOff, finishPull, pullBackOffEvents } from './pull';
import type { ContainerRt } from './state';
import { buildPodStatus } from './status';
import { MOUNT, STAGES } from './timing';
import { podVolumes } from './volumes';
import { writableMounts } from './container-files';

/** The transitions of one pod sync, each applied when due: deletion, mounts, containers, the end. */

export function stopAll(p: PodCtx, graceMs: number, verb: string): void {
  for (const c of p.rt.containers) {
    if (c.step === 'running') {
      killEvent(p, c, `${verb} ${c.name}`);
      stopContainer(p, c, graceMs, true);
    } else if (c.step === 'stopping' && c.stop) {
      c.stop.final = true;
    } else if (c.step !== 'done') {
      c.step = 'done';
      c.until = undefined;
      c.resyncAt = undefined;
    }
  }
}

/** Deletion: stop every container within the grace period, then let the API server drop the pod. */
export function terminationStep(p: PodCtx): boolean {
  const { rt, pod, now } = p;
  const grace = pod.metadata.deletionGracePeriodSeconds ?? graceOf(p);
  if (!rt.terminating) {
    rt.terminating = { since: now, deadline: now + grace * 1000, graceSeconds: grace };
    stopAll(p, grace * 1000, 'Stopping container');
    return true;
  }
  if (grace < rt.terminating.graceSeconds) {
    rt.terminating.graceSeconds = grace;
    rt.terminating.deadline = Math.min(rt.terminating.deadline, now + grace * 1000);
    for (const c of rt.containers) {
      if (c.step === 'stopping' && (c.until ?? 0) > rt.terminating.deadline) {
        c.until = rt.terminating.deadline;
        c.stop = { exitCode: 137, reason: 'Error', final: true };
      }
    }
    return true;
  }
  return false;
}

/** Volumes: mount them, or report why not (FailedMount) on the volume manager's rhythm. */
export function mountStep(p: PodCtx): boolean {
  const { rt, now, k, pod } = p;
  // Only whether (and why not) the volumes mount: their contents are built when a container starts.
  const vols = podVolumes(k.ctx.store, pod, envFacts(p), false);
  if (vols.failures.length === 0) {
    rt.mounted = true;
    rt.mount = undefined;
    return true;
  }
  const setup = vols.failures.filter((f) => f.kind === 'setup');
  const pvc = vols.failures.filter((f) => f.kind === 'pvc');
  const m = (rt.mount ??= { since: now, retryAt: now, retryMs: 0, reportAt: pvc.length > 0 ? now : now + MOUNT.waitTimeoutMs });
  if (setup.length > 0 && m.retryAt <= now) {
    for (const f of setup) k.event(pod, 'Warning', 'FailedMount', f.message, p.nodeName);
    m.retryMs = m.retryMs === 0 ? MOUNT.retryInitialMs : Math.min(m.retryMs * 2, MOUNT.retryMaxMs);
    m.retryAt = now + m.retryMs;
  }
  // Claims are not retried by the reconciler: only the sync's reports come back.
  if (setup.length === 0) m.retryAt = Math.max(m.retryAt, m.reportAt);
  if (m.reportAt <= now) {
    const list = (xs: string[]) => `[${xs.join(' ')}]`;
    const cause = pvc.length > 0 ? pvc.map((f) => f.message).join('; ') : 'context deadline exceeded';
    const msg = `Unable to attach or mount volumes: unmounted volumes=${list(vols.failures.map((f) => f.volume))}, unattached volumes=[], failed to process volumes=${list(pvc.map((f) => f.volume))}: ${cause}`;
    k.event(pod, 'Warning', 'FailedMount', msg, p.nodeName);
    m.reportAt = now + (pvc.length > 0 ? STAGES.errorResync : MOUNT.waitTimeoutMs + STAGES.errorResync);
  }
  return false;
}

/** A changed image (the only mutable container field the kubelet acts on) restarts the container. */
export function specChanged(p: PodCtx, c: ContainerRt): boolean {
  const spec = specOf(p, c);
  if (!spec || spec.image === c.image || p.rt.terminating || p.rt.terminal) return false;
  switch (c.step) {
    case 'running':
      killEvent(p, c, `Container ${c.name} definition changed, will be restarted`);
      stopContainer(p, c, graceOf(p) * 1000, false);
      c.image = spec.image ?? '';
      return true;
    case 'pullError':
    case 'pullBackOff':
    case 'imageError':
    case 'configError':
    case 'crashBackOff':
      c.step = 'waiting';
      c.until = undefined;
      c.resyncAt = undefined;
      c.image = spec.image ?? '';
      return true;
    default:
      return false;
  }
}

export function containerStep(p: PodCtx, c: ContainerRt): boolean {
  const { now } = p;
  const due = c.until !== undefined && c.until <= now;
  const resync = c.resyncAt !== undefined && c.resyncAt <= now;
  switch (c.step) {
    case 'waiting':
      if (!myTurn(p, c)) return false;
      beginAttempt(p, c);
      return true;
    case 'pulling':
      if (!due) return false;
      finishPull(p, c);
      return true;
    case 'pullError':
      if (!due) return false;
      if (c.pullBackoff && inBackoffSinceUpdate(c.pullBackoff.entry, now)) enterPullBackOff(p, c);
      else retry(c);
      return true;
    case 'pullBackOff':
      if (due) {
        retry(c);
        return true;
      }
      if (!resync) return false;
      pullBackOffEvents(p, c);
      nextResync(c, now);
      return true;
    case 'imageError':
      if (!resync) return false;
      retry(c);
      return true;
    case 'configError': {
      const spec = specOf(p, c);
      const fixed = !!spec && containerEnv(p.k.ctx.store, p.pod, spec, envFacts(p)).ok;
      if (!resync && !fixed) return false;
      retry(c);
      return true;
    }
    case 'creating':
      if (!due) return false;
      created(p, c);
      return true;
    case 'starting':
      if (!due) return false;
      startProcess(p, c);
      return true;
    case 'running':
      return runningStep(p, c);
    case 'stopping':
      if (!due || !c.stop) return false;
      terminate(p, c, c.until ?? now, c.stop);
      if ((c.step as string) === 'exited') c.until = now;
      return true;
    case 'exited':
      if (!due) return false;
      decideRestart(p, c);
      return true;
    case 'crashBackOff':
      if (due) {
        backOffExpired(p, c);
        return true;
      }
      if (!resync) return false;
      crashBackOffEvent(p, c);
      nextResync(c, now);
      return true;
    default:
      return false;
  }
}

function retry(c: ContainerRt): void {
  c.step = 'waiting';
  c.until = undefined;
  c.resyncAt = undefined;
}

function nextResync(c: ContainerRt, now: number): void {
  const next = now + STAGES.errorResync;
  c.resyncAt = c.until === undefined || next < c.until ? next : undefined;
}

const PROBE_NAME = { startup: 'Startup', liveness: 'Liveness', readiness: 'Readiness' } as const;

/** A running process: it may exit on its own, and its probes may pass, fail or get it killed. */
function runningStep(p: PodCtx, c: ContainerRt): boolean {
  const run = c.run;
  const spec = specOf(p, c);
  if (!run || !spec) return false;
  if (run.exitAt !== undefined && run.exitAt <= p.now && run.exit) {
    terminate(p, c, run.exitAt, { exitCode: run.exit.code, reason: run.exit.reason, final: false }, run.exit.message);
    return true;
  }
  if (run.probes.length === 0) return false;
  // Exec probes see the container's files as they are now (an exec may have removed /tmp/healthy).
  const live = spec.volumeMounts || run.layer || run.plan.files ? { state: p.k.state, mounts: writableMounts(p.k.ctx.store, p.pod, spec, p.nodeName) } : undefined;
  const world = probeWorld(p.k.catalog, run, contextOf(p.k.catalog, run, podIdentity(p), c.name, live), spec);
  const effects = runProbes(run, spec, world, p.now);
  for (const e of effects) {
    if (e.type === 'unhealthy') {
      probeEvent(p, c, `${PROBE_NAME[e.kind]} probe ${e.errored ? 'errored' : 'failed'}: ${e.message}`);
      continue;
    }
    if (e.kind === 'startup' && e.ok && !spec.readinessProbe) run.ready = true;
    if ((e.kind === 'liveness' || e.kind === 'startup') && !e.ok) {
      killEvent(p, c, `Container ${c.name} failed ${e.kind} probe, will be restarted`);
      const grace = probeSpec(spec, e.kind)?.terminationGracePeriodSeconds ?? graceOf(p);
      stopContainer(p, c, grace * 1000, false);
    }
  }
  return effects.length > 0;
}

/** Finished pods: stop sidecars once the main containers are done; settle the terminal phase; remove deleted pods. */
export function terminalStep(p: PodCtx): boolean {
  const { rt } = p;
  const all = rt.containers;
  let allDone = true;
  for (const c of all) if (c.step !== 'done') allDone = false;
  if (rt.terminating && allDone && !rt.deletionScheduled) {
    // Nothing runs any more: post the final phase, then confirm the deletion.
    if (!rt.terminal) {
      const phase = buildPodStatus(p.pod, rt, { hostIP: p.hostIP, now: p.now }).phase;
      if (phase === 'Succeeded' || phase === 'Failed') rt.terminal = phase;
    }
    releasePodIP(p.node, rt.ip, p.key);
    rt.deletionScheduled = true;
    rt.deleteAt = p.now + p.k.draw(STAGES.cleanup);
    return true;
  }
  if (rt.terminal || rt.terminating) return false;
  if (rt.evicted || rt.deadlineExceeded) {
    if (!allDone) return false;
    rt.terminal = 'Failed';
    releasePodIP(p.node, rt.ip, p.key);
    return true;
  }
  // Asked at the end of every sync of every pod: loops, no arrays or closures on the way to "no".
  let regularCount = 0;
  let regularDone = true;
  let initFailed = false;
  for (const c of all) {
    if (!c.init) {
      regularCount++;
      if (c.step !== 'done') regularDone = false;
    } else if (c.step === 'done' && (c.run?.exitCode ?? 0) !== 0) initFailed = true;
  }
  regularDone = regularDone && regularCount > 0;
  // The phase can only turn terminal once the app containers are done, or an init container failed for good.
  if (!regularDone && !initFailed) return false;
  if (regularDone) {
    const sidecars = all.filter((c) => c.sidecar && c.step !== 'done');
    if (sidecars.length > 0) {
      let changed = false;
      for (const c of sidecars) {
        if (c.step === 'running') {
          killEvent(p, c, `Stopping container ${c.name}`);
          stopContainer(p, c, graceOf(p) * 1000, true);
          changed = true;
        } else if (c.step !== 'stopping') {
          c.step = 'done';
          changed = true;
        } else if (c.stop && !c.stop.final) {
          c.stop.final = true;
        }
      }
      return changed;
    }
  }
  const phase = buildPodStatus(p.pod, rt, { hostIP: p.hostIP, now: p.now }).phase;
  if (phase !== 'Succeeded' && phase !== 'Failed') return false;
  rt.terminal = phase;
  for (const c of all) {
    if (c.step === 'running') stopContainer(p, c, graceOf(p) * 1000, true);
    else if (c.step !== 'stopping' && c.step !== 'done') {
      c.step = 'done';
      c.until = undefined;
      c.resyncAt = undefined;
    }
  }
  releasePodIP(p.node, rt.ip, p.key);
  return true;
}
