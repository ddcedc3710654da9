import type { Service, ServiceSpec } from 'kubernetes-types/core/v1';
import { isZero, statusOf } from './types';

/** Seconds a ClientIP session sticks to one endpoint when the service names no timeout. */
export const DEFAULT_CLIENT_IP_TIMEOUT_SECONDS = 10800;

/** Defaults of a Service (decode time: on create and on every update). */
export function defaultService(svc: Service): void {
  const spec = (svc.spec ??= {});
  spec.sessionAffinity ||= 'None';
  if (spec.sessionAffinity === 'None') delete spec.sessionAffinityConfig;
  if (spec.sessionAffinity === 'ClientIP' && spec.sessionAffinityConfig?.clientIP?.timeoutSeconds == null) {
    spec.sessionAffinityConfig = { clientIP: { timeoutSeconds: DEFAULT_CLIENT_IP_TIMEOUT_SECONDS } };
  }
  spec.type ||= 'ClusterIP';
  for (const port of spec.ports ?? []) {
    port.protocol ||= 'TCP';
    if (isZero(port.targetPort)) port.targetPort = port.port;
  }
  if (externallyAccessible(spec)) spec.externalTrafficPolicy ||= 'Cluster';
  if (spec.type === 'ClusterIP' || spec.type === 'NodePort' || spec.type === 'LoadBalancer') {
    spec.internalTrafficPolicy ??= 'Cluster';
  }
  // LoadBalancerStatus is a Go struct: every service shows `status: {loadBalancer: {}}`.
  const loadBalancer = (statusOf(svc, () => ({})).loadBalancer ??= {});
  if (spec.type === 'LoadBalancer') {
    spec.allocateLoadBalancerNodePorts ??= true;
    for (const ingress of loadBalancer.ingress ?? []) {
      if (ingress.ip) (ingress as { ipMode?: string }).ipMode ??= 'VIP';
    }
  }
}

function externallyAccessible(spec: ServiceSpec): boolean {
  return spec.type === 'LoadBalancer' || spec.type === 'NodePort' || (spec.type === 'ClusterIP' && (spec.externalIPs?.length ?? 0) > 0);
}

/**
 * What the service REST storage settles before it allocates cluster IPs on create: the plural
 * `clusterIPs` from the singular field, then the IP family policy and families. `clusterFamily`
 * is the cluster's (first) service IP family; the simulated cluster is single-stack.
 */
export function defaultServiceIPFamilies(svc: Service, clusterFamily: 'IPv4' | 'IPv6' = 'IPv4'): void {
  const spec = (svc.spec ??= {});
  if (spec.clusterIP && !spec.clusterIPs?.length) spec.clusterIPs = [spec.clusterIP];
  if (spec.type === 'ExternalName') return;
  const headlessWithoutSelector = spec.clusterIP === 'None' && Object.keys(spec.selector ?? {}).length === 0;
  // A headless service without a selector may point at endpoints of either family.
  spec.ipFamilyPolicy ??= headlessWithoutSelector ? 'RequireDualStack' : 'SingleStack';
  if (!spec.ipFamilies?.length) spec.ipFamilies = [clusterFamily];
  if (headlessWithoutSelector && spec.ipFamilyPolicy !== 'SingleStack' && spec.ipFamilies.length < 2) {
    spec.ipFamilies.push(spec.ipFamilies[0] === 'IPv4' ? 'IPv6' : 'IPv4');
  }
}
