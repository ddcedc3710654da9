import { catalogService, execInImage } from '../images';
import type { ImageCatalog } from './catalog';

/** The simulated image catalog (src/sim/images) behind the kubelet's seam. */
export function defaultCatalog(): ImageCatalog {
  return {
    resolve: (ref) => catalogService.resolve(ref),
    plan: (ctx) => catalogService.plan(ctx),
    logs: (plan, ctx, until, query) => catalogService.logs(plan, ctx, until, query),
    http: (plan, ctx, req, at) => catalogService.http(plan, ctx, req, at),
    // Exec directly, to pass -t / -i through (the service's exec has no options).
    exec: (plan, ctx, argv, at, opts = {}) =>
      execInImage(ctx.image, ctx, argv, {
        nowMs: ctx.startedAt + at,
        // The kubelet's view of the container's own files when it has one (see container-files.ts).
        ...(ctx.files ? { files: ctx.files } : plan.files ? { files: plan.files } : {}),
        ...(opts.tty ? { tty: true } : {}),
        ...(opts.stdin !== undefined ? { stdin: opts.stdin } : {}),
      }),
    usage: (plan, at) => catalogService.usage(plan, at),
    changesAt: () => catalogService.changesAt(),
  };
}
