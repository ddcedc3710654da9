// Reading container logs from the kubelet, once or following them (-f). Following happens in
// virtual time: kubectl asks for what was written since its last read every second (ctx.wait),
// and a stream ends as a real one does when its container stops (exits or is restarted) or its pod
// goes away. A container that keeps running is followed like any endless command here: until the
// user presses Ctrl-C (ctx.interrupted: exit 130, as kubectl killed by SIGINT) or, headless, until
// the host's watch limit (ctx.watchLimitMs, 60 s of virtual time by default) ends it quietly.

import type { ContainerStatus } from 'kubernetes-types/core/v1';
import { utf8Bytes, utf8Decode } from '../../../lib/base64';
import type { ApiStatus } from '../../../sim/api/status';
import type { LogsOptions } from '../../../sim/kubelet';
import type { Invocation } from '../../cli/command';
import { INTERRUPTED, statusError, type KubectlError } from '../../cli/errors';
import { DEFAULT_WATCH_LIMIT_MS } from '../../get/watch';
import { kubeletOf, type PodObject } from '../pod-target';
import type { LogRequest } from './requests';
import { podRequestDenied } from '../../auth/authorizing-cluster';

const FOLLOW_STEP_MS = 1_000;

export interface ReadOptions {
  readonly previous: boolean;
  readonly timestamps: boolean;
  /** Lines to keep from the end; undefined for all. */
  readonly tail?: number;
  readonly sinceMs?: number;
  readonly sinceTime?: number;
  /** --limit-bytes (0: no limit). */
  readonly limitBytes: number;
  readonly prefix: boolean;
  readonly ignoreErrors: boolean;
}

function accessStatus(reason: 'NotFound' | 'BadRequest' | '', message: string): ApiStatus {
  const code = reason === 'NotFound' ? 404 : reason === 'BadRequest' ? 400 : 500;
  return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, code };
}

/** One pods/log request; a cluster wired without kubelets serves empty logs. */
function read(inv: Invocation, req: LogRequest, opts: LogsOptions): string | ApiStatus {
  const denied = podRequestDenied(inv.cluster, 'get', 'log', req.namespace, req.pod);
  if (denied) return denied;
  const kubelet = kubeletOf(inv.cluster);
  if (!kubelet) return inv.cluster.api.peek('pods', req.namespace, req.pod) ? '' : accessStatus('NotFound', `pods "${req.pod}" not found`);
  const res = kubelet.logs(req.namespace, req.pod, req.container, opts);
  return res.ok ? res.text : accessStatus(res.reason, res.message);
}

/** Cuts text after `limit` UTF-8 bytes (0: no limit). */
function limitBytes(text: string, limit: number): string {
  if (limit <= 0) return text;
  const bytes = utf8Bytes(text);
  return bytes.length <= limit ? text : utf8Decode(bytes.slice(0, limit));
}

/** kubectl's prefixingWriter: `[pod/NAME/CONTAINER] ` before every line. */
function withPrefix(text: string, req: LogRequest, on: boolean): string {
  if (!on || text === '') return text;
  const prefix = `[pod/${req.pod}/${req.container}] `;
  return text.replace(/[^\n]*\n|[^\n]+$/g, (line) => prefix + line);
}

function baseQuery(opts: ReadOptions): LogsOptions {
  return {
    ...(opts.previous ? { previous: true } : {}),
    ...(opts.timestamps ? { timestamps: true } : {}),
    ...(opts.sinceMs !== undefined ? { sinceMs: opts.sinceMs } : {}),
    ...(opts.sinceTime !== undefined ? { sinceTime: opts.sinceTime } : {}),
  };
}

/** A failed request: fatal, or with --ignore-errors an `error: …` line in the output. */
function failed(inv: Invocation, status: ApiStatus, opts: ReadOptions): KubectlError | undefined {
  if (!opts.ignoreErrors) return statusError(status);
  inv.out.out(`error: ${status.message}\n`);
  return undefined;
}

