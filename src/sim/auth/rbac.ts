// The RBAC authorizer over the stored Roles, ClusterRoles and their bindings, as the API server's
// authorizer evaluates them: whether a user may make one request (SubjectAccessReview) and every
// rule that applies to them in a namespace (SubjectRulesReview). Nothing is built in: the
// bootstrap policy is stored objects (bootstrap/rbac), and aggregated ClusterRoles count with the
// rules the aggregation controller stored.

import type { KubeObject } from '../api/object';
import type { PolicyRule } from './aggregation';

export interface UserInfo {
  name: string;
  groups: string[];
}

export type AccessRequest =
  | { kind: 'resource'; verb: string; namespace: string; group: string; resource: string; subresource: string; name: string }
  | { kind: 'nonResource'; verb: string; path: string };

/** The stored objects the authorizer reads (the store, or anything listing like it). */
export interface RbacObjects {
  list(resource: string, namespace?: string): readonly KubeObject[];
}

interface Subject {
  kind: string;
  name: string;
  namespace?: string;
}

interface Binding extends KubeObject {
  subjects?: Subject[] | null;
  roleRef: { kind: string; name: string };
}

interface RoleObject extends KubeObject {
  rules?: PolicyRule[] | null;
}

const SA_PREFIX = 'system:serviceaccount:';
const RBAC = 'rbac.authorization.k8s.io';

/** The user the API server sees for `--as NAME [--as-group G…]` (impersonation adds the implied groups). */
export function impersonatedUser(name: string, groups: readonly string[]): UserInfo {
  const out = [...groups];
  if (name.startsWith(SA_PREFIX)) {
    const namespace = name.slice(SA_PREFIX.length).split(':')[0] ?? '';
    if (groups.length === 0) out.push('system:serviceaccounts', `system:serviceaccounts:${namespace}`);
  }
  if (name !== 'system:anonymous' && !out.includes('system:authenticated') && !out.includes('system:unauthenticated')) out.push('system:authenticated');
  return { name, groups: out };
}

/** rbac's appliesTo: does a binding subject name this user? */
function subjectMatches(s: Subject, user: UserInfo, bindingNamespace: string): boolean {
  switch (s.kind) {
    case 'User':
      return s.name === user.name;
    case 'Group':
      return user.groups.includes(s.name);
    case 'ServiceAccount':
      return user.name === `${SA_PREFIX}${s.namespace || bindingNamespace}:${s.name}`;
    default:
      return false;
  }
}

/** The rules of the role a binding names (none when the role does not exist). */
function rulesOf(objects: RbacObjects, binding: Binding, namespace: string): readonly PolicyRule[] {
  const { kind, name } = binding.roleRef;
  const found = kind === 'Role'
    ? objects.list(`roles.${RBAC}`, namespace).find((r) => r.metadata.name === name)
    : kind === 'ClusterRole' ? objects.list(`clusterroles.${RBAC}`).find((r) => r.metadata.name === name) : undefined;
  return (found as RoleObject | undefined)?.rules ?? [];
}

/** Every rule that applies to `user` in `namespace` ('' = cluster-wide bindings only), in authorizer order. */
export function rulesFor(objects: RbacObjects, user: UserInfo, namespace: string): PolicyRule[] {
  const applies = (b: Binding, ns: string): boolean => (b.subjects ?? []).some((s) => subjectMatches(s, user, ns));
  const out: PolicyRule[] = [];
  for (const b of objects.list(`clusterrolebindings.${RBAC}`) as Binding[]) if (applies(b, '')) out.push(...rulesOf(objects, b, ''));
  if (namespace) {
    for (const b of objects.list(`rolebindings.${RBAC}`, namespace) as Binding[]) if (applies(b, namespace)) out.push(...rulesOf(objects, b, namespace));
  }
  return out;
}

const has = (list: readonly string[] | undefined, value: string): boolean => (list ?? []).some((v) => v === '*' || v === value);

function resourceMatches(rule: PolicyRule, resource: string, subresource: string): boolean {
  const combined = subresource ? `${resource}/${subresource}` : resource;
  return (rule.resources ?? []).some(
    (r) => r === '*' || r === combined || (subresource !== '' && r === `*/${subresource}`),
  );
}

function nonResourceMatches(rule: PolicyRule, path: string): boolean {
  return (rule.nonResourceURLs ?? []).some((u) => u === '*' || u === path || (u.endsWith('*') && path.startsWith(u.slice(0, -1))));
}

/** rbac.RuleAllows for one request. */
export function ruleAllows(rule: PolicyRule, req: AccessRequest): boolean {
  if (!has(rule.verbs, req.verb)) return false;
  if (req.kind === 'nonResource') return nonResourceMatches(rule, req.path);
  if ((rule.resources ?? []).length === 0) return false;
  const names = rule.resourceNames ?? [];
  return has(rule.apiGroups, req.group) && resourceMatches(rule, req.resource, req.subresource) && (names.length === 0 || names.includes(req.name));
}

/** The RBAC authorizer's decision for one request. */
export function authorize(objects: RbacObjects, user: UserInfo, req: AccessRequest): boolean {
  const namespace = req.kind === 'resource' ? req.namespace : '';
  return rulesFor(objects, user, namespace).some((r) => ruleAllows(r, req));
}
