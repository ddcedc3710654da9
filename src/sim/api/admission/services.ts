import type { Service, ServicePort, ServiceSpec } from 'kubernetes-types/core/v1';
import type { Random } from '../../../lib/random';
import type { KubeObject } from '../object';
import type { ResourceType } from '../registry';
import type { ApiStatus } from '../status';
import { invalid } from '../status';
import type { ObjectStore } from '../../store/store';
import { allocateClusterIP, allocateNodePort, cidrContains, NODE_PORT_MAX, NODE_PORT_MIN } from '../../network/ipam';

/**
 * ClusterIP and NodePort allocation, done by the service REST storage on create, and carried over
 * on update when the new object leaves them empty (as `kubectl replace` of a hand-written file does).
 */
export function admitService(obj: KubeObject, old: KubeObject | undefined, type: ResourceType, store: ObjectStore, random: Random, serviceCIDR: string): ApiStatus | undefined {
  const svc = obj as unknown as Service & KubeObject;
  const spec = svc.spec as ServiceSpec | undefined;
  if (!spec) return undefined;
  const name = svc.metadata.name ?? '';
  const oldSpec = (old as unknown as Service | undefined)?.spec;
  const fail = (field: string, value: string, detail: string) =>
    invalid(type, name, `${field}: Invalid value: ${value}: ${detail}`, [{ reason: 'FieldValueInvalid', message: `Invalid value: ${value}: ${detail}`, field }]);

  if (spec.type === 'ExternalName') {
    delete spec.clusterIP;
    delete spec.clusterIPs;
  } else {
    if (oldSpec?.clusterIP && !spec.clusterIP) {
      spec.clusterIP = oldSpec.clusterIP;
      spec.clusterIPs = oldSpec.clusterIPs ?? [oldSpec.clusterIP];
    }
    if (!spec.clusterIP && spec.clusterIPs?.[0]) spec.clusterIP = spec.clusterIPs[0];
    if (!old && spec.clusterIP && spec.clusterIP !== 'None') {
      const ip = spec.clusterIP;
      if (!cidrContains(serviceCIDR, ip)) {
        return fail('spec.clusterIPs', `["${ip}"]`, `failed to allocate IP ${ip}: the provided IP (${ip}) is not in the valid range. The range of valid IPs is ${serviceCIDR}`);
      }
      if (usedClusterIPs(store).has(ip)) return fail('spec.clusterIPs', `["${ip}"]`, `failed to allocate IP ${ip}: provided IP is already allocated`);
    }
    if (!spec.clusterIP) {
      const ip = allocateClusterIP(serviceCIDR, usedClusterIPs(store), random);
      if (!ip) return fail('spec.clusterIPs', '[]', 'failed to allocate a serviceIP: range is full');
      spec.clusterIP = ip;
    }
    spec.clusterIPs = [spec.clusterIP];
  }

  if (spec.type === 'NodePort' || spec.type === 'LoadBalancer') {
    const used = usedNodePorts(store, svc.metadata.namespace, name);
    const ports: ServicePort[] = spec.ports ?? [];
    for (let i = 0; i < ports.length; i++) {
      const p = ports[i] as ServicePort;
      const previous = oldSpec?.ports?.find((q) => q.port === p.port && (q.protocol ?? 'TCP') === (p.protocol ?? 'TCP'))?.nodePort;
      if (!p.nodePort && previous) p.nodePort = previous;
      if (p.nodePort) {
        if (p.nodePort < NODE_PORT_MIN || p.nodePort > NODE_PORT_MAX) continue; // validation words this one
        if (used.has(p.nodePort) && p.nodePort !== previous) {
          return fail(`spec.ports[${i}].nodePort`, String(p.nodePort), 'provided port is already allocated');
        }
      } else {
        const port = allocateNodePort(used, random);
        if (port === undefined) return fail(`spec.ports[${i}].nodePort`, '0', 'failed to allocate a nodePort: range is full');
        p.nodePort = port;
      }
      used.add(p.nodePort);
    }
  } else {
    for (const p of spec.ports ?? []) delete p.nodePort;
  }
  if (!old) obj['status'] = { loadBalancer: {} };
  return undefined;
}

function usedClusterIPs(store: ObjectStore): Set<string> {
  const used = new Set<string>();
  for (const s of store.list('services')) {
    for (const ip of ((s['spec'] as ServiceSpec | undefined)?.clusterIPs ?? [])) used.add(ip);
  }
  return used;
}

function usedNodePorts(store: ObjectStore, exceptNs: string | undefined, exceptName: string): Set<number> {
  const used = new Set<number>();
  for (const s of store.list('services')) {
    if (s.metadata.namespace === exceptNs && s.metadata.name === exceptName) continue;
    for (const p of ((s['spec'] as ServiceSpec | undefined)?.ports ?? [])) if (p.nodePort) used.add(p.nodePort);
  }
  return used;
}
