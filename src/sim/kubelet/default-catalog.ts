import { catalogPart } from '../images/catalog-source';
import type { ImageCatalog } from './catalog';

/** The simulated image catalog (src/sim/images) behind the kubelet's seam, asked only once the cluster runs (catalog-source.ts). */
export function defaultCatalog(): ImageCatalog {
  return {
    resolve: (ref) => catalogPart().catalogService.resolve(ref),
    plan: (ctx) => catalogPart().catalogService.plan(ctx),
    logs: (plan, ctx, until, query) => catalogPart().catalogService.logs(plan, ctx, until, query),
    http: (plan, ctx, req, at) => catalogPart().catalogService.http(plan, ctx, req, at),
    // Exec directly, to pass -t / -i through (the service's exec has no options).
    exec: (plan, ctx, argv, at, opts = {}) =>
      catalogPart().execInImage(ctx.image, ctx, argv, {
        nowMs: ctx.startedAt + at,
        // The kubelet's view of the container's own files when it has one (see container-files.ts).
        ...(ctx.files ? { files: ctx.files } : plan.files ? { files: plan.files } : {}),
        ...(opts.tty ? { tty: true } : {}),
        ...(opts.stdin !== undefined ? { stdin: opts.stdin } : {}),
      }),
    usage: (plan, at) => catalogPart().catalogService.usage(plan, at),
    changesAt: () => catalogPart().catalogService.changesAt(),
  };
}
