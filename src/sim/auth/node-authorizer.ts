// The Node authorizer kubeadm puts before RBAC (--authorization-mode=Node,RBAC): a kubelet — user
// `system:node:NAME` in group `system:nodes` — may do what the `system:node` ClusterRole's rules
// say. The real one narrows reads of secrets, configmaps and volumes to those its pods use (a graph
// of the node's pods); that refinement is left out here.

import type { KubeObject } from '../api/object';
import type { PolicyRule } from './aggregation';
import { ruleAllows, type AccessRequest, type RbacObjects, type UserInfo } from './rbac';

export function nodeAuthorizerAllows(objects: RbacObjects, user: UserInfo, req: AccessRequest): boolean {
  if (!user.name.startsWith('system:node:') || !user.groups.includes('system:nodes')) return false;
  const role = objects.list('clusterroles.rbac.authorization.k8s.io').find((r: KubeObject) => r.metadata.name === 'system:node') as (KubeObject & { rules?: PolicyRule[] | null }) | undefined;
  return (role?.rules ?? []).some((rule) => ruleAllows(rule, req));
}

/**
 * The NodeRestriction admission plugin's refusal of a kubelet's write, if any: a node changes or
 * deletes only the pods bound to it.
 */
export function nodeRestriction(objects: { get(resource: string, key: string): KubeObject | undefined }, user: UserInfo, req: AccessRequest): string | undefined {
  if (req.kind !== 'resource' || req.resource !== 'pods' || req.group !== '' || !['delete', 'update', 'patch'].includes(req.verb)) return undefined;
  const node = user.name.slice('system:node:'.length);
  const pod = objects.get('pods', `${req.namespace}/${req.name}`) as (KubeObject & { spec?: { nodeName?: string } }) | undefined;
  if (!pod || pod.spec?.nodeName === node) return undefined;
  return req.subresource === 'status'
    ? `node "${node}" can only update pod status for pods with spec.nodeName set to itself`
    : `node "${node}" can only ${req.verb === 'delete' ? 'delete' : 'update'} pods with spec.nodeName set to itself`;
}
