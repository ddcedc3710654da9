import type { ContainerRt, PodRt, RunRt } from './state';

/**
 * The kubelet's records, each always built by one of these with every field, in one order. V8 gives
 * objects that gain their fields in different orders (or lose one to `delete`) different shapes,
 * and the kubelet's hot code, which reads these records on every sync, is compiled for the shapes it
 * has met: a record of a new shape throws that code away, to be compiled again. Records rebuilt
 * from a snapshot (JSON: sorted keys, undefined fields missing) go through here too.
 */

export function podRtShape(s: PodRt): PodRt {
  return {
    uid: s.uid, node: s.node, admittedAt: s.admittedAt, counted: s.counted, rejected: s.rejected, mount: s.mount, mounted: s.mounted,
    sandboxAt: s.sandboxAt, sandboxReady: s.sandboxReady, sandboxReported: s.sandboxReported, ip: s.ip, containers: s.containers,
    terminating: s.terminating, evicted: s.evicted, deadlineExceeded: s.deadlineExceeded, activeDeadlineAt: s.activeDeadlineAt,
    terminal: s.terminal, deleteAt: s.deleteAt, deletionScheduled: s.deletionScheduled, probeBase: s.probeBase, writtenRV: s.writtenRV,
    writtenSig: s.writtenSig, fg: s.fg, bg: s.bg,
  };
}

export function containerRtShape(s: ContainerRt): ContainerRt {
  return {
    name: s.name, init: s.init, sidecar: s.sidecar, step: s.step, until: s.until, resyncAt: s.resyncAt, image: s.image, attemptAt: s.attemptAt,
    pullMs: s.pullMs, prepared: s.prepared, pullFailure: s.pullFailure, waiting: s.waiting, run: s.run, prev: s.prev, restarts: s.restarts,
    crashBackoff: s.crashBackoff, pullBackoff: s.pullBackoff, stop: s.stop, pullFailures: s.pullFailures,
  };
}

export function runRtShape(s: RunRt): RunRt {
  return {
    id: s.id, image: s.image, fullRef: s.fullRef, imageId: s.imageId, startedAt: s.startedAt, plan: s.plan, input: s.input, exitAt: s.exitAt,
    exit: s.exit, finishedAt: s.finishedAt, exitCode: s.exitCode, reason: s.reason, message: s.message, started: s.started,
    startedSince: s.startedSince, ready: s.ready, probes: s.probes, probeChanges: s.probeChanges, layer: s.layer,
  };
}
