// The Service `kubectl expose` builds (ExposeServiceOptions.createService): selector and labels
// parsed from `k=v,…`, one port per --port (or per introspected port, named port-N), a port with
// several protocols split into port-N-<proto> entries, the same target port for all.

import type { KubeObject } from '../../../sim/api/object';
import { exposeServiceObject } from '../../generators/service';
import { atoi, parseLabelSpec, sortedMap } from '../run/run-pod';

export interface ExposeInput {
  name: string;
  /** Only when -n was given (client dry run prints it then). */
  namespace: string | undefined;
  selector: string;
  labels: string;
  /** --port, or the only introspected port. */
  port: string;
  /** The introspected ports, comma separated, when there are several and --port was not given. */
  ports: string;
  protocol: string;
  /** Introspected protocols by port number. */
  protocols: ReadonlyMap<string, readonly string[]>;
  targetPort: string;
  externalIP: string;
  type: string;
  loadBalancerIP: string;
  sessionAffinity: string;
  clusterIP: string;
}

/** intstr.Parse: an int32 when the text is one, else a name. */
function intOrString(v: string): number | string {
  const n = atoi(v);
  return typeof n === 'number' && n >= -(2 ** 31) && n < 2 ** 31 ? n : v;
}

export function buildExposedService(o: ExposeInput): KubeObject | string {
  if (o.selector === '') return 'selector must be specified';
  const selector = parseLabelSpec(o.selector);
  if (typeof selector === 'string') return selector;
  let labels: Record<string, string> = {};
  if (o.labels !== '') {
    const parsed = parseLabelSpec(o.labels);
    if (typeof parsed === 'string') return parsed;
    labels = parsed;
  }
  if (o.name === '') return 'name must be specified';

  const portString = o.ports !== '' ? o.ports : o.port;
  const ports: { name?: string; port: number; protocol: string; targetPort: number | string }[] = [];
  if (portString !== '') {
    const list = portString.split(',');
    for (const [i, text] of list.entries()) {
      const port = atoi(text);
      if (typeof port === 'string') return port;
      const name = list.length > 1 ? `port-${i + 1}` : '';
      let protocol = o.protocol;
      if (protocol === '' && o.protocols.size === 0) protocol = 'TCP';
      else if (protocol === '') {
        protocol = 'TCP';
        const found = o.protocols.get(text);
        if (found && found.length === 1) protocol = found[0] as string;
        else if (found) {
          for (const p of found) ports.push({ name: `port-${i + 1}-${p.toLowerCase()}`, port, protocol: p, targetPort: port });
          continue;
        }
      }
      ports.push({ ...(name ? { name } : {}), port, protocol, targetPort: port });
    }
  }
  if (o.targetPort !== '') {
    const target = intOrString(o.targetPort);
    for (const p of ports) p.targetPort = target;
  }
  let sessionAffinity = '';
  if (o.sessionAffinity !== '') {
    if (o.sessionAffinity !== 'None' && o.sessionAffinity !== 'ClientIP') return `unknown session affinity: ${o.sessionAffinity}`;
    sessionAffinity = o.sessionAffinity;
  }
  const service = exposeServiceObject({
    name: o.name,
    namespace: o.namespace,
    labels: sortedMap(labels),
    selector: sortedMap(selector),
    ports,
    type: o.type,
    clusterIP: o.clusterIP,
    externalIP: o.externalIP,
    loadBalancerIP: o.type === 'LoadBalancer' ? o.loadBalancerIP : '',
    sessionAffinity,
  });
  // An empty port list is left out (omitempty), e.g. for a headless service of a portless pod.
  const spec = service['spec'] as { ports?: unknown[] };
  if (spec.ports?.length === 0) delete spec.ports;
  return service;
}
