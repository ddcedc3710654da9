import type { EndpointPort, Endpoints, Service } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../api/object';
import type { SimContext } from '../context';
import { serviceBackends } from '../controllers/endpoints';
import type { PodObject } from './runtime-view';
import { podByIP } from './addresses';

/** One address behind a Service, as kube-proxy and CoreDNS see it. */
export interface ServiceEndpoint {
  ip: string;
  /** The pod behind the address (absent for manual Endpoints such as `kubernetes`'s apiserver IP). */
  pod?: PodObject;
  nodeName?: string;
  ready: boolean;
  terminating: boolean;
  /** Service port name → the port on this endpoint. */
  ports: EndpointPort[];
}

/**
 * The endpoints of a Service: for a selector, its pods with their target ports resolved (what the
 * endpoints controller publishes); without one, the manually written Endpoints object.
 */
export function serviceEndpoints(ctx: SimContext, svc: Service & KubeObject): ServiceEndpoint[] {
  const sel = svc.spec?.selector;
  const publishNotReady = svc.spec?.publishNotReadyAddresses === true;
  if (sel && Object.keys(sel).length > 0) {
    return serviceBackends(ctx, svc)
      .filter((b) => b.ports.length > 0 || (svc.spec?.ports ?? []).length === 0)
      .map((b) => ({
        ip: b.ip,
        pod: b.pod as PodObject,
        ...(b.pod.spec?.nodeName ? { nodeName: b.pod.spec.nodeName } : {}),
        ready: (b.ready || publishNotReady) && !b.terminating,
        terminating: b.terminating,
        ports: b.ports,
      }));
  }
  const ep = ctx.api.peek<Endpoints & KubeObject>('endpoints', svc.metadata.namespace, svc.metadata.name ?? '');
  const out: ServiceEndpoint[] = [];
  for (const subset of ep?.subsets ?? []) {
    const add = (ready: boolean) => (a: { ip: string; nodeName?: string }) => {
      const pod = podByIP(ctx, a.ip);
      out.push({ ip: a.ip, ...(pod ? { pod } : {}), ...(a.nodeName ? { nodeName: a.nodeName } : {}), ready, terminating: false, ports: subset.ports ?? [] });
    };
    (subset.addresses ?? []).forEach(add(true));
    (subset.notReadyAddresses ?? []).forEach(add(false));
  }
  return out;
}
