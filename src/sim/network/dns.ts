import type { Pod, Service } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../api/object';
import type { SimContext } from '../context';
import { serviceEndpoints } from './endpoints';
import { isIPv4 } from './addresses';

/** The kube-dns Service address every pod's resolv.conf names (kubeadm's 10th service IP). */
export const CLUSTER_DNS_IP = '10.96.0.10';
/** kubelet's default `options ndots:5`. */
export const DEFAULT_NDOTS = 5;

/** One DNS question answered: the name that answered and its A records (or a CNAME). */
export interface DnsRecord {
  /** The fully qualified name that answered, without the trailing dot. */
  name: string;
  addresses: string[];
  /** ExternalName Services answer with a CNAME to this name. */
  cname?: string;
}

export type DnsResult = ({ ok: true } & DnsRecord & { tried: string[] }) | { ok: false; tried: string[] };

export interface ResolveOptions {
  /** resolv.conf search list; default the pod's: `<ns>.svc.<domain> svc.<domain> <domain>`. */
  search?: string[];
  ndots?: number;
  /** /etc/hosts entries checked first (name → IP), e.g. the pod's own hostname and localhost. */
  hosts?: Record<string, string>;
}

/** The search list the kubelet writes into a ClusterFirst pod's resolv.conf. */
export function podSearchList(namespace: string, domain: string): string[] {
  return [`${namespace}.svc.${domain}`, `svc.${domain}`, domain];
}

/** The resolv.conf text of a ClusterFirst pod. */
export function podResolvConf(namespace: string, domain: string): string {
  return `search ${podSearchList(namespace, domain).join(' ')}\nnameserver ${CLUSTER_DNS_IP}\noptions ndots:${DEFAULT_NDOTS}\n`;
}

/**
 * A name looked up the way a pod's stub resolver does it: /etc/hosts first, then with fewer than
 * `ndots` dots each search domain in turn and the bare name last (more dots: bare name first).
 */
export function resolveName(ctx: SimContext, name: string, fromNamespace: string, opts: ResolveOptions = {}): DnsResult {
  const lower = name.toLowerCase();
  if (isIPv4(lower)) return { ok: true, name: lower, addresses: [lower], tried: [] };
  const hostIP = opts.hosts?.[lower];
  if (hostIP) return { ok: true, name: lower, addresses: [hostIP], tried: [] };
  const domain = ctx.config.clusterDomain;
  const search = opts.search ?? podSearchList(fromNamespace, domain);
  const ndots = opts.ndots ?? DEFAULT_NDOTS;
  let candidates: string[];
  if (lower.endsWith('.')) candidates = [lower.slice(0, -1)];
  else {
    const dots = lower.split('.').length - 1;
    const searched = search.map((s) => `${lower}.${s}`);
    candidates = dots >= ndots ? [lower, ...searched] : [...searched, lower];
  }
  const tried: string[] = [];
  for (const fqdn of candidates) {
    tried.push(fqdn);
    const rec = lookupFqdn(ctx, fqdn);
    if (rec) return { ok: true, ...rec, tried };
  }
  return { ok: false, tried };
}

/**
 * One query for a fully qualified name, answered as CoreDNS's kubernetes plugin does (`pods
 * insecure`): Services, headless Services' ready endpoints, endpoint host names
 * (StatefulSet pods), dashed pod IPs. Names outside the cluster domain are not known here.
 */
export function lookupFqdn(ctx: SimContext, fqdnIn: string): DnsRecord | undefined {
  const fqdn = fqdnIn.toLowerCase().replace(/\.$/, '');
  const domain = ctx.config.clusterDomain;
  if (!fqdn.endsWith(`.${domain}`)) return undefined;
  const labels = fqdn.slice(0, -(domain.length + 1)).split('.');
  if (labels.length === 3 && labels[2] === 'pod') {
    const ip = (labels[0] ?? '').replace(/-/g, '.');
    return isIPv4(ip) && (labels[0] ?? '').split('-').length === 4 ? { name: fqdn, addresses: [ip] } : undefined;
  }
  if (labels.length === 3 && labels[2] === 'svc') return serviceRecord(ctx, labels[1] ?? '', labels[0] ?? '', fqdn);
  if (labels.length === 4 && labels[3] === 'svc') return endpointRecord(ctx, labels[2] ?? '', labels[1] ?? '', labels[0] ?? '', fqdn);
  return undefined;
}

function serviceRecord(ctx: SimContext, ns: string, name: string, fqdn: string): DnsRecord | undefined {
  const svc = ctx.api.peek<Service & KubeObject>('services', ns, name);
  if (!svc) return undefined;
  const spec = svc.spec ?? {};
  if (spec.type === 'ExternalName') {
    const target = (spec.externalName ?? '').toLowerCase().replace(/\.$/, '');
    const inner = lookupFqdn(ctx, target);
    return { name: fqdn, cname: target, addresses: inner?.addresses ?? [] };
  }
  if (spec.clusterIP === 'None') {
    const ips = [...new Set(serviceEndpoints(ctx, svc).filter((e) => e.ready).map((e) => e.ip))];
    return ips.length > 0 ? { name: fqdn, addresses: ips } : undefined;
  }
  const ip = spec.clusterIPs?.[0] ?? spec.clusterIP;
  return ip ? { name: fqdn, addresses: [ip] } : undefined;
}

/** `<host>.<svc>.<ns>.svc`: an endpoint of the Service by its pod's hostname, or by dashed IP. */
function endpointRecord(ctx: SimContext, ns: string, svcName: string, host: string, fqdn: string): DnsRecord | undefined {
  const svc = ctx.api.peek<Service & KubeObject>('services', ns, svcName);
  if (!svc) return undefined;
  const headless = svc.spec?.clusterIP === 'None';
  for (const e of serviceEndpoints(ctx, svc)) {
    if (!e.ready) continue;
    const pod = e.pod as (Pod & KubeObject) | undefined;
    const named = headless && pod?.spec?.hostname === host && pod.spec.subdomain === svcName;
    if (named || e.ip.replace(/\./g, '-') === host) return { name: fqdn, addresses: [e.ip] };
  }
  return undefined;
}

/** PTR: the name CoreDNS gives an address (Service ClusterIPs and endpoints), if any. */
export function reverseLookup(ctx: SimContext, ip: string): string | undefined {
  const domain = ctx.config.clusterDomain;
  const services = ctx.store.list('services') as (Service & KubeObject)[];
  for (const svc of services) {
    if ((svc.spec?.clusterIPs ?? [svc.spec?.clusterIP]).includes(ip)) return `${svc.metadata.name}.${svc.metadata.namespace}.svc.${domain}`;
  }
  for (const svc of services) {
    if (!svc.spec?.selector) continue;
    const e = serviceEndpoints(ctx, svc).find((x) => x.ip === ip && x.ready);
    if (!e) continue;
    const pod = e.pod as (Pod & KubeObject) | undefined;
    const host = pod?.spec?.hostname && pod.spec.subdomain === svc.metadata.name ? pod.spec.hostname : ip.replace(/\./g, '-');
    return `${host}.${svc.metadata.name}.${svc.metadata.namespace}.svc.${domain}`;
  }
  return undefined;
}
