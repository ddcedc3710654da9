import type { ContainerContext, ExecResult, HttpAnswer, HttpRequest, ImageResolution, ProcessPlan } from '../images/types';

/** `kubectl exec -t` / `-i` with piped input. */
export interface ExecInput {
  tty?: boolean;
  stdin?: string;
}

export interface LogQuery {
  tail?: number;
  timestamps?: boolean;
  /** Only lines at or after this absolute virtual time. */
  sinceTime?: number;
}

/**
 * Everything the kubelet asks of the image catalog, in one seam: tests can hand the kubelet a small
 * fake, and the catalog's own API can change without touching the kubelet's logic.
 */
export interface ImageCatalog {
  resolve(ref: string): ImageResolution;
  plan(ctx: ContainerContext): ProcessPlan;
  /** Log text a run wrote up to `untilOffsetMs` after its start. */
  logs(plan: ProcessPlan, ctx: ContainerContext, untilOffsetMs: number, query: LogQuery): string;
  /** The answer of the container's own server, or null when nothing answers that request. */
  http(plan: ProcessPlan, ctx: ContainerContext, req: HttpRequest, atOffsetMs: number): HttpAnswer | null;
  exec(plan: ProcessPlan, ctx: ContainerContext, argv: string[], atOffsetMs: number, opts?: ExecInput): ExecResult;
  usage(plan: ProcessPlan, atOffsetMs: number): { cpuMilli: number; memoryBytes: number };
  /**
   * Offsets (ms after start) where a probe's outcome may change besides `readyAtMs`, or 'unknown'
   * when the catalog cannot tell (then the kubelet re-checks every period, in the background).
   */
  changesAt?(plan: ProcessPlan, ctx: ContainerContext): number[] | 'unknown';
  /** Changes whenever `resolve` may answer differently (a broken or repaired image); absent: never. */
  cacheKey?(): string;
}
