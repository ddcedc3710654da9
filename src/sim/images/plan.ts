/**
 * planContainer: what a container does when the kubelet starts it, as data. The main process runs
 * on a private virtual clock until it exits or settles (a server waiting, `sleep infinity`, an
 * endless loop described as PeriodicLogs); its output, exit, ports and resource use become the plan.
 */
import { FAMILIES } from './catalog/families';
import { Machine } from './machine';
import { IdentityTracker, memoSlot, type UnresolvedPlan } from './plan-memo';
import { osInfo } from './os';
import { personalise } from './plan-shared';
import { splitChunks } from './periodic';
import { effectiveArgv, execFailure, processEnv, runMain } from './process';
import { variantOf } from './resolve';
import { logFd } from './shell/io';
import type { ContainerContext, ImageVariant, LogLine, ProcessPlan } from './types';

export const LOG_LINE_CAP = 10000;

/** runc's StartError text as the container status shows it (exit code 128). */
export function startErrorMessage(detail: string): string {
  return `failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: ${detail}: unknown`;
}

export function machineFor(ctx: ContainerContext, baseMs: number, mode: 'main' | 'exec', files?: Map<string, string>): Machine {
  const v = variantOf(ctx.image, ctx.tag) ?? (Object.values(ctx.image.variants)[0] as ImageVariant);
  const family = FAMILIES[ctx.image.family] ?? { bins: () => ({}) };
  const m = new Machine(ctx.image, v, osInfo(v.os), family, ctx, baseMs, mode, files);
  return m;
}

export function planContainer(ctx: ContainerContext): ProcessPlan {
  const slot = memoSlot(ctx);
  const known = slot?.get();
  if (known) return personalise(known, ctx);
  const tracker = slot ? new IdentityTracker() : undefined;
  const plan = unresolvedPlan(ctx, tracker);
  if (slot && tracker && !tracker.touched) slot.set(plan);
  return personalise(plan, ctx);
}

/** planContainer without the shared plans (tests prove sharing changes nothing). */
export function planContainerUncached(ctx: ContainerContext): ProcessPlan {
  return personalise(unresolvedPlan(ctx, undefined), ctx);
}

/**
 * Runs the main process. Texts keep their date placeholders and the usage seed is left 0 (see
 * `personalise`); with a tracker, the run sees the context through it (see plan-memo.ts).
 */
function unresolvedPlan(raw: ContainerContext, tracker: IdentityTracker | undefined): UnresolvedPlan {
  const ctx = tracker ? tracker.wrap(raw) : raw;
  const m = machineFor(ctx, raw.startedAt, 'main');
  if (tracker) m.onClockRead = tracker.clockRead();
  const v = m.variant;
  const argv = effectiveArgv(ctx, v);
  const env = tracker ? tracker.env(processEnv(v, raw)) : processEnv(v, raw);
  const failure = execFailure(m, argv, env);
  if (failure) {
    return {
      plan: {
        argv,
        logs: [],
        exit: { atMs: 0, code: 128, reason: 'StartError', message: startErrorMessage(failure) },
        listens: [],
        readyAtMs: 0,
        usage: { cpuMilli: 0, memoryBytes: 0, seed: 0 },
      },
      formats: [],
    };
  }
  m.processes = [argv.join(' '), ...(m.family.children?.(v, ctx) ?? [])];
  runMain(m, argv, env, { stdin: null, out: logFd(m, 'stdout'), err: logFd(m, 'stderr') }, v.workingDir || '/');

  const chunks = [...m.chunks].sort((a, b) => a.t - b.t);
  let logs: LogLine[] = splitChunks(chunks);
  const halt = m.halted;
  const plan: ProcessPlan = {
    argv,
    logs,
    listens: m.listens,
    readyAtMs: m.readyAtMs ?? 0,
    usage: { cpuMilli: m.usage?.cpuMilli ?? 0, memoryBytes: m.usage?.memoryBytes ?? 512 * 1024, seed: 0 },
  };
  if (m.usage?.growth) plan.usage.growth = m.usage.growth;
  if (halt?.kind === 'exit') {
    plan.exit = halt.message === undefined ? { atMs: m.t, code: halt.code, reason: halt.reason } : { atMs: m.t, code: halt.code, reason: halt.reason, message: halt.message };
  }
  if (m.periodic) plan.periodic = m.periodic;
  applyLimits(plan, raw, m.t);
  // Text after an OOM kill never reached the log.
  const end = plan.exit?.atMs;
  if (end !== undefined) logs = logs.filter((l) => l.atMs <= end);
  plan.logs = logs.length > LOG_LINE_CAP ? logs.slice(-LOG_LINE_CAP) : logs;
  if (m.written.size) plan.files = Object.fromEntries(m.written);
  if (m.outbound.length) plan.outbound = m.outbound;
  if (m.usedNetwork) plan.usesNetwork = true;
  return { plan, formats: m.placeholderFormats() };
}

/**
 * The cgroup limits: CPU use is capped at the limit; memory above the limit (at once or through
 * growth) ends the container with OOMKilled / 137 at the moment it crosses.
 */
function applyLimits(plan: ProcessPlan, ctx: ContainerContext, settledAt: number): void {
  const cpuLimit = ctx.limits.cpuMilli;
  if (cpuLimit !== undefined) plan.usage.cpuMilli = Math.min(plan.usage.cpuMilli, cpuLimit);
  const limit = ctx.limits.memoryBytes;
  if (limit === undefined || plan.exit?.reason === 'OOMKilled') return;
  const mem = plan.usage.memoryBytes;
  const growth = plan.usage.growth?.bytesPerSecond ?? 0;
  let oomAt: number | undefined;
  if (mem > limit) oomAt = settledAt + 200;
  else if (growth > 0) oomAt = settledAt + Math.ceil(((limit - mem) / growth) * 1000);
  if (oomAt === undefined || (plan.exit && plan.exit.atMs <= oomAt)) return;
  plan.exit = { atMs: oomAt, code: 137, reason: 'OOMKilled' };
  const p = plan.periodic;
  if (p) {
    const count = p.startMs > oomAt ? 0 : Math.floor((oomAt - p.startMs) / p.everyMs) + 1;
    p.count = p.count === undefined ? count : Math.min(p.count, count);
  }
}
