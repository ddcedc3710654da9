// Services built on the client: `kubectl create service <type>`, `kubectl run --expose` and
// `kubectl expose`, keys in Go struct order.

import type { KubeObject } from '../../sim/api/object';
import { meta } from './workloads';

type Obj = Record<string, unknown>;

export interface CreateServiceSpec {
  name: string;
  namespace: string | undefined;
  type: 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'ExternalName';
  tcp: string[];
  clusterIP: string;
  nodePort: number;
  externalName: string;
}

/** The port before the colon, as strconv.ParseUint(s, 10, 16) reads it (0 passes). */
function parsePort(s: string): number | string {
  if (!/^\d+$/.test(s)) return `strconv.ParseUint: parsing "${s}": invalid syntax`;
  const n = Number(s);
  if (n > 65535) return `strconv.ParseUint: parsing "${s}": value out of range`;
  return n;
}

/** The object, or the generator's error text. */
export function createServiceObject(o: CreateServiceSpec): KubeObject | string {
  if (o.clusterIP === 'None' && o.type !== 'ClusterIP') return 'ClusterIP=None can only be used with ClusterIP service type';
  if (o.clusterIP !== 'None' && o.tcp.length === 0 && o.type !== 'ExternalName') return 'at least one tcp port specifier must be provided';
  if (o.type === 'ExternalName' && !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/.test(o.externalName)) {
    return `invalid service external name ${o.externalName}`;
  }
  const ports: Obj[] = [];
  for (const spec of o.tcp) {
    const [p = '', t] = spec.split(':');
    const port = parsePort(p);
    if (typeof port === 'string') return port;
    let targetPort: number | string = port;
    if (t !== undefined) {
      if (/^-?\d+$/.test(t)) {
        const n = Number(t);
        if (n < 1 || n > 65535) return 'must be between 1 and 65535, inclusive';
        targetPort = n;
      } else targetPort = t;
    }
    ports.push({ name: spec.replace(/:/g, '-'), protocol: 'TCP', port, targetPort, ...(o.nodePort ? { nodePort: o.nodePort } : {}) });
  }
  const spec: Obj = {};
  if (ports.length) spec['ports'] = ports;
  spec['selector'] = { app: o.name };
  if (o.clusterIP) spec['clusterIP'] = o.clusterIP;
  spec['type'] = o.type;
  if (o.externalName) spec['externalName'] = o.externalName;
  return { kind: 'Service', apiVersion: 'v1', metadata: meta(o.name, o.namespace, { labels: { app: o.name } }), spec, status: { loadBalancer: {} } } as KubeObject;
}

/** `kubectl run --expose`'s service: labels only when --labels was given. */
export function runServiceObject(name: string, namespace: string | undefined, explicitLabels: Record<string, string>, selector: Record<string, string>, port: number): KubeObject {
  return {
    kind: 'Service',
    apiVersion: 'v1',
    metadata: meta(name, namespace, { labels: explicitLabels }),
    spec: { ports: [{ protocol: 'TCP', port, targetPort: port }], selector },
    status: { loadBalancer: {} },
  } as KubeObject;
}

export interface ExposeSpec {
  name: string;
  namespace: string | undefined;
  labels: Record<string, string>;
  selector: Record<string, string>;
  /** Ports with their protocols and names (several when introspected). */
  ports: { port: number; protocol: string; name?: string; targetPort: number | string }[];
  type: string;
  clusterIP: string;
  externalIP: string;
  loadBalancerIP: string;
  sessionAffinity: string;
}

export function exposeServiceObject(o: ExposeSpec): KubeObject {
  const spec: Obj = {
    ports: o.ports.map((p) => ({ ...(p.name ? { name: p.name } : {}), protocol: p.protocol, port: p.port, targetPort: p.targetPort })),
    selector: o.selector,
  };
  if (o.clusterIP) spec['clusterIP'] = o.clusterIP;
  if (o.type) spec['type'] = o.type;
  if (o.externalIP) spec['externalIPs'] = [o.externalIP];
  if (o.sessionAffinity) spec['sessionAffinity'] = o.sessionAffinity;
  if (o.loadBalancerIP) spec['loadBalancerIP'] = o.loadBalancerIP;
  return { kind: 'Service', apiVersion: 'v1', metadata: meta(o.name, o.namespace, { labels: o.labels }), spec, status: { loadBalancer: {} } } as KubeObject;
}
