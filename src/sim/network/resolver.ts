import type { Node } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../api/object';
import type { SimContext } from '../context';
import { isIPv4, nodeInternalIP } from './addresses';
import { DEFAULT_NDOTS, podSearchList, resolveName, type DnsResult } from './dns';
import type { Client } from './proxy';

/**
 * Name resolution as a client would do it. A ClusterFirst pod asks CoreDNS with its search list
 * (dnsConfig searches/ndots honoured); its /etc/hosts knows localhost and its own hostname. A node
 * (or a pod with dnsPolicy Default, or a host-network pod without ClusterFirstWithHostNet) uses
 * the host's resolver: /etc/hosts with the cluster's nodes, and no cluster DNS names.
 */
export function clientResolve(ctx: SimContext, client: Client, name: string): DnsResult {
  const pod = client.fromPod;
  if (pod) {
    const policy = pod.spec?.dnsPolicy ?? 'ClusterFirst';
    const hostStyle = policy === 'Default' || (pod.spec?.hostNetwork === true && policy === 'ClusterFirst');
    if (!hostStyle) {
      const ns = pod.metadata.namespace ?? 'default';
      const dnsConfig = pod.spec?.dnsConfig;
      const base = policy === 'None' ? [] : podSearchList(ns, ctx.config.clusterDomain);
      const search = [...base, ...(dnsConfig?.searches ?? [])];
      const ndotsOpt = dnsConfig?.options?.find((o) => o.name === 'ndots')?.value;
      const hosts: Record<string, string> = { localhost: '127.0.0.1' };
      const hostname = (pod.spec?.hostname ?? pod.metadata.name ?? '').toLowerCase();
      if (pod.status?.podIP && hostname) hosts[hostname] = pod.status.podIP;
      return resolveName(ctx, name, ns, { search, ndots: ndotsOpt !== undefined ? Number(ndotsOpt) : DEFAULT_NDOTS, hosts });
    }
  }
  return hostResolve(ctx, name);
}

/** A node's resolver: /etc/hosts (localhost and every node by name) and nothing else we simulate. */
export function hostResolve(ctx: SimContext, name: string): DnsResult {
  const lower = name.toLowerCase().replace(/\.$/, '');
  const hosts: Record<string, string> = { localhost: '127.0.0.1' };
  for (const n of ctx.store.list('nodes') as (Node & KubeObject)[]) {
    const ip = nodeInternalIP(n);
    if (ip && n.metadata.name) hosts[n.metadata.name] = ip;
  }
  if (isIPv4(lower)) return { ok: true, name: lower, addresses: [lower], tried: [] };
  const ip = hosts[lower];
  return ip ? { ok: true, name: lower, addresses: [ip], tried: [] } : { ok: false, tried: [lower] };
}
