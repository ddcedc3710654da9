import type { Container } from 'kubernetes-types/core/v1';
import { formatGoDuration } from '../../lib/duration';
import { defaultPullPolicy } from '../api/defaults/image';
import type { ImageResolution } from '../images/types';
import { inBackoffSinceUpdate, nextBackoff } from './backoff';
import { afterImage } from './containers';
import { event, specOf, type PodCtx } from './pod-ctx';
import type { ContainerRt, NodeRt } from './state';
import { STAGES } from './timing';

/**
 * EnsureImageExists: the image pull policy, the node's serialised puller and the pull back-off,
 * with the kubelet's Pulling / Pulled / Failed / BackOff events.
 */

/** The pull policy; the API server normally defaults it, objects written around it get the same default here. */
function pullPolicy(spec: Container): string {
  return spec.imagePullPolicy ?? defaultPullPolicy(spec.image ?? '');
}

export function imagePresent(node: NodeRt, res: ImageResolution, now: number): boolean {
  if (res.kind !== 'found') return false;
  const img = node.images[res.imageId];
  return !!img && img.readyAt <= now && (img.refs.includes(res.fullRef) || res.fullRef === res.imageId);
}

/** Pull (or find) the image, then create the container: the kubelet's startContainer up to CreateContainer. */
export function beginAttempt(p: PodCtx, c: ContainerRt): void {
  const spec = specOf(p, c);
  if (!spec) return;
  const { k, now, node } = p;
  const image = spec.image ?? '';
  c.image = image;
  c.attemptAt = now;
  c.until = undefined;
  c.resyncAt = undefined;
  const res = k.catalog.resolve(image);
  if (res.kind === 'invalid') {
    imageError(p, c, 'InvalidImageName', res.message, 'InspectFailed');
    return;
  }
  const policy = pullPolicy(spec);
  const present = imagePresent(node, res, now);
  if (policy === 'Never' && !present) {
    imageError(p, c, 'ErrImageNeverPull', `Container image "${image}" is not present with pull policy of Never`, 'ErrImageNeverPull');
    return;
  }
  if (policy !== 'Always' && present) {
    event(p, c, 'Normal', 'Pulled', alreadyPresent(image));
    afterImage(p, c, res);
    return;
  }
  if (c.pullBackoff?.image === image && inBackoffSinceUpdate(c.pullBackoff.entry, now)) {
    enterPullBackOff(p, c);
    return;
  }
  event(p, c, 'Normal', 'Pulling', `Pulling image "${image}"`);
  const start = Math.max(now, node.pullQueueFreeAt);
  let duration: number;
  if (res.kind === 'found') {
    const known = node.images[res.imageId];
    duration = known && known.readyAt <= start ? k.draw(STAGES.pullCached) : res.pullMs;
    if (!known) node.images[res.imageId] = { refs: [], sizeBytes: res.sizeBytes, readyAt: start + duration };
    else known.readyAt = Math.min(known.readyAt, start + duration);
    c.pullFailure = undefined;
  } else {
    duration = k.draw(STAGES.pullFail);
    // The CRI answers with a gRPC error; the kubelet prints it whole.
    c.pullFailure = `rpc error: code = ${res.rpcCode} desc = ${res.message}`;
  }
  node.pullQueueFreeAt = start + duration;
  c.pullMs = duration;
  c.step = 'pulling';
  c.until = start + duration;
}

/** The message per image, made once: the events of thousands of replicas keep it. */
const ALREADY_PRESENT = new Map<string, string>();

function alreadyPresent(image: string): string {
  let text = ALREADY_PRESENT.get(image);
  if (text === undefined) {
    text = `Container image "${image}" already present on machine and can be accessed by the pod`;
    if (ALREADY_PRESENT.size >= 256) ALREADY_PRESENT.clear();
    ALREADY_PRESENT.set(image, text);
  }
  return text;
}

function imageError(p: PodCtx, c: ContainerRt, reason: string, message: string, eventReason: string): void {
  event(p, c, 'Warning', eventReason, message);
  event(p, c, 'Warning', 'Failed', `Error: ${reason}`);
  c.waiting = { reason, message };
  c.step = 'imageError';
  c.resyncAt = p.now + STAGES.errorResync;
  p.rt.sandboxReported = true;
}

export function finishPull(p: PodCtx, c: ContainerRt): void {
  const { k, now, node } = p;
  const image = c.image;
  if (c.pullFailure !== undefined) {
    const msg = c.pullFailure;
    event(p, c, 'Warning', 'Failed', `Failed to pull image "${image}": ${msg}`);
    event(p, c, 'Warning', 'Failed', 'Error: ErrImagePull');
    const prev = c.pullBackoff?.image === image ? c.pullBackoff.entry : undefined;
    c.pullBackoff = { image, entry: nextBackoff(prev, now, now), error: msg };
    c.waiting = { reason: 'ErrImagePull', message: msg };
    c.pullFailures++;
    c.step = 'pullError';
    c.until = now + (c.pullFailures === 1 ? k.draw(STAGES.firstPullErrorShown) : STAGES.errorResync);
    p.rt.sandboxReported = true;
    return;
  }
  const res = k.catalog.resolve(image);
  if (res.kind !== 'found') {
    c.step = 'waiting';
    return;
  }
  const img = node.images[res.imageId] ?? (node.images[res.imageId] = { refs: [], sizeBytes: res.sizeBytes, readyAt: now });
  if (!img.refs.includes(res.fullRef)) img.refs.push(res.fullRef);
  node.statusDirty = true;
  const pulled = formatGoDuration(c.pullMs ?? 0);
  const waited = formatGoDuration(now - (c.attemptAt ?? now));
  event(p, c, 'Normal', 'Pulled', `Successfully pulled image "${image}" in ${pulled} (${waited} including waiting). Image size: ${res.sizeBytes} bytes.`);
  if (specOf(p, c)?.image !== image) {
    c.step = 'waiting';
    return;
  }
  afterImage(p, c, res);
}

export function enterPullBackOff(p: PodCtx, c: ContainerRt): void {
  const b = c.pullBackoff;
  if (!b) return;
  const until = b.entry.lastUpdate + b.entry.ms;
  c.step = 'pullBackOff';
  c.until = until;
  c.waiting = { reason: 'ImagePullBackOff', message: `Back-off pulling image "${c.image}": ErrImagePull: ${b.error}` };
  pullBackOffEvents(p, c);
  c.resyncAt = p.now + STAGES.errorResync < until ? p.now + STAGES.errorResync : undefined;
}

export function pullBackOffEvents(p: PodCtx, c: ContainerRt): void {
  event(p, c, 'Normal', 'BackOff', `Back-off pulling image "${c.image}"`);
  event(p, c, 'Warning', 'Failed', 'Error: ImagePullBackOff');
}
