import type { Container, Probe } from 'kubernetes-types/core/v1';
import type { ContainerContext, ProcessPlan } from '../images/types';
import type { ImageCatalog } from './catalog';
import type { ProbeOutcome, ProbeWorld } from './probes';
import { liveFiles, volumeView, type WritableMount } from './container-files';
import type { KubeletState, PlanInput, ProbeKind, RunRt } from './state';
import { parseQuantity, toMilli, toValue } from '../../lib/quantity';

/** Node facts a process sees. */
export const NODE_KERNEL = '6.8.0-45-generic';

/** How soon an over-limit process is killed by the OOM killer once it starts. */
const OOM_AT_START_MS = 200;

export function limitsOf(c: Container): PlanInput['limits'] {
  const out: PlanInput['limits'] = {};
  const mem = c.resources?.limits?.['memory'];
  const cpu = c.resources?.limits?.['cpu'];
  const m = mem !== undefined ? parseQuantity(String(mem)) : null;
  const q = cpu !== undefined ? parseQuantity(String(cpu)) : null;
  if (m) out.memoryBytes = toValue(m);
  if (q) out.cpuMilli = toMilli(q);
  return out;
}

/** The kubelet's writable volumes as one container mounts them (see container-files.ts). */
export interface LiveFiles {
  state: KubeletState;
  mounts: readonly WritableMount[];
  /** For the main process's plan: it sees the volumes as mounted files (it has written nothing yet). */
  planning?: boolean;
}

/**
 * The catalog's view of a run, rebuilt from the run's record (the image record is looked up again).
 * With `live`, it sees its writable volumes as they are now and the files written in its own layer.
 */
export function contextOf(catalog: ImageCatalog, run: RunRt, pod: { name: string; namespace: string; node: string }, containerName: string, live?: LiveFiles): ContainerContext | undefined {
  const res = catalog.resolve(run.image);
  if (res.kind !== 'found') return undefined;
  const i = run.input;
  const ctx: ContainerContext = {
    image: res.image,
    tag: i.tag,
    env: i.env,
    podName: pod.name,
    namespace: pod.namespace,
    containerName,
    startedAt: run.startedAt,
    restartCount: i.restartCount,
    limits: i.limits,
    ports: i.ports,
    hostname: i.hostname,
    nodeName: pod.node,
    nodeCpus: i.nodeCpus,
    kernel: NODE_KERNEL,
    mounts: i.mounts,
  };
  if (i.readOnly) ctx.readOnly = i.readOnly;
  if (i.command) ctx.command = i.command;
  if (i.args) ctx.args = i.args;
  if (i.podIP) ctx.podIP = i.podIP;
  if (i.stdin) ctx.stdin = true;
  if (i.tty) ctx.tty = true;
  if (live?.planning) ctx.mounts = { ...i.mounts, ...volumeView(live.state, live.mounts) };
  // Always set, even empty: the process sees these files, not its plan's (which may lie in a volume now).
  else if (live) ctx.files = liveFiles(live.state, run, live.mounts);
  return ctx;
}

/** When and how a process ends on its own: its plan's exit, or the OOM killer if it outgrows its limit. */
export function naturalExit(plan: ProcessPlan, limits: PlanInput['limits']): { atMs: number; code: number; reason: string; message?: string } | undefined {
  let exit = plan.exit ? { atMs: plan.exit.atMs, code: plan.exit.code, reason: plan.exit.reason as string, ...(plan.exit.message ? { message: plan.exit.message } : {}) } : undefined;
  const limit = limits.memoryBytes;
  if (limit !== undefined) {
    const base = plan.usage.memoryBytes;
    const rate = plan.usage.growth?.bytesPerSecond ?? 0;
    let oomAt: number | undefined;
    if (base >= limit) oomAt = OOM_AT_START_MS;
    else if (rate > 0) oomAt = Math.ceil(((limit - base) / rate) * 1000);
    if (oomAt !== undefined && (!exit || oomAt < exit.atMs)) exit = { atMs: oomAt, code: 137, reason: 'OOMKilled' };
  }
  return exit;
}

/** PID 1 programs that install no SIGTERM handler (so the kernel ignores the signal) — they take the whole grace period. */
const IGNORES_SIGTERM = new Set(['sleep', 'sh', 'bash', 'ash', 'dash', 'zsh', 'tail', 'cat', 'yes', 'top', 'watch', 'python', 'python3', 'node', 'ping', 'pause']);
/** The JVM's shutdown hook exits with 128+15. */
const EXITS_143 = new Set(['java']);