/** Reads each request once, one after another. */
export function readAll(inv: Invocation, requests: readonly LogRequest[], opts: ReadOptions): KubectlError | undefined {
  for (const req of requests) {
    const text = read(inv, req, { ...baseQuery(opts), ...(opts.tail !== undefined ? { tail: opts.tail } : {}) });
    if (typeof text !== 'string') {
      const err = failed(inv, text, opts);
      if (err) return err;
      continue;
    }
    inv.out.out(withPrefix(limitBytes(text, opts.limitBytes), req, opts.prefix));
  }
  return undefined;
}

function statusOf(pod: PodObject | undefined, container: string): ContainerStatus | undefined {
  const s = pod?.status;
  return [...(s?.containerStatuses ?? []), ...(s?.initContainerStatuses ?? []), ...(s?.ephemeralContainerStatuses ?? [])].find((c) => c.name === container);
}

interface Followed {
  readonly req: LogRequest;
  /** The container instance being followed (its containerID), if it is running. */
  readonly id: string | undefined;
  /** Lines up to this virtual time have been read. */
  readUntil: number;
  bytes: number;
  done: boolean;
}

/** What the stream still has to give after `f.readUntil`; marks it done when its container stopped. */
function poll(inv: Invocation, f: Followed, opts: ReadOptions): string | ApiStatus {
  const now = inv.cluster.now();
  const pod = inv.cluster.api.peek<PodObject>('pods', f.req.namespace, f.req.pod);
  const status = statusOf(pod, f.req.container);
  if (!pod || !status) {
    f.done = true;
    return '';
  }
  let previous = false;
  if (status.containerID !== f.id) {
    // Restarted: the instance we followed is now the previous one; read its last lines.
    f.done = true;
    previous = status.lastState?.terminated?.containerID === f.id;
    if (!previous) return '';
  } else if (!status.state?.running) f.done = true;
  const since = Math.max(f.readUntil + 1, opts.sinceTime ?? 0);
  const text = read(inv, f.req, { ...baseQuery(opts), previous, sinceTime: since });
  f.readUntil = now;
  return text;
}

/** `logs -f`: the logs so far, then what each container writes until it stops (or the limit). */
export function follow(inv: Invocation, requests: readonly LogRequest[], opts: ReadOptions): KubectlError | undefined {
  const streams: Followed[] = [];
  const emit = (f: Followed, text: string): void => {
    const room = opts.limitBytes > 0 ? opts.limitBytes - f.bytes : Infinity;
    const cut = opts.limitBytes > 0 ? limitBytes(text, room) : text;
    f.bytes += utf8Bytes(cut).length;
    if (opts.limitBytes > 0 && f.bytes >= opts.limitBytes) f.done = true;
    inv.out.out(withPrefix(cut, f.req, opts.prefix));
  };
  for (const req of requests) {
    const pod = inv.cluster.api.peek<PodObject>('pods', req.namespace, req.pod);
    const status = statusOf(pod, req.container);
    const running = !opts.previous && status?.state?.running !== undefined;
    const text = read(inv, req, { ...baseQuery(opts), ...(opts.tail !== undefined ? { tail: opts.tail } : {}) });
    const f: Followed = { req, id: running ? status?.containerID : undefined, readUntil: inv.cluster.now(), bytes: 0, done: !running };
    streams.push(f);
    if (typeof text !== 'string') {
      f.done = true;
      const err = failed(inv, text, opts);
      if (err) return err;
      continue;
    }
    emit(f, text);
  }
  const wait = inv.ctx.wait;
  if (!wait) return undefined;
  const limit = inv.ctx.watchLimitMs ?? DEFAULT_WATCH_LIMIT_MS;
  for (let waited = 0; streams.some((s) => !s.done) && waited < limit; waited += FOLLOW_STEP_MS) {
    if (inv.ctx.interrupted?.()) return INTERRUPTED;
    wait(Math.min(FOLLOW_STEP_MS, limit - waited));
    for (const f of streams) {
      if (f.done) continue;
      const text = poll(inv, f, opts);
      if (typeof text !== 'string') {
        f.done = true;
        const err = failed(inv, text, opts);
        if (err) return err;
        continue;
      }
      emit(f, text);
    }
  }
  return undefined;
}
