import type { Ingress, IngressClass, NetworkPolicy, NetworkPolicyPort } from 'kubernetes-types/networking/v1';
import { statusOf } from './types';

export function defaultNetworkPolicy(np: NetworkPolicy): void {
  // `podSelector` has no `omitempty`: an empty one shows as `podSelector: {}`.
  const spec = (np.spec ??= { podSelector: {} });
  spec.podSelector ??= {};
  if (!spec.policyTypes?.length) {
    // A policy always restricts ingress; egress only when it has egress rules.
    spec.policyTypes = spec.egress?.length ? ['Ingress', 'Egress'] : ['Ingress'];
  }
  for (const rule of spec.ingress ?? []) defaultPorts(rule.ports);
  for (const rule of spec.egress ?? []) defaultPorts(rule.ports);
}

function defaultPorts(ports: NetworkPolicyPort[] | undefined): void {
  for (const port of ports ?? []) port.protocol ??= 'TCP';
}

export function defaultIngress(ing: Ingress): void {
  // IngressLoadBalancerStatus is a Go struct: every ingress shows `status: {loadBalancer: {}}`.
  statusOf(ing, () => ({})).loadBalancer ??= {};
}

export function defaultIngressClass(ic: IngressClass): void {
  const spec = (ic.spec ??= {});
  if (spec.parameters) spec.parameters.scope ??= 'Cluster';
}
