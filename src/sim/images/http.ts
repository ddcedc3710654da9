/**
 * HTTP answers of a container's server, for `curl` from a pod, a node or a Service. The image's
 * family answers; null means nothing speaks HTTP on that port (the caller reports a refused or
 * empty reply as curl would).
 */
import { FAMILIES } from './catalog/families';
import type { ContainerContext, HttpAnswer, HttpRequest, ImageInfo } from './types';

export function httpAnswerFor(image: ImageInfo, ctx: ContainerContext, req: HttpRequest): HttpAnswer | null {
  const variant = image.variants[image.tags[ctx.tag] ?? ctx.tag];
  const family = FAMILIES[image.family];
  if (!variant || !family?.http) return null;
  return family.http(variant, ctx, { ...req, nowMs: req.nowMs ?? ctx.startedAt });
}

/** Public entry: the answer of `image`'s server to one request. */
export function httpAnswer(image: ImageInfo, ctx: ContainerContext, req: HttpRequest): HttpAnswer | null {
  return httpAnswerFor(image, ctx, req);
}
