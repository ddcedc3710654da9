/** The Services of the cluster picture, with the endpoints their EndpointSlices list. */
import type { Service, ServicePort } from 'kubernetes-types/core/v1';
import type { EndpointSlice } from 'kubernetes-types/discovery/v1';
import type { Cluster } from '../sim';
import type { EndpointView, PortView, ServiceView } from './view';

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export type SliceIndex = Map<string, EndpointSlice[]>;

/** EndpointSlices by `namespace/service` (their `kubernetes.io/service-name` label). */
export function slicesByService(cluster: Cluster): SliceIndex {
  const index: SliceIndex = new Map();
  for (const obj of cluster.store.list('endpointslices.discovery.k8s.io')) {
    const service = obj.metadata.labels?.['kubernetes.io/service-name'];
    if (!service) continue;
    const key = `${obj.metadata.namespace ?? ''}/${service}`;
    const list = index.get(key) ?? [];
    list.push(obj as unknown as EndpointSlice);
    index.set(key, list);
  }
  return index;
}

export function serviceView(svc: Service, slices: SliceIndex): ServiceView {
  const namespace = svc.metadata?.namespace ?? '';
  const name = svc.metadata?.name ?? '';
  const key = `${namespace}/${name}`;
  const selector = svc.spec?.selector;
  return {
    key,
    namespace,
    name,
    type: svc.spec?.type ?? 'ClusterIP',
    clusterIP: svc.spec?.clusterIP ?? null,
    ports: (svc.spec?.ports ?? []).map(portView),
    selector: selector && Object.keys(selector).length > 0 ? { ...selector } : null,
    endpoints: endpointsOf(slices.get(key) ?? []),
  };
}

function portView(p: ServicePort): PortView {
  return {
    name: p.name ?? null,
    port: p.port,
    targetPort: String(p.targetPort ?? p.port),
    nodePort: p.nodePort ?? null,
    protocol: p.protocol ?? 'TCP',
  };
}

/** One entry per address across the Service's slices, by pod then IP. */
function endpointsOf(slices: readonly EndpointSlice[]): EndpointView[] {
  const seen = new Map<string, EndpointView>();
  for (const slice of slices) {
    for (const ep of slice.endpoints ?? []) {
      const ref = ep.targetRef;
      const pod = ref?.kind === 'Pod' && ref.name ? `${ref.namespace ?? slice.metadata?.namespace ?? ''}/${ref.name}` : null;
      for (const ip of ep.addresses.slice(0, 1)) {
        const id = `${pod ?? ''} ${ip}`;
        if (!seen.has(id)) seen.set(id, { ip, ready: ep.conditions?.ready !== false, pod, node: ep.nodeName ?? null });
      }
    }
  }
  return [...seen.values()].sort((a, b) => byName(a.pod ?? '', b.pod ?? '') || byName(a.ip, b.ip));
}
