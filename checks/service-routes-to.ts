/**
 * serviceRoutesTo: a Service's endpoints are exactly the ready pods a selector picks, and an HTTP
 * request to it from the control plane (the network curl uses, in a throwaway copy) is answered.
 */
import { z } from 'zod';
import type { Endpoints, Pod, Service } from 'kubernetes-types/core/v1';
import { defineCheck } from '../src/grading';
import type { KubeObject } from '../src/sim';
import { nameParam, namespaceParam, selectorParam } from './support/params';
import { count, listed, livePods, missingPhrase } from './support/words';

export const serviceRoutesTo = defineCheck({
  name: 'serviceRoutesTo',
  description:
    'Passes when the Service has the port, its endpoints are exactly the ready pods the selector picks (at least one), and curl to its ClusterIP and port from the control plane gets an answer (a headless Service needs no answer).',
  params: z
    .strictObject({
      service: nameParam.describe('The name of the Service.'),
      namespace: namespaceParam,
      selector: selectorParam.describe('The pods the Service must send traffic to, as a label selector (app=web).'),
      port: z.int().min(1).max(65535).describe('The Service port that must route to them.').meta({ examples: [80] }),
    })
    .describe('Which Service, which pods and which port.'),
  run(view, { service, namespace, selector, port }) {
    const type = view.resourceType('services');
    if (!type) return { pass: false, message: 'services are not served' };
    const svc = view.get<Service & KubeObject>('services', service, namespace);
    if (!svc) return { pass: false, message: missingPhrase(view, type, 'services', service, namespace), found: null };
    const ref = `service/${service} in ${namespace}`;
    const ports = svc.spec?.ports ?? [];
    const svcPort = ports.find((p) => p.port === port);
    if (!svcPort) return { pass: false, message: `${ref} has no port ${port} (its ports: ${ports.map((p) => p.port).join(', ') || 'none'})`, found: { ports: ports.map((p) => p.port) } };

    const wanted = livePods(view.list<Pod & KubeObject>('pods', { namespace, labelSelector: selector }))
      .map((p) => view.podState(p))
      .filter((s) => s.isReady)
      .map((s) => s.name)
      .sort();
    const ep = view.get<Endpoints & KubeObject>('endpoints', service, namespace);
    const routed = (ep?.subsets ?? []).flatMap((s) => s.addresses ?? []).map((a) => a.targetRef?.name ?? a.ip).sort();
    const found = { endpoints: routed, pods: wanted };
    const own = Object.entries(svc.spec?.selector ?? {}).map(([k, v]) => `${k}=${v}`).join(',');
    const itsSelector = own ? `its selector is ${own}` : 'it has no selector';
    if (wanted.length === 0) return { pass: false, message: `expected ${ref} to route to pods with ${selector}, but no ready pods have ${selector} in ${namespace}`, found };
    if (routed.length === 0) return { pass: false, message: `expected ${ref} to route to ${count(wanted.length, 'pod')} with ${selector}, it has no endpoints (${itsSelector})`, found };
    const missing = wanted.filter((n) => !routed.includes(n));
    const extra = routed.filter((n) => !wanted.includes(n));
    if (missing.length > 0) return { pass: false, message: `expected ${ref} to route to every ready pod with ${selector}, it misses ${listed(missing)} (${itsSelector})`, found };
    if (extra.length > 0) return { pass: false, message: `expected ${ref} to route only to pods with ${selector}, it also routes to ${listed(extra)} (${itsSelector})`, found };

    // From a node, as a student would try it: nodes do not use cluster DNS, so the ClusterIP.
    const from = view.controlPlane();
    const ip = svc.spec?.clusterIP;
    const target = svcPort.targetPort ?? port;
    if (!ip || ip === 'None') return { pass: true, message: `${ref} routes port ${port} to ${count(wanted.length, 'pod')} with ${selector} (headless: its endpoints are the pods)`, found };
    const url = `http://${ip}${port === 80 ? '' : `:${port}`}/`;
    const answer = view.httpGet(from, url);
    if (!answer.ok && answer.error !== 'empty') {
      return { pass: false, message: `${ref} has endpoints, but curl ${url} from ${from} fails: ${answer.message} (port ${port} goes to targetPort ${target} of the pods)`, found: { ...found, curl: answer.message } };
    }
    const said = answer.ok ? `answered ${answer.reply.status} ${answer.reply.reason}` : 'connected';
    return { pass: true, message: `${ref} routes port ${port} to ${count(wanted.length, 'pod')} with ${selector} (curl ${url} ${said})`, found: { ...found, status: answer.ok ? answer.reply.status : null } };
  },
});
