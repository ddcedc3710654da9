import type { EndpointAddress, EndpointPort, EndpointSubset, Pod, Service, ServicePort } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../api/object';
import { keyOf, splitKey } from '../api/object';
import type { SimContext } from '../context';
import type { Controller } from './controller';
import { isPodReady, podSummaryChanged } from '../workloads/pods';
import { RESOURCE_TYPE } from './types';
import { ipToInt } from '../network/ipam';

export const ENDPOINTS_CONTROLLER = 'endpoint-controller';
const MANAGED_BY = 'endpointslice-controller.k8s.io';

/** A pod behind a Service, with the ports its target ports resolve to on that pod. */
export interface ServiceBackend {
  pod: Pod & KubeObject;
  ip: string;
  ready: boolean;
  terminating: boolean;
  ports: EndpointPort[];
}

/** Pods selected by a Service and how each of its ports maps onto them (named target ports resolve per pod). */
export function serviceBackends(ctx: SimContext, svc: Service & KubeObject): ServiceBackend[] {
  const selector = svc.spec?.selector;
  if (!selector || Object.keys(selector).length === 0) return [];
  const out: ServiceBackend[] = [];
  for (const pod of ctx.store.list('pods', svc.metadata.namespace) as (Pod & KubeObject)[]) {
    const labels = pod.metadata.labels ?? {};
    if (!Object.entries(selector).every(([k, v]) => labels[k] === v)) continue;
    const ip = pod.status?.podIP;
    const phase = pod.status?.phase;
    if (!ip || phase === 'Succeeded' || phase === 'Failed') continue;
    const ports: EndpointPort[] = [];
    for (const sp of svc.spec?.ports ?? []) {
      const port = resolveTargetPort(sp, pod);
      if (port !== undefined) ports.push({ ...(sp.name ? { name: sp.name } : {}), port, protocol: sp.protocol ?? 'TCP' });
    }
    out.push({ pod, ip, ready: isPodReady(pod), terminating: !!pod.metadata.deletionTimestamp, ports });
  }
  return out.sort((a, b) => ipToInt(a.ip) - ipToInt(b.ip));
}

function resolveTargetPort(sp: ServicePort, pod: Pod): number | undefined {
  const target = sp.targetPort ?? sp.port;
  if (typeof target === 'number') return target;
  if (/^\d+$/.test(target)) return Number(target);
  for (const c of pod.spec?.containers ?? []) {
    const p = (c.ports ?? []).find((x) => x.name === target && (x.protocol ?? 'TCP') === (sp.protocol ?? 'TCP'));
    if (p) return p.containerPort;
  }
  return undefined;
}

/**
 * Keeps each selector Service's Endpoints (legacy) and EndpointSlice in step with its pods: ready
 * pods serve, unready ones are listed apart, terminating ones leave Endpoints but stay in the
 * slice marked terminating — the behaviour kube-proxy and `kubectl describe svc` rely on.
 */
export function endpointsController(ctx: SimContext): Controller {
  // Runs for every pod change that matters to a Service: a loop, not a filter/map chain.
  const servicesFor = (pod: KubeObject): string[] => {
    const labels = pod.metadata.labels ?? {};
    const keys: string[] = [];
    for (const s of ctx.store.list('services', pod.metadata.namespace) as (Service & KubeObject)[]) {
      const sel = s.spec?.selector;
      if (sel && selects(sel, labels)) keys.push(keyOf(s));
    }
    return keys;
  };

  return {
    name: ENDPOINTS_CONTROLLER,
    watches: {
      services: (e) => keyOf(e.object),
      pods: (e) => {
        if (e.type === 'MODIFIED' && !podSummaryChanged(e.old as Pod | undefined, e.object as Pod)) return undefined;
        const keys = servicesFor(e.object);
        const before = e.old?.metadata.labels;
        if (e.old && before !== e.object.metadata.labels && JSON.stringify(before) !== JSON.stringify(e.object.metadata.labels)) keys.push(...servicesFor(e.old));
        return keys;
      },
    },
    reconcile(key) {
      const { namespace, name } = splitKey(key);
      const svc = ctx.api.peek<Service & KubeObject>('services', namespace, name);
      if (!svc) {
        if (ctx.api.peek('endpoints', namespace, name)) ctx.api.delete(RESOURCE_TYPE.endpoints, namespace, name);
        return;
      }
      const selector = svc.spec?.selector;
      if (!selector || Object.keys(selector).length === 0 || svc.spec?.type === 'ExternalName') return;
      const backends = serviceBackends(ctx, svc);
      syncEndpoints(ctx, svc, backends);
      syncSlice(ctx, svc, backends);
    },
  };
}

/** A non-empty selector whose every label the pod has. */
function selects(selector: Record<string, string>, labels: Record<string, string>): boolean {
  let any = false;
  for (const k of Object.keys(selector)) {
    if (labels[k] !== selector[k]) return false;
    any = true;
  }
  return any;
}