/** What SIGTERM does to a process: stops it (with which code), or nothing. */
export function sigtermBehaviour(plan: ProcessPlan): { handles: boolean; exitCode: number } {
  const argv0 = plan.argv[0] ?? '';
  const base = argv0.slice(argv0.lastIndexOf('/') + 1);
  if (IGNORES_SIGTERM.has(base) || /^python\d/.test(base)) return { handles: false, exitCode: 137 };
  return { handles: true, exitCode: EXITS_143.has(base) ? 143 : 0 };
}

/** A container port by number or name. */
export function resolvePort(port: number | string | undefined, c: Container): number | undefined {
  if (typeof port === 'number') return port;
  if (port === undefined) return undefined;
  if (/^\d+$/.test(port)) return Number(port);
  return c.ports?.find((p) => p.name === port)?.containerPort;
}

/**
 * When a run's probe outcomes may change (absolute times, sorted): its ports opening, plus what the
 * catalog knows of the process; 'unknown' for exec probes the catalog cannot foresee.
 */
export function probeChanges(catalog: ImageCatalog, run: RunRt, ctx: ContainerContext | undefined, spec: Container): number[] | 'unknown' {
  const readyAt = run.startedAt + run.plan.readyAtMs;
  const probes = [spec.startupProbe, spec.livenessProbe, spec.readinessProbe].filter((p): p is Probe => !!p);
  const extra = ctx && catalog.changesAt ? catalog.changesAt(run.plan, ctx) : probes.some((p) => p.exec) ? 'unknown' : [];
  if (extra === 'unknown') return 'unknown';
  return [...new Set([readyAt, ...extra.map((x) => run.startedAt + x)])].sort((a, b) => a - b);
}

/** A probe's view of a running instance, asking the catalog how the process answers. */
export function probeWorld(catalog: ImageCatalog, run: RunRt, ctx: ContainerContext | undefined, spec: Container): ProbeWorld {
  const readyAt = run.startedAt + run.plan.readyAtMs;
  const changes = run.probeChanges ?? [readyAt];
  const podIP = run.input.podIP ?? '';
  const listening = (port: number, at: number) => at >= readyAt && run.plan.listens.some((l) => l.port === port && l.protocol === 'TCP');
  return {
    changes,
    outcome(_kind: ProbeKind, probe: Probe, at: number): ProbeOutcome {
      const timeout = probe.timeoutSeconds ?? 1;
      if (probe.httpGet) {
        const port = resolvePort(probe.httpGet.port as number | string, spec) ?? 0;
        const host = probe.httpGet.host || podIP;
        const scheme = (probe.httpGet.scheme ?? 'HTTP').toLowerCase();
        const path = probe.httpGet.path || '/';
        const url = `${scheme}://${host}:${port}${path.startsWith('/') ? path : `/${path}`}`;
        if (!listening(port, at)) return { ok: false, message: `Get "${url}": dial tcp ${host}:${port}: connect: connection refused` };
        const answer = ctx ? catalog.http(run.plan, ctx, { path, method: 'GET', host, port, nowMs: at }, at - run.startedAt) : null;
        const status = answer?.status ?? 404;
        if (status >= 200 && status < 400) return { ok: true };
        return { ok: false, message: `HTTP probe failed with statuscode: ${status}` };
      }
      if (probe.tcpSocket) {
        const port = resolvePort(probe.tcpSocket.port as number | string, spec) ?? 0;
        const host = probe.tcpSocket.host || podIP;
        return listening(port, at) ? { ok: true } : { ok: false, message: `dial tcp ${host}:${port}: connect: connection refused` };
      }
      if (probe.grpc) {
        const port = probe.grpc.port;
        return listening(port, at) ? { ok: true } : { ok: false, message: `timeout: failed to connect service "${podIP}:${port}" within ${timeout}s` };
      }
      if (probe.exec) {
        const argv = probe.exec.command ?? [];
        if (!ctx) return { ok: true };
        const r = catalog.exec(run.plan, ctx, argv, at - run.startedAt);
        const timedOut = { ok: false as const, message: `command ${JSON.stringify(argv.join(' '))} timed out` };
        switch (r.kind) {
          case 'ran':
            if (r.durationMs > timeout * 1000) return timedOut;
            return r.exitCode === 0 ? { ok: true } : { ok: false, message: r.stdout + r.stderr };
          case 'forever':
            return timedOut;
          case 'startFailed':
            return { ok: 'error', message: r.message };
          default:
            return { ok: true };
        }
      }
      return { ok: true };
    },
  };
}
