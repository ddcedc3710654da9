import type { SimComponent, SimContext } from '../context';
import type { ContainerNet } from '../images/types';
import { podSearchList, resolveName, type DnsResult } from './dns';
import { httpGet, type HttpOptions, type HttpResult } from './http';
import { buildServers, routingTableText, type Server } from './ingress-routes';
import { nslookupText, type CommandOutput, type NslookupStyle } from './nslookup';
import { connect, type Client, type ConnectResult, type Protocol, type ProxyEnv, type ProxyState } from './proxy';
import { clientResolve } from './resolver';
import { runtimeView, type PodObject, type PodRuntimeView } from './runtime-view';
import { isIPv4 } from './addresses';

export const NETWORK = 'network';

/** Who makes a request: a pod by `namespace/name`, or a node by name (its host network). */
export interface From {
  fromPod?: string;
  fromNode?: string;
}

/** The cluster's network as the shell and the images ask it. All answers reflect the current virtual time. */
export interface NetworkApi {
  /** Cluster DNS with a pod's resolv.conf (search list of `fromNamespace`, or the one given; ndots 5). */
  resolve(name: string, fromNamespace: string, searchDomains?: string[]): DnsResult;
  /** `nslookup NAME [SERVER]` from a pod or a node. */
  nslookupText(from: From, name: string, opts?: { style?: NslookupStyle; server?: string }): CommandOutput;
  /** A connection as kube-proxy routes it; a host name is resolved first (as the client would). */
  connect(from: From, host: string, port: number, protocol?: Protocol): ConnectResult | { ok: false; error: 'nxdomain'; ip?: undefined };
  /** An HTTP request (curl/wget): the answer, or curl's failure text and exit code. */
  httpGet(from: From, url: string, opts?: HttpOptions): HttpResult;
  /** The services a container's tools (curl, wget, nslookup inside the image) use. */
  containerNet(podKey: string): ContainerNet;
  /** ingress-nginx's current servers and locations. */
  ingressServers(): Server[];
  ingressRoutingText(): string;
}

export type NetworkComponent = SimComponent & NetworkApi;

/**
 * The dataplane: CoreDNS answers, kube-proxy's Service translation and the simulated ingress-nginx.
 * Everything is computed from API objects and the kubelets' processes on demand; the only private
 * state is kube-proxy's round-robin positions and ClientIP affinities (kept in snapshots).
 */
export function networkComponent(ctx: SimContext, view: PodRuntimeView = runtimeView(ctx)): NetworkComponent {
  let state: ProxyState = { rr: {}, affinity: {} };
  const env = (): ProxyEnv => ({ ctx, view, state });
  const client = (from: From): Client => {
    const out: Client = {};
    if (from.fromPod) {
      const slash = from.fromPod.indexOf('/');
      const pod = ctx.api.peek<PodObject>('pods', from.fromPod.slice(0, slash), from.fromPod.slice(slash + 1));
      if (pod) out.fromPod = pod;
    }
    if (from.fromNode) out.fromNode = from.fromNode;
    return out;
  };

  return {
    name: NETWORK,
    resolve(name, fromNamespace, searchDomains) {
      return resolveName(ctx, name, fromNamespace, { search: searchDomains ?? podSearchList(fromNamespace, ctx.config.clusterDomain) });
    },
    nslookupText(from, name, opts = {}) {
      return nslookupText(ctx, client(from), name, opts);
    },
    connect(from, host, port, protocol = 'TCP') {
      const c = client(from);
      let ip = host;
      if (!isIPv4(host) && host !== 'localhost') {
        const r = clientResolve(ctx, c, host);
        if (!r.ok || !r.addresses[0]) return { ok: false, error: 'nxdomain' };
        ip = r.addresses[0];
      }
      return connect(env(), c, ip, port, protocol);
    },
    httpGet(from, url, opts) {
      return httpGet(env(), client(from), url, opts);
    },
    containerNet(podKey) {
      const from: From = { fromPod: podKey };
      return {
        resolve(host) {
          const r = clientResolve(ctx, client(from), host);
          return r.ok ? { name: r.name, addresses: r.addresses } : null;
        },
        http(url) {
          const r = httpGet(env(), client(from), url);
          if (r.ok) return r.reply;
          const error = r.error === 'nxdomain' || r.error === 'badurl' || r.error === 'protocol' ? 'resolve' : r.error === 'refused' || r.error === 'empty' || r.error === 'tls' ? 'refused' : 'timeout';
          return r.ip !== undefined ? { error, ip: r.ip } : { error };
        },
      };
    },
    ingressServers() {
      return buildServers(ctx);
    },
    ingressRoutingText() {
      return routingTableText(buildServers(ctx));
    },
    save() {
      return { rr: { ...state.rr }, affinity: { ...state.affinity } };
    },
    load(saved) {
      const s = saved as Partial<ProxyState> | undefined;
      state = { rr: { ...(s?.rr ?? {}) }, affinity: { ...(s?.affinity ?? {}) } };
    },
  };
}
