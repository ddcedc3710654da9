// Rows of Services, Endpoints, EndpointSlices, Ingresses, IngressClasses and NetworkPolicies.

import type { EndpointSlice } from 'kubernetes-types/discovery/v1';
import type { Endpoints, Service } from 'kubernetes-types/core/v1';
import type { Ingress, IngressClass, NetworkPolicy } from 'kubernetes-types/networking/v1';
import type { KubeObject } from '../../sim/api/object';
import { byteCompare, formatLabels, formatSelector, listWithMore, since } from './format';
import { AGE, col, NAME, wide, type TableDef } from './types';

/** Load-balancer ingress points: IPs, else hostnames, de-duplicated and sorted. */
function loadBalancerAddresses(ingress: readonly { ip?: string; hostname?: string }[] | undefined): string {
  const set = new Set<string>();
  for (const i of ingress ?? []) {
    if (i.ip) set.add(i.ip);
    else if (i.hostname) set.add(i.hostname);
  }
  // The API server builds tables with Wide: true, so the 16-character clipping never applies.
  return [...set].sort(byteCompare).join(',');
}

function externalIP(svc: Service): string {
  const spec = svc.spec ?? {};
  const external = spec.externalIPs ?? [];
  switch (spec.type ?? 'ClusterIP') {
    case 'ClusterIP':
    case 'NodePort':
      return external.length > 0 ? external.join(',') : '<none>';
    case 'LoadBalancer': {
      const lb = loadBalancerAddresses(svc.status?.loadBalancer?.ingress);
      if (external.length > 0) return [...(lb ? lb.split(',') : []), ...external].join(',');
      return lb || '<pending>';
    }
    case 'ExternalName':
      return spec.externalName ?? '';
    default:
      return '<unknown>';
  }
}

function ports(svc: Service): string {
  const text = (svc.spec?.ports ?? [])
    .map((p) => (p.nodePort && p.nodePort > 0 ? `${p.port}:${p.nodePort}/${p.protocol ?? ''}` : `${p.port}/${p.protocol ?? ''}`))
    .join(',');
  return text || '<none>';
}

export const serviceTable: TableDef = {
  columns: [NAME, col('Type'), col('Cluster-IP'), col('External-IP'), col('Port(s)'), AGE, wide('Selector')],
  row(obj: KubeObject, { now }) {
    const svc = obj as unknown as Service;
    return [
      svc.metadata?.name ?? '',
      svc.spec?.type ?? '',
      svc.spec?.clusterIPs?.[0] ?? '<none>',
      externalIP(svc),
      ports(svc),
      since(svc.metadata?.creationTimestamp, now),
      formatLabels(svc.spec?.selector),
    ];
  },
};

/** IPv6 addresses are bracketed in host:port (net.JoinHostPort). */
const joinHostPort = (ip: string, port: number): string => (ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`);

function formatEndpoints(ep: Endpoints): string {
  const subsets = ep.subsets ?? [];
  if (subsets.length === 0) return '<none>';
  const list: string[] = [];
  let count = 0;
  const max = 3;
  for (const ss of subsets) {
    const addresses = ss.addresses ?? [];
    if ((ss.ports ?? []).length === 0) {
      count += addresses.length;
      for (const a of addresses) if (list.length < max) list.push(a.ip);
      continue;
    }
    for (const port of ss.ports ?? []) {
      count += addresses.length;
      for (const a of addresses) if (list.length < max) list.push(joinHostPort(a.ip, port.port));
    }
  }
  const text = list.join(',');
  return count > max ? `${text} + ${count - max} more...` : text;
}

export const endpointsTable: TableDef = {
  columns: [NAME, col('Endpoints'), AGE],
  row(obj: KubeObject, { now }) {
    const ep = obj as unknown as Endpoints;
    return [ep.metadata?.name ?? '', formatEndpoints(ep), since(ep.metadata?.creationTimestamp, now)];
  },
};

export const endpointSliceTable: TableDef = {
  columns: [NAME, col('AddressType'), col('Ports'), col('Endpoints'), AGE],
  row(obj: KubeObject, { now }) {
    const slice = obj as unknown as EndpointSlice;
    const ports = (slice.ports ?? []).map((p) => (p.port !== undefined && p.port !== null ? String(p.port) : p.name ?? '*'));
    const addresses = (slice.endpoints ?? []).flatMap((e) => e.addresses ?? []);
    return [
      slice.metadata?.name ?? '',
      slice.addressType ?? '',
      listWithMore(ports, 3, ports.length, '<unset>'),
      listWithMore(addresses, 3, addresses.length, '<unset>'),
      since(slice.metadata?.creationTimestamp, now),
    ];
  },
};

function ingressHosts(ing: Ingress): string {
  const rules = ing.spec?.rules ?? [];
  const list: string[] = [];
  let more = false;
  for (const r of rules) {
    if (list.length === 3) more = true;
    if (!more && r.host) list.push(r.host);
  }
  if (list.length === 0) return '*';
  return more ? `${list.join(',')} + ${rules.length - 3} more...` : list.join(',');
}

export const ingressTable: TableDef = {
  columns: [NAME, col('Class'), col('Hosts'), col('Address'), col('Ports'), AGE],
  row(obj: KubeObject, { now }) {
    const ing = obj as unknown as Ingress;
    return [
      ing.metadata?.name ?? '',
      ing.spec?.ingressClassName ?? '<none>',
      ingressHosts(ing),
      loadBalancerAddresses(ing.status?.loadBalancer?.ingress),
      (ing.spec?.tls ?? []).length > 0 ? '80, 443' : '80',
      since(ing.metadata?.creationTimestamp, now),
    ];
  },
};

export const ingressClassTable: TableDef = {
  columns: [NAME, col('Controller'), col('Parameters'), AGE],
  row(obj: KubeObject, { now }) {
    const ic = obj as unknown as IngressClass;
    const p = ic.spec?.parameters;
    const parameters = p ? `${p.kind}${p.apiGroup ? `.${p.apiGroup}` : ''}/${p.name}` : '<none>';
    return [ic.metadata?.name ?? '', ic.spec?.controller ?? '', parameters, since(ic.metadata?.creationTimestamp, now)];
  },
};

export const networkPolicyTable: TableDef = {
  columns: [NAME, col('Pod-Selector'), AGE],
  row(obj: KubeObject, { now }) {
    const np = obj as unknown as NetworkPolicy;
    return [np.metadata?.name ?? '', formatSelector(np.spec?.podSelector ?? {}), since(np.metadata?.creationTimestamp, now)];
  },
};
