import type { Node, Service } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../api/object';
import type { SimContext } from '../context';
import { nodeInternalIP } from './addresses';
import { serviceEndpoints } from './endpoints';
import { buildServers, matchLocation, serverForHost, type BackendRef } from './ingress-routes';
import { nginxErrorPage, relayedAnswer, standardReason, type HttpReply } from './nginx-pages';
import { connect, nextRoundRobin, type ProxyEnv } from './proxy';

export interface IngressRequest {
  /** The Host header (may carry a port). */
  host: string;
  /** Path and query. */
  uri: string;
  method: string;
  scheme: 'http' | 'https';
}

/**
 * The node the simulated controller "runs" on, whose InternalIP it publishes as the Ingresses'
 * address: the first Ready worker by name (the baremetal manifest runs one replica on a worker).
 */
export function ingressControllerNode(ctx: SimContext): (Node & KubeObject) | undefined {
  const nodes = (ctx.store.list('nodes') as (Node & KubeObject)[]).slice().sort((a, b) => String(a.metadata.name).localeCompare(String(b.metadata.name)));
  const ready = (n: Node) => n.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True');
  const worker = (n: Node & KubeObject) => n.metadata.labels?.['node-role.kubernetes.io/control-plane'] === undefined;
  return nodes.find((n) => worker(n) && ready(n)) ?? nodes.find(worker) ?? nodes[0];
}

export function ingressAddress(ctx: SimContext): string | undefined {
  return nodeInternalIP(ingressControllerNode(ctx));
}

/**
 * One request through ingress-nginx: pick the server and location, redirect plain HTTP for TLS
 * hosts (308), then proxy to an endpoint of the backend Service chosen round-robin. No endpoint:
 * 503; endpoint refusing: 502; endpoint silent: 504; nothing matched: the controller's own 404.
 */
export function serveViaIngress(env: ProxyEnv, req: IngressRequest): HttpReply {
  const { ctx } = env;
  const now = ctx.rt.clock.now();
  const servers = buildServers(ctx);
  const server = serverForHost(servers, req.host);
  if (server.tls && req.scheme === 'http') {
    const host = req.host.replace(/:\d+$/, '');
    return nginxErrorPage(308, now, [['Location', `https://${host}${req.uri}`]]);
  }
  const match = matchLocation(server, req.uri);
  const backend = match.location ? match.location.backend : server.fallback?.backend;
  if (!backend) return nginxErrorPage(404, now);
  return proxyTo(env, backend, { ...req, uri: match.location ? match.upstreamPath : req.uri }, now);
}

function proxyTo(env: ProxyEnv, backend: BackendRef, req: IngressRequest, now: number): HttpReply {
  const { ctx } = env;
  const svc = ctx.api.peek<Service & KubeObject>('services', backend.namespace, backend.service);
  const sp = svc?.spec?.ports?.find((p) => (typeof backend.port === 'number' ? p.port === backend.port : p.name === backend.port));
  if (!svc || !sp) return nginxErrorPage(503, now);
  const eps = serviceEndpoints(ctx, svc).filter((e) => e.ready && e.ports.some((p) => (p.name ?? '') === (sp.name ?? '')));
  if (eps.length === 0) return nginxErrorPage(503, now);
  const ep = nextRoundRobin(env.state, `ingress|${backend.namespace}/${backend.service}:${sp.name ?? sp.port}`, eps);
  const port = ep.ports.find((p) => (p.name ?? '') === (sp.name ?? ''))?.port ?? sp.port;
  const node = ingressControllerNode(ctx)?.metadata.name;
  const conn = connect(env, node ? { fromNode: node } : {}, ep.ip, port, 'TCP');
  if (!conn.ok) return nginxErrorPage(conn.error === 'refused' ? 502 : 504, now);
  if (conn.target !== 'pod') return nginxErrorPage(502, now);
  const c = env.view.containers(conn.pod).find((x) => x.name === conn.container);
  const answer = c?.http({ path: req.uri, method: req.method, host: req.host.replace(/:\d+$/, ''), port, nowMs: now });
  if (!answer) return nginxErrorPage(502, now);
  // nginx relays the upstream's status line; our upstreams use the standard phrases.
  return relayedAnswer(answer, now, standardReason(answer.status));
}
