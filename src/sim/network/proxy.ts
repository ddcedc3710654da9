import type { Service, ServicePort } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../api/object';
import type { SimContext } from '../context';
import { hostNetworkPods, isIPv4, nodeByIP, nodeInternalIP, podByIP, podKey } from './addresses';
import { serviceEndpoints, type ServiceEndpoint } from './endpoints';
import type { PodObject, PodRuntimeView } from './runtime-view';

export type Protocol = 'TCP' | 'UDP';

/** Where a connection comes from: a pod (its network namespace) or a node's host network. */
export interface Client {
  fromPod?: PodObject;
  fromNode?: string;
}

export type ConnectError = 'refused' | 'timeout' | 'unreachable';

export type ConnectResult =
  | { ok: true; target: 'pod'; pod: PodObject; container: string; ip: string; containerPort: number }
  /** The simulated ingress-nginx controller took the connection (its Service's ClusterIP or NodePort). */
  | { ok: true; target: 'ingress'; ip: string; port: number }
  /** A node's own daemon (the kubelet's 10250). */
  | { ok: true; target: 'host'; node: string; ip: string; port: number }
  | { ok: false; error: ConnectError; ip: string };

/** kube-proxy's private memory: round-robin positions and ClientIP affinity, kept in snapshots. */
export interface ProxyState {
  rr: Record<string, number>;
  /** `svcKey|clientIP` → [endpoint IP, last use ms]. */
  affinity: Record<string, [string, number]>;
}

export interface ProxyEnv {
  ctx: SimContext;
  view: PodRuntimeView;
  state: ProxyState;
}

export const INGRESS_NAMESPACE = 'ingress-nginx';
export const INGRESS_SERVICE = 'ingress-nginx-controller';
/** Node-level daemons reachable on every node's IP. */
const HOST_DAEMON_PORTS = [10250];
const DEFAULT_AFFINITY_SECONDS = 10800;

export function isIngressControllerService(svc: { metadata: { namespace?: string; name?: string } }): boolean {
  return svc.metadata.namespace === INGRESS_NAMESPACE && svc.metadata.name === INGRESS_SERVICE;
}

export function clientIP(ctx: SimContext, client: Client): string {
  if (client.fromPod) return client.fromPod.status?.podIP ?? '';
  return client.fromNode ? (nodeInternalIP(ctx.api.peek('nodes', undefined, client.fromNode)) ?? '') : '';
}

function clientNode(client: Client): string | undefined {
  return client.fromPod?.spec?.nodeName ?? client.fromNode;
}

/**
 * A TCP (or UDP) connection to `ip:port` as the dataplane would carry it: Service ClusterIPs and
 * NodePorts are translated by kube-proxy to one ready endpoint (a Service without one REJECTs:
 * refused), pod IPs reach the pod, node IPs reach host-network processes and hostPorts. Addresses
 * nobody owns swallow the SYN (timeout); a node that is down does not answer ARP (unreachable).
 */
export function connect(env: ProxyEnv, client: Client, ip: string, port: number, protocol: Protocol = 'TCP'): ConnectResult {
  const { ctx } = env;
  if (ip === '127.0.0.1' || ip === 'localhost') {
    if (client.fromPod) return podPort(env, client.fromPod, ip, port, protocol);
    const node = client.fromNode ?? '';
    // iptables mode accepts NodePorts on localhost too (--iptables-localhost-nodeports).
    return nodePort(env, client, node, nodeInternalIP(ctx.api.peek('nodes', undefined, node)) ?? ip, port, protocol, false);
  }
  const svc = serviceByClusterIP(ctx, ip);
  if (svc) {
    const sp = (svc.spec?.ports ?? []).find((p) => p.port === port && (p.protocol ?? 'TCP') === protocol);
    // iptables only has rules for the Service's ports: anything else to the VIP goes nowhere.
    if (!sp) return { ok: false, error: 'timeout', ip };
    return viaService(env, client, svc, sp, ip, svc.spec?.internalTrafficPolicy === 'Local' ? clientNode(client) : undefined);
  }
  const node = nodeByIP(ctx, ip);
  if (node) return nodePort(env, client, node.metadata.name ?? '', ip, port, protocol, false);
  const pod = podByIP(ctx, ip);
  if (pod) return podPort(env, pod, ip, port, protocol);
  return { ok: false, error: 'timeout', ip };
}

function serviceByClusterIP(ctx: SimContext, ip: string): (Service & KubeObject) | undefined {
  if (!isIPv4(ip)) return undefined;
  return (ctx.store.list('services') as (Service & KubeObject)[]).find((s) => s.spec?.clusterIP === ip || s.spec?.clusterIPs?.includes(ip));
}