function address(b: ServiceBackend): EndpointAddress {
  const a: EndpointAddress = { ip: b.ip, targetRef: { kind: 'Pod', name: b.pod.metadata.name ?? '', namespace: b.pod.metadata.namespace ?? '', uid: b.pod.metadata.uid ?? '' } };
  if (b.pod.spec?.nodeName) a.nodeName = b.pod.spec.nodeName;
  return a;
}

function syncEndpoints(ctx: SimContext, svc: Service & KubeObject, backends: ServiceBackend[]): void {
  const publishNotReady = svc.spec?.publishNotReadyAddresses === true;
  // Pods whose ports resolve the same way share a subset.
  const subsets = new Map<string, EndpointSubset>();
  for (const b of backends) {
    if (b.terminating || b.ports.length === 0) continue;
    const sig = JSON.stringify(b.ports);
    let subset = subsets.get(sig);
    if (!subset) subsets.set(sig, (subset = { ports: b.ports }));
    if (b.ready || publishNotReady) subset.addresses = [...(subset.addresses ?? []), address(b)];
    else subset.notReadyAddresses = [...(subset.notReadyAddresses ?? []), address(b)];
  }
  const labels: Record<string, string> = { ...(svc.metadata.labels ?? {}), 'endpoints.kubernetes.io/managed-by': 'endpoint-controller' };
  if (svc.spec?.clusterIP === 'None') labels['service.kubernetes.io/headless'] = '';
  const body: KubeObject = {
    apiVersion: 'v1',
    kind: 'Endpoints',
    metadata: { name: svc.metadata.name ?? '', namespace: svc.metadata.namespace ?? 'default', labels },
  };
  if (subsets.size > 0) body['subsets'] = [...subsets.values()];
  const existing = ctx.api.peek<KubeObject>('endpoints', svc.metadata.namespace, svc.metadata.name ?? '');
  if (!existing) {
    ctx.api.create(body);
    return;
  }
  if (JSON.stringify(existing['subsets']) === JSON.stringify(body['subsets']) && JSON.stringify(existing.metadata.labels) === JSON.stringify(labels)) return;
  ctx.api.update({ ...existing, metadata: { ...existing.metadata, labels, annotations: { ...(existing.metadata.annotations ?? {}), 'endpoints.kubernetes.io/last-change-trigger-time': ctx.rt.timestamp() } }, subsets: body['subsets'] });
}

function syncSlice(ctx: SimContext, svc: Service & KubeObject, backends: ServiceBackend[]): void {
  const ns = svc.metadata.namespace ?? 'default';
  const name = svc.metadata.name ?? '';
  const slices = (ctx.store.list('endpointslices.discovery.k8s.io', ns) as KubeObject[]).filter((s) => s.metadata.labels?.['kubernetes.io/service-name'] === name && s.metadata.labels?.['endpointslice.kubernetes.io/managed-by'] === MANAGED_BY);
  const endpoints = backends.map((b) => ({
    addresses: [b.ip],
    conditions: { ready: b.ready && !b.terminating, serving: b.ready, terminating: b.terminating },
    ...(b.pod.spec?.nodeName ? { nodeName: b.pod.spec.nodeName } : {}),
    targetRef: { kind: 'Pod', name: b.pod.metadata.name ?? '', namespace: ns, uid: b.pod.metadata.uid ?? '' },
  }));
  const ports = (svc.spec?.ports ?? []).map((sp) => {
    const resolved = backends.find((b) => b.ports.length > 0)?.ports.find((p) => (p.name ?? '') === (sp.name ?? ''));
    return { name: sp.name ?? '', port: resolved?.port ?? (typeof sp.targetPort === 'number' ? sp.targetPort : sp.port), protocol: sp.protocol ?? 'TCP' };
  });
  const labels: Record<string, string> = { ...(svc.metadata.labels ?? {}), 'endpointslice.kubernetes.io/managed-by': MANAGED_BY, 'kubernetes.io/service-name': name };
  if (svc.spec?.clusterIP === 'None') labels['service.kubernetes.io/headless'] = '';
  const [first, ...extra] = slices;
  for (const s of extra) ctx.api.delete(RESOURCE_TYPE.endpointslices, ns, s.metadata.name ?? '');
  const body = { addressType: 'IPv4', endpoints, ports };
  if (!first) {
    ctx.api.create({
      apiVersion: 'discovery.k8s.io/v1',
      kind: 'EndpointSlice',
      metadata: {
        generateName: `${name}-`,
        namespace: ns,
        labels,
        annotations: { 'endpoints.kubernetes.io/last-change-trigger-time': ctx.rt.timestamp() },
        ownerReferences: [{ apiVersion: 'v1', kind: 'Service', name, uid: svc.metadata.uid ?? '', controller: true, blockOwnerDeletion: true }],
      },
      ...body,
    });
    return;
  }
  if (JSON.stringify({ addressType: first['addressType'], endpoints: first['endpoints'], ports: first['ports'] }) === JSON.stringify(body)) return;
  ctx.api.update({ ...first, metadata: { ...first.metadata, labels, annotations: { ...(first.metadata.annotations ?? {}), 'endpoints.kubernetes.io/last-change-trigger-time': ctx.rt.timestamp() } }, ...body });
}
