import type { Service } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../api/object';
import type { SimContext } from '../context';
import { podByIP } from '../network/addresses';
import { serviceEndpoints } from '../network/endpoints';
import { parseUrl } from '../network/http';
import { clientResolve } from '../network/resolver';
import { containerLimits, type PodObject, type PodRuntimeView, type RunningContainer } from '../network/runtime-view';

/** CPU a request costs a server whose image does not say (a static page: next to nothing). */
const DEFAULT_CPU_MS_PER_REQUEST = 0.2;
/** A loop cannot fire faster than its own process allows. */
const MAX_CLIENT_RATE = 1000;

/** `namespace/pod/container` → extra millicores its server spends answering requests. */
export type RequestLoad = Map<string, number>;

interface Target {
  pod: PodObject;
  container: RunningContainer;
}

/**
 * The CPU that load generators put on servers. A generator is a container whose process keeps
 * requesting a URL (its plan's `outbound`, e.g. `while sleep 0.01; do wget -q -O- http://php-apache;
 * done`). Such a loop is serial: each request waits for its answer, so its real rate is
 * 1 / (pause + service time), where a request's service time is its CPU cost at the speed the
 * server's CPU limit allows. Requests to a Service are spread evenly over its ready endpoints.
 */
export function requestLoad(ctx: SimContext, view: PodRuntimeView): RequestLoad {
  const load: RequestLoad = new Map();
  for (const pod of ctx.store.list('pods') as PodObject[]) {
    if (pod.status?.phase !== 'Running' || !pod.spec?.nodeName || !view.nodeUp(pod.spec.nodeName)) continue;
    for (const c of view.containers(pod)) {
      for (const out of c.outbound) {
        const targets = targetsOf(ctx, view, pod, out.url);
        if (targets.length === 0) continue;
        const first = targets[0] as Target;
        const cost = cpuMsPerRequest(first.container);
        const speed = Math.min(1000, cpuLimitOf(first.pod, first.container.name) ?? 1000);
        const serviceSeconds = cost / speed;
        const pause = 1 / Math.min(MAX_CLIENT_RATE, Math.max(out.perSecond, 1e-6));
        const rate = 1 / (pause + serviceSeconds);
        const share = rate / targets.length;
        for (const t of targets) {
          const key = `${t.pod.metadata.namespace}/${t.pod.metadata.name}/${t.container.name}`;
          load.set(key, (load.get(key) ?? 0) + share * cpuMsPerRequest(t.container));
        }
      }
    }
  }
  return load;
}

function cpuMsPerRequest(c: RunningContainer): number {
  const v = Number(c.facts['cpuMsPerRequest']);
  return Number.isFinite(v) && v > 0 ? v : DEFAULT_CPU_MS_PER_REQUEST;
}

export function cpuLimitOf(pod: PodObject, container: string): number | undefined {
  return containerLimits(pod.spec?.containers?.find((c) => c.name === container)).cpuMilli;
}

/** The containers a URL's requests land on: a Service's ready endpoints, or the pod that owns the IP. */
function targetsOf(ctx: SimContext, view: PodRuntimeView, from: PodObject, url: string): Target[] {
  const u = parseUrl(url);
  if (!u) return [];
  const dns = clientResolve(ctx, { fromPod: from }, u.host);
  const ip = dns.ok ? dns.addresses[0] : undefined;
  if (!ip) return [];
  const listening = (pod: PodObject, port: number): Target[] => {
    if (!pod.spec?.nodeName || !view.nodeUp(pod.spec.nodeName)) return [];
    const c = view.containers(pod).find((x) => x.listens.some((l) => l.port === port && l.protocol === 'TCP'));
    return c ? [{ pod, container: c }] : [];
  };
  const svc = (ctx.store.list('services') as (Service & KubeObject)[]).find((s) => s.spec?.clusterIP === ip);
  if (svc) {
    const sp = svc.spec?.ports?.find((p) => p.port === u.port && (p.protocol ?? 'TCP') === 'TCP');
    if (!sp) return [];
    const out: Target[] = [];
    for (const e of serviceEndpoints(ctx, svc)) {
      if (!e.ready || !e.pod) continue;
      const port = e.ports.find((p) => (p.name ?? '') === (sp.name ?? ''))?.port;
      if (port !== undefined) out.push(...listening(e.pod, port));
    }
    return out;
  }
  const pod = podByIP(ctx, ip);
  return pod ? listening(pod, u.port) : [];
}