/** `direct`: an endpoint address already chosen by kube-proxy (no second NodePort translation). */
function nodePort(env: ProxyEnv, client: Client, nodeName: string, ip: string, port: number, protocol: Protocol, direct: boolean): ConnectResult {
  const { ctx, view } = env;
  if (!view.nodeUp(nodeName)) return { ok: false, error: 'unreachable', ip };
  if (!direct) {
    for (const svc of ctx.store.list('services') as (Service & KubeObject)[]) {
      const type = svc.spec?.type;
      if (type !== 'NodePort' && type !== 'LoadBalancer') continue;
      const sp = (svc.spec?.ports ?? []).find((p) => p.nodePort === port && (p.protocol ?? 'TCP') === protocol);
      if (!sp) continue;
      const local = svc.spec?.externalTrafficPolicy === 'Local' ? nodeName : undefined;
      return viaService(env, client, svc, sp, ip, local);
    }
  }
  for (const pod of ctx.store.list('pods') as PodObject[]) {
    if (pod.spec?.nodeName !== nodeName || pod.status?.phase !== 'Running') continue;
    for (const c of pod.spec.containers ?? []) {
      const hp = (c.ports ?? []).find((p) => p.hostPort === port && (p.protocol ?? 'TCP') === protocol);
      if (hp && !pod.spec.hostNetwork) return podPort(env, pod, pod.status?.podIP ?? ip, hp.containerPort, protocol);
    }
  }
  for (const pod of hostNetworkPods(ctx, nodeName)) {
    const c = view.containers(pod).find((x) => x.listens.some((l) => l.port === port && l.protocol === protocol));
    if (c) return { ok: true, target: 'pod', pod, container: c.name, ip, containerPort: port };
  }
  if (protocol === 'TCP' && HOST_DAEMON_PORTS.includes(port)) return { ok: true, target: 'host', node: nodeName, ip, port };
  return { ok: false, error: 'refused', ip };
}

function podPort(env: ProxyEnv, pod: PodObject, ip: string, port: number, protocol: Protocol): ConnectResult {
  const node = pod.spec?.nodeName;
  if (!node || !env.view.nodeUp(node)) return { ok: false, error: 'timeout', ip };
  const c = env.view.containers(pod).find((x) => x.listens.some((l) => l.port === port && l.protocol === protocol));
  return c ? { ok: true, target: 'pod', pod, container: c.name, ip, containerPort: port } : { ok: false, error: 'refused', ip };
}

/**
 * kube-proxy's translation of one Service port: the simulated ingress controller answers for its
 * own Service; otherwise a ready endpoint (terminating-but-serving ones only when none is ready),
 * chosen round-robin, or by ClientIP affinity when the Service asks for it.
 */
function viaService(env: ProxyEnv, client: Client, svc: Service & KubeObject, sp: ServicePort, ip: string, onlyNode: string | undefined): ConnectResult {
  if (isIngressControllerService(svc)) return { ok: true, target: 'ingress', ip, port: sp.port };
  const all = serviceEndpoints(env.ctx, svc).filter((e) => e.ports.some((p) => (p.name ?? '') === (sp.name ?? '')));
  let usable = all.filter((e) => e.ready);
  if (usable.length === 0) usable = all.filter((e) => e.terminating && e.pod && isServing(e));
  // No endpoints at all: kube-proxy installs a REJECT rule, the client sees "connection refused".
  if (usable.length === 0) return { ok: false, error: 'refused', ip };
  if (onlyNode !== undefined) {
    usable = usable.filter((e) => e.nodeName === onlyNode);
    // Traffic policy Local with no local endpoint: dropped.
    if (usable.length === 0) return { ok: false, error: 'timeout', ip };
  }
  const ep = pickEndpoint(env, client, svc, sp, usable);
  const port = ep.ports.find((p) => (p.name ?? '') === (sp.name ?? ''))?.port ?? sp.port;
  if (ep.pod) return podPort(env, ep.pod, ep.ip, port, (sp.protocol ?? 'TCP') as Protocol);
  const node = nodeByIP(env.ctx, ep.ip);
  if (node) return nodePort(env, client, node.metadata.name ?? '', ep.ip, port, (sp.protocol ?? 'TCP') as Protocol, true);
  return { ok: false, error: 'timeout', ip: ep.ip };
}

function isServing(e: ServiceEndpoint): boolean {
  return e.pod?.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
}

function pickEndpoint(env: ProxyEnv, client: Client, svc: Service & KubeObject, sp: ServicePort, eps: ServiceEndpoint[]): ServiceEndpoint {
  const svcKey = `${svc.metadata.namespace}/${svc.metadata.name}`;
  const now = env.ctx.rt.clock.now();
  if (svc.spec?.sessionAffinity === 'ClientIP') {
    const cip = clientIP(env.ctx, client);
    const key = `${svcKey}|${cip}`;
    const timeout = (svc.spec.sessionAffinityConfig?.clientIP?.timeoutSeconds ?? DEFAULT_AFFINITY_SECONDS) * 1000;
    const prev = env.state.affinity[key];
    const sticky = prev && now - prev[1] <= timeout ? eps.find((e) => e.ip === prev[0]) : undefined;
    const chosen = sticky ?? nextRoundRobin(env.state, `${svcKey}:${sp.name ?? ''}`, eps);
    env.state.affinity[key] = [chosen.ip, now];
    return chosen;
  }
  return nextRoundRobin(env.state, `${svcKey}:${sp.name ?? ''}`, eps);
}

export function nextRoundRobin<T>(state: ProxyState, key: string, items: readonly T[]): T {
  const n = state.rr[key] ?? 0;
  state.rr[key] = (n + 1) % 1_000_000;
  return items[n % items.length] as T;
}

/** The pod key of a connect result, for tests and messages. */
export function describeTarget(r: ConnectResult): string {
  if (!r.ok) return `${r.error} (${r.ip})`;
  if (r.target === 'pod') return `${podKey(r.pod)}/${r.container}:${r.containerPort}`;
  if (r.target === 'ingress') return `ingress-nginx (${r.ip}:${r.port})`;
  return `${r.node}:${r.port}`;
}
