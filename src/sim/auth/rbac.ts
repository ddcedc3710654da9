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
const ANONYMOUS = 'system:anonymous';
const AUTHENTICATED = 'system:authenticated';
const UNAUTHENTICATED = 'system:unauthenticated';
/** Members are allowed everything before RBAC is asked (kube-apiserver's privileged-group authorizer). */
const PRIVILEGED_GROUP = 'system:masters';

/** The namespace and name of a service account's user name (`system:serviceaccount:NS:NAME`), or undefined. */
export function serviceAccountOf(user: string): { namespace: string; name: string } | undefined {
  if (!user.startsWith(SA_PREFIX)) return undefined;
  const parts = user.slice(SA_PREFIX.length).split(':');
  if (parts.length !== 2 || parts[0] === '' || parts[1] === '') return undefined;
  return { namespace: parts[0] as string, name: parts[1] as string };
}

/**
 * The user the API server sees for `--as NAME [--as-group G…]`, as its impersonation filter builds
 * it: a service account without groups gets its fixed ones; everyone but system:anonymous gets
 * system:authenticated (unless a group says authenticated or unauthenticated already), and
 * system:anonymous gets system:unauthenticated.
 */
export function impersonatedUser(name: string, groups: readonly string[]): UserInfo {
  const out = [...groups];
  const sa = serviceAccountOf(name);
  if (sa && groups.length === 0) out.push('system:serviceaccounts', `system:serviceaccounts:${sa.namespace}`);
  if (name !== ANONYMOUS) {
    if (!out.includes(AUTHENTICATED) && !out.includes(UNAUTHENTICATED)) out.push(AUTHENTICATED);
  } else if (!out.includes(UNAUTHENTICATED)) out.push(UNAUTHENTICATED);
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

/** The rules of the role a binding names, or the error the rule resolver reports when it does not exist. */
function rulesOf(objects: RbacObjects, binding: Binding, namespace: string): readonly PolicyRule[] | string {
  const { kind, name } = binding.roleRef;
  if (kind !== 'Role' && kind !== 'ClusterRole') return `unsupported role reference kind: "${kind}"`;
  const found = kind === 'Role'
    ? objects.list(`roles.${RBAC}`, namespace).find((r) => r.metadata.name === name)
    : objects.list(`clusterroles.${RBAC}`).find((r) => r.metadata.name === name);
  if (!found) return `${kind.toLowerCase()}.${RBAC} "${name}" not found`;
  return (found as RoleObject).rules ?? [];
}

/**
 * The rule resolver's walk (VisitRulesFor): the rules of every binding that names `user`, cluster
 * bindings first, then those of `namespace` ('' = cluster-wide bindings only); a binding whose role
 * is missing gives an error instead. The visitor returns false to stop.
 */
function visitRules(objects: RbacObjects, user: UserInfo, namespace: string, visit: (rule: PolicyRule | undefined, error?: string) => boolean): void {
  const walk = (bindings: Binding[], ns: string): boolean => {
    for (const b of bindings) {
      if (!(b.subjects ?? []).some((s) => subjectMatches(s, user, ns))) continue;
      const rules = rulesOf(objects, b, ns);
      if (typeof rules === 'string') {
        if (!visit(undefined, rules)) return false;
        continue;
      }
      for (const r of rules) if (!visit(r)) return false;
    }
    return true;
  };
  if (!walk(objects.list(`clusterrolebindings.${RBAC}`) as Binding[], '')) return;
  if (namespace) walk(objects.list(`rolebindings.${RBAC}`, namespace) as Binding[], namespace);
}

/** Every rule that applies to `user` in `namespace` ('' = cluster-wide bindings only), in authorizer order. */
export function rulesFor(objects: RbacObjects, user: UserInfo, namespace: string): PolicyRule[] {
  const out: PolicyRule[] = [];
  visitRules(objects, user, namespace, (r) => {
    if (r) out.push(r);
    return true;
  });
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

export interface Decision {
  allowed: boolean;
  /** Why not, as the API server appends it to a Forbidden message: `RBAC: role… "x" not found`; '' when nothing went wrong. */
  reason: string;
}

/** utilerrors.NewAggregate(errs).Error(): one message, or `[a, b]` without repeats. */
function aggregateMessage(errors: readonly string[]): string {
  const unique = [...new Set(errors)];
  return errors.length === 1 || unique.length === 1 ? (unique[0] ?? '') : `[${unique.join(', ')}]`;
}

/** kube-apiserver's authorizer chain for one request: system:masters, then RBAC. */
export function decide(objects: RbacObjects, user: UserInfo, req: AccessRequest): Decision {
  if (user.groups.includes(PRIVILEGED_GROUP)) return { allowed: true, reason: '' };
  const namespace = req.kind === 'resource' ? req.namespace : '';
  let allowed = false;
  const errors: string[] = [];
  visitRules(objects, user, namespace, (rule, error) => {
    if (error !== undefined) errors.push(error);
    if (rule && ruleAllows(rule, req)) allowed = true;
    return !allowed;
  });
  return { allowed, reason: allowed || errors.length === 0 ? '' : `RBAC: ${aggregateMessage(errors)}` };
}

/** The authorizer's decision for one request, yes or no. */
export function authorize(objects: RbacObjects, user: UserInfo, req: AccessRequest): boolean {
  return decide(objects, user, req).allowed;
}
