// describe service, endpoints, endpointslice and ingress. Service endpoints come from the
// service's EndpointSlices (label kubernetes.io/service-name), at most three shown.

import type { Endpoints, Service, ServicePort } from 'kubernetes-types/core/v1';
import type { EndpointSlice } from 'kubernetes-types/discovery/v1';
import type { Ingress, IngressBackend } from 'kubernetes-types/networking/v1';
import type { KubeObject } from '../../sim/api/object';
import { byteCompare, formatLabels } from '../tables/format';
import { getStored, listStored, type DescribeContext } from './context';
import { queryFor, searchEvents, writeEvents } from './events';
import { printAnnotations, printLabels, printNameNamespaceLabels } from './format';
import { LEVEL_0, LEVEL_1, LEVEL_2, LEVEL_3, tabbed } from './writer';

function slicesOf(ctx: DescribeContext, namespace: string | undefined, service: string): EndpointSlice[] {
  return listStored<EndpointSlice>(ctx, 'endpointslices.discovery.k8s.io', namespace).filter((s) => s.metadata?.labels?.['kubernetes.io/service-name'] === service);
}

const joinHostPort = (host: string, port: number): string => (host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`);

/** formatEndpointSlices: ready endpoints of the named port, `a,b,c + N more...`, `<none>` without slices. */
export function formatEndpointSlices(slices: readonly EndpointSlice[], portName: string | undefined): string {
  if (slices.length === 0) return '<none>';
  const max = 3;
  const list: string[] = [];
  let more = false;
  let count = 0;
  const add = (text: string, ready: boolean): void => {
    if (list.length === max) more = true;
    if (!ready) return;
    if (!more) list.push(text);
    count++;
  };
  for (const s of slices) {
    const ready = (e: { conditions?: { ready?: boolean } }): boolean => e.conditions?.ready !== false;
    if ((s.ports ?? []).length === 0) {
      for (const e of s.endpoints ?? []) add(e.addresses[0] ?? '', ready(e));
      continue;
    }
    for (const p of s.ports ?? []) {
      if (portName !== undefined && (p.name ?? '') !== portName) continue;
      for (const e of s.endpoints ?? []) add(joinHostPort(e.addresses[0] ?? '', p.port ?? 0), ready(e));
    }
  }
  const text = list.join(',');
  return more ? `${text} + ${count - max} more...` : text;
}

const targetPort = (sp: ServicePort): string => `${String(sp.targetPort ?? sp.port)}/${sp.protocol ?? 'TCP'}`;

export function describeService(obj: KubeObject, ctx: DescribeContext): string {
  const svc = obj as unknown as Service;
  const spec = svc.spec ?? {};
  const slices = slicesOf(ctx, obj.metadata.namespace, obj.metadata.name ?? '');
  const events = searchEvents(ctx, queryFor(obj));
  return tabbed((w) => {
    printNameNamespaceLabels(w, svc.metadata);
    w.line(LEVEL_0, 'Selector', formatLabels(spec.selector));
    w.line(LEVEL_0, 'Type', spec.type ?? '');
    if (spec.ipFamilyPolicy) w.line(LEVEL_0, 'IP Family Policy', spec.ipFamilyPolicy);
    w.line(LEVEL_0, 'IP Families', (spec.ipFamilies ?? []).join(',') || '<none>');
    w.line(LEVEL_0, 'IP', spec.clusterIP ?? '');
    w.line(LEVEL_0, 'IPs', (spec.clusterIPs ?? []).join(',') || '<none>');
    if ((spec.externalIPs ?? []).length > 0) w.line(LEVEL_0, 'External IPs', (spec.externalIPs ?? []).join(','));
    if (spec.loadBalancerIP) w.line(LEVEL_0, 'Desired LoadBalancer IP', spec.loadBalancerIP);
    if (spec.externalName) w.line(LEVEL_0, 'External Name', spec.externalName);
    const lb = svc.status?.loadBalancer?.ingress ?? [];
    if (lb.length > 0) w.line(LEVEL_0, 'LoadBalancer Ingress', lb.map((i) => `${i.ip || i.hostname || ''}${i.ipMode ? ` (${i.ipMode})` : ''}`).join(', '));
    for (const sp of spec.ports ?? []) {
      const name = sp.name || '<unset>';
      w.write(LEVEL_0, `Port:\t${name}\t${sp.port}/${sp.protocol ?? 'TCP'}\n`);
      w.line(LEVEL_0, 'TargetPort', targetPort(sp));
      if (sp.nodePort) w.write(LEVEL_0, `NodePort:\t${name}\t${sp.nodePort}/${sp.protocol ?? 'TCP'}\n`);
      w.line(LEVEL_0, 'Endpoints', formatEndpointSlices(slices, sp.name ?? ''));
    }
    w.line(LEVEL_0, 'Session Affinity', spec.sessionAffinity ?? '');
    if (spec.externalTrafficPolicy) w.line(LEVEL_0, 'External Traffic Policy', spec.externalTrafficPolicy);
    if (spec.healthCheckNodePort) w.line(LEVEL_0, 'HealthCheck NodePort', spec.healthCheckNodePort);
    if ((spec.loadBalancerSourceRanges ?? []).length > 0) w.line(LEVEL_0, 'LoadBalancer Source Ranges', (spec.loadBalancerSourceRanges ?? []).join(','));
    if (spec.internalTrafficPolicy) w.line(LEVEL_0, 'Internal Traffic Policy', spec.internalTrafficPolicy);
    if (spec.trafficDistribution) w.line(LEVEL_0, 'Traffic Distribution', spec.trafficDistribution);
    writeEvents(w, events, ctx.now);
  });
}

export function describeEndpoints(obj: KubeObject, ctx: DescribeContext): string {
  const ep = obj as unknown as Endpoints;
  const events = searchEvents(ctx, queryFor(obj));
  return tabbed((w) => {
    printNameNamespaceLabels(w, ep.metadata);
    w.write(LEVEL_0, 'Subsets:\n');
    for (const s of ep.subsets ?? []) {
      w.line(LEVEL_1, 'Addresses', (s.addresses ?? []).map((a) => a.ip).join(',') || '<none>');
      w.line(LEVEL_1, 'NotReadyAddresses', (s.notReadyAddresses ?? []).map((a) => a.ip).join(',') || '<none>');
      if ((s.ports ?? []).length > 0) {
        w.write(LEVEL_1, 'Ports:\n');
        w.write(LEVEL_2, 'Name\tPort\tProtocol\n');
        w.write(LEVEL_2, '----\t----\t--------\n');
        for (const p of s.ports ?? []) w.write(LEVEL_2, `${p.name || '<unset>'}\t${p.port}\t${p.protocol ?? 'TCP'}\n`);
      }
      w.write(LEVEL_0, '\n');
    }
    writeEvents(w, events, ctx.now);
  });
}

export function describeEndpointSlice(obj: KubeObject, ctx: DescribeContext): string {
  const eps = obj as unknown as EndpointSlice;
  const events = searchEvents(ctx, queryFor(obj));
  return tabbed((w) => {
    printNameNamespaceLabels(w, eps.metadata);
    w.line(LEVEL_0, 'AddressType', eps.addressType);
    if ((eps.ports ?? []).length === 0) w.write(LEVEL_0, 'Ports: <unset>\n');
    else {
      w.write(LEVEL_0, 'Ports:\n');
      w.write(LEVEL_1, 'Name\tPort\tProtocol\n');
      w.write(LEVEL_1, '----\t----\t--------\n');
      for (const p of eps.ports ?? []) w.write(LEVEL_1, `${p.name || '<unset>'}\t${p.port ?? '<unset>'}\t${p.protocol ?? 'TCP'}\n`);
    }
    if ((eps.endpoints ?? []).length === 0) w.write(LEVEL_0, 'Endpoints: <none>\n');
    else {
      w.write(LEVEL_0, 'Endpoints:\n');
      for (const e of eps.endpoints ?? []) {
        w.write(LEVEL_1, `- Addresses:\t${e.addresses.join(', ') || '<none>'}\n`);
        w.write(LEVEL_2, 'Conditions:\n');
        w.line(LEVEL_3, 'Ready', e.conditions?.ready === undefined ? '<unset>' : String(e.conditions.ready));
        w.line(LEVEL_2, 'Hostname', e.hostname ?? '<unset>');
        if (e.targetRef) w.line(LEVEL_2, 'TargetRef', `${e.targetRef.kind ?? ''}/${e.targetRef.name ?? ''}`);
        w.line(LEVEL_2, 'NodeName', e.nodeName ?? '<unset>');
        w.line(LEVEL_2, 'Zone', e.zone ?? '<unset>');
      }
    }
    writeEvents(w, events, ctx.now);
  });
}

function describeBackend(ctx: DescribeContext, namespace: string | undefined, backend: IngressBackend | undefined): string {
  if (!backend) return '';
  if (!backend.service) {
    const r = backend.resource;
    return `APIGroup: ${r?.apiGroup ?? ''}, Kind: ${r?.kind ?? ''}, Name: ${r?.name ?? ''}`;
  }
  const b = backend.service;
  const svc = getStored<Service>(ctx, 'services', namespace, b.name);
  if (!svc) return `<error: services "${b.name}" not found>`;
  let spName = '';
  for (const sp of svc.spec?.ports ?? []) {
    if (b.port?.number && b.port.number === sp.port) spName = sp.name ?? '';
    else if (b.port?.name && b.port.name === sp.name) spName = sp.name ?? '';
  }
  const port = b.port?.number ? String(b.port.number) : b.port?.name ?? '';
  return `${b.name}:${port} (${formatEndpointSlices(slicesOf(ctx, namespace, b.name), spName)})`;
}

export function describeIngress(obj: KubeObject, ctx: DescribeContext): string {
  const ing = obj as unknown as Ingress;
  const ns = ing.metadata?.namespace;
  const spec = ing.spec ?? {};
  const events = searchEvents(ctx, queryFor(obj));
  return tabbed((w) => {
    w.line(LEVEL_0, 'Name', ing.metadata?.name ?? '');
    printLabels(w, 'Labels', ing.metadata?.labels);
    w.line(LEVEL_0, 'Namespace', ns ?? '');
    const addresses = [...new Set((ing.status?.loadBalancer?.ingress ?? []).map((i) => i.ip || i.hostname || '').filter((s) => s !== ''))].sort(byteCompare);
    w.line(LEVEL_0, 'Address', addresses.join(','));
    w.line(LEVEL_0, 'Ingress Class', spec.ingressClassName ?? '<none>');
    w.line(LEVEL_0, 'Default backend', spec.defaultBackend ? describeBackend(ctx, ns, spec.defaultBackend) : '<default>');
    if ((spec.tls ?? []).length > 0) {
      w.write(LEVEL_0, 'TLS:\n');
      for (const t of spec.tls ?? []) {
        const hosts = (t.hosts ?? []).join(',');
        w.write(LEVEL_1, t.secretName ? `${t.secretName} terminates ${hosts}\n` : `SNI routes ${hosts}\n`);
      }
    }
    w.write(LEVEL_0, 'Rules:\n  Host\tPath\tBackends\n');
    w.write(LEVEL_1, '----\t----\t--------\n');
    let count = 0;
    for (const rule of spec.rules ?? []) {
      if (!rule.http) continue;
      count++;
      w.write(LEVEL_1, `${rule.host || '*'}\t\n`);
      for (const p of rule.http.paths) w.write(LEVEL_2, `\t${p.path ?? ''} \t${describeBackend(ctx, ns, p.backend)}\n`);
    }
    if (count === 0) w.write(LEVEL_1, `*\t*\t${describeBackend(ctx, ns, spec.defaultBackend)}\n`);
    printAnnotations(w, 'Annotations', ing.metadata?.annotations);
    writeEvents(w, events, ctx.now);
  });
}
