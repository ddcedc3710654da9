/**
 * The catalog as one object whose methods match what the kubelet asks at a moment of a run
 * (structurally the kubelet's ImageCatalog seam): answers depend on where the plan is at
 * `atOffsetMs` — a server answers HTTP only once ready and while running; exec sees the files
 * the main process wrote.
 */
import { execInImage } from './exec';
import { httpAnswerFor } from './http';
import { containerLogsAt } from './logs';
import { planContainer } from './plan';
import { resolveImage } from './resolve';
import type { ContainerContext, ExecResult, HttpAnswer, HttpRequest, ImageResolution, ProcessPlan } from './types';
import { usageAt } from './usage';

export interface LogQuery {
  tail?: number;
  timestamps?: boolean;
  /** Only lines at or after this absolute virtual time (ms since epoch). */
  sinceTime?: number;
}

function running(plan: ProcessPlan, atOffsetMs: number): boolean {
  return atOffsetMs >= 0 && (plan.exit === undefined || atOffsetMs < plan.exit.atMs);
}

export const catalogService = {
  resolve(ref: string): ImageResolution {
    return resolveImage(ref);
  },
  plan(ctx: ContainerContext): ProcessPlan {
    return planContainer(ctx);
  },
  logs(plan: ProcessPlan, ctx: ContainerContext, untilOffsetMs: number, query: LogQuery = {}): string {
    const opts: { tail?: number; timestamps?: boolean; sinceOffsetMs?: number } = {};
    if (query.tail !== undefined) opts.tail = query.tail;
    if (query.timestamps !== undefined) opts.timestamps = query.timestamps;
    if (query.sinceTime !== undefined) opts.sinceOffsetMs = query.sinceTime - ctx.startedAt;
    return containerLogsAt(plan, ctx, untilOffsetMs, opts).text;
  },
  http(plan: ProcessPlan, ctx: ContainerContext, req: HttpRequest, atOffsetMs: number): HttpAnswer | null {
    if (!running(plan, atOffsetMs) || atOffsetMs < plan.readyAtMs) return null;
    if (req.port !== undefined && !plan.listens.some((l) => l.port === req.port && l.protocol === 'TCP')) return null;
    return httpAnswerFor(ctx.image, ctx, { ...req, nowMs: req.nowMs ?? ctx.startedAt + atOffsetMs });
  },
  exec(plan: ProcessPlan, ctx: ContainerContext, argv: string[], atOffsetMs: number): ExecResult {
    const opts: { nowMs: number; files?: Record<string, string> } = { nowMs: ctx.startedAt + atOffsetMs };
    if (plan.files) opts.files = plan.files;
    return execInImage(ctx.image, ctx, argv, opts);
  },
  usage(plan: ProcessPlan, atOffsetMs: number): { cpuMilli: number; memoryBytes: number } {
    return usageAt(plan, atOffsetMs);
  },
  /** Nothing but readiness and exit changes a plan's probe answers. */
  changesAt(): number[] {
    return [];
  },
};
