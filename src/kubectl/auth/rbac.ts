// The RBAC authorizer over the simulated cluster's Roles, ClusterRoles and their bindings (plus the
// bootstrap policy the simulator does not store, see default-policy.ts): whether a user may do one
// request (SubjectAccessReview) and every rule that applies to them in a namespace
// (SubjectRulesReview). Aggregated ClusterRoles are not recomputed: their stored rules count.

import type { ClusterRole, ClusterRoleBinding, PolicyRule, Role, RoleBinding, Subject } from 'kubernetes-types/rbac/v1';
import type { KubeObject } from '../../sim/api/object';
import { typeForKey } from '../../sim/api/registry';
import type { Cluster } from '../../sim/cluster';
import { DEFAULT_CLUSTER_ROLE_BINDINGS, DEFAULT_CLUSTER_ROLES } from './default-policy';

export interface UserInfo {
  name: string;
  groups: string[];
}

export type AccessRequest =
  | { kind: 'resource'; verb: string; namespace: string; group: string; resource: string; subresource: string; name: string }
  | { kind: 'nonResource'; verb: string; path: string };

const SA_PREFIX = 'system:serviceaccount:';

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

function listOf<T>(cluster: Cluster, key: string, namespace?: string): T[] {
  const type = typeForKey(key);
  if (!type) return [];
  const res = cluster.api.list(type, namespace === undefined ? {} : { namespace });
  return res.ok ? (res.object as unknown as T[]) : [];
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

/** A binding reduced to what the authorizer needs. */
interface Grant {
  subjects: Subject[];
  roleKind: string;
  roleName: string;
  namespace: string;
}

function clusterGrants(cluster: Cluster): Grant[] {
  const stored = listOf<ClusterRoleBinding & KubeObject>(cluster, 'clusterrolebindings.rbac.authorization.k8s.io');
  const names = new Set(stored.map((b) => b.metadata.name));
  const defaults: Grant[] = DEFAULT_CLUSTER_ROLE_BINDINGS.filter((b) => !names.has(b.name)).map((b) => ({
    subjects: [{ kind: 'Group', apiGroup: 'rbac.authorization.k8s.io', name: b.group }],
    roleKind: 'ClusterRole',
    roleName: b.role,
    namespace: '',
  }));
  return [...stored.map((b) => ({ subjects: b.subjects ?? [], roleKind: b.roleRef.kind, roleName: b.roleRef.name, namespace: '' })), ...defaults];
}

function namespaceGrants(cluster: Cluster, namespace: string): Grant[] {
  return listOf<RoleBinding & KubeObject>(cluster, 'rolebindings.rbac.authorization.k8s.io', namespace).map((b) => ({
    subjects: b.subjects ?? [],
    roleKind: b.roleRef.kind,
    roleName: b.roleRef.name,
    namespace,
  }));
}

/** The rules of the role a binding names (none when the role does not exist). */
function rulesOf(cluster: Cluster, grant: Grant): readonly PolicyRule[] {
  if (grant.roleKind === 'Role') {
    const role = listOf<Role & KubeObject>(cluster, 'roles.rbac.authorization.k8s.io', grant.namespace).find((r) => r.metadata.name === grant.roleName);
    return role?.rules ?? [];
  }
  const stored = listOf<ClusterRole & KubeObject>(cluster, 'clusterroles.rbac.authorization.k8s.io').find((r) => r.metadata.name === grant.roleName);
  if (stored) return stored.rules ?? [];
  return DEFAULT_CLUSTER_ROLES.get(grant.roleName) ?? [];
}

/** Every rule that applies to `user` in `namespace` ('' = cluster-wide bindings only), in authorizer order. */
export function rulesFor(cluster: Cluster, user: UserInfo, namespace: string): PolicyRule[] {
  const grants = [...clusterGrants(cluster), ...(namespace ? namespaceGrants(cluster, namespace) : [])];
  return grants.filter((g) => g.subjects.some((s) => subjectMatches(s, user, g.namespace))).flatMap((g) => [...rulesOf(cluster, g)]);
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
export function authorize(cluster: Cluster, user: UserInfo, req: AccessRequest): boolean {
  const namespace = req.kind === 'resource' ? req.namespace : '';
  return rulesFor(cluster, user, namespace).some((r) => ruleAllows(r, req));
}
