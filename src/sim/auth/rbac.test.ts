// The RBAC authorizer: rule matching (verbs, groups, resources, subresources, names, URLs), who a
// binding applies to, impersonated users — over nothing but the stored bootstrap policy.

import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../api/object';
import { createCluster } from '../index';
import type { PolicyRule } from './aggregation';
import { authorize, decide, impersonatedUser, ruleAllows, type AccessRequest } from './rbac';

const req = (verb: string, resource: string, extra: Partial<Extract<AccessRequest, { kind: 'resource' }>> = {}): AccessRequest => ({
  kind: 'resource', verb, namespace: 'default', group: '', resource, subresource: '', name: '', ...extra,
});

describe('ruleAllows', () => {
  const rule: PolicyRule = { apiGroups: [''], resources: ['pods', 'pods/log'], verbs: ['get', 'list'] };

  it('matches verbs, groups and resources, with * wildcards', () => {
    expect(ruleAllows(rule, req('get', 'pods'))).toBe(true);
    expect(ruleAllows(rule, req('delete', 'pods'))).toBe(false);
    expect(ruleAllows(rule, req('get', 'pods', { group: 'apps' }))).toBe(false);
    expect(ruleAllows({ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }, req('escalate', 'roles', { group: 'rbac.authorization.k8s.io' }))).toBe(true);
  });

  it('matches subresources exactly or with */sub', () => {
    expect(ruleAllows(rule, req('get', 'pods', { subresource: 'log' }))).toBe(true);
    expect(ruleAllows(rule, req('get', 'pods', { subresource: 'exec' }))).toBe(false);
    expect(ruleAllows({ apiGroups: ['apps'], resources: ['*/scale'], verbs: ['update'] }, req('update', 'deployments', { group: 'apps', subresource: 'scale' }))).toBe(true);
  });

  it('limits to resourceNames, which never match a request without a name', () => {
    const named: PolicyRule = { apiGroups: [''], resources: ['configmaps'], resourceNames: ['app'], verbs: ['get'] };
    expect(ruleAllows(named, req('get', 'configmaps', { name: 'app' }))).toBe(true);
    expect(ruleAllows(named, req('get', 'configmaps', { name: 'db' }))).toBe(false);
    expect(ruleAllows(named, req('get', 'configmaps'))).toBe(false);
  });

  it('matches non-resource URLs exactly or by a trailing *', () => {
    const urls: PolicyRule = { nonResourceURLs: ['/healthz', '/apis/*'], verbs: ['get'] };
    expect(ruleAllows(urls, { kind: 'nonResource', verb: 'get', path: '/healthz' })).toBe(true);
    expect(ruleAllows(urls, { kind: 'nonResource', verb: 'get', path: '/apis/apps' })).toBe(true);
    expect(ruleAllows(urls, { kind: 'nonResource', verb: 'get', path: '/metrics' })).toBe(false);
    expect(ruleAllows(urls, req('get', 'pods'))).toBe(false);
  });
});

describe('authorize over the stored bootstrap policy', () => {
  const admin = { name: 'kubernetes-admin', groups: ['kubeadm:cluster-admins', 'system:authenticated'] };
  const create = (cluster: ReturnType<typeof createCluster>, obj: object): void => {
    const res = cluster.api.create(obj as KubeObject);
    if (!res.ok) throw new Error(res.status.message);
  };

  it('the admin may do anything; impersonated users get only what bindings grant', () => {
    const cluster = createCluster({ seed: 1 });
    create(cluster, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'dev' } });
    expect(authorize(cluster.store, admin, req('delete', 'nodes', { namespace: '' }))).toBe(true);
    const sa = impersonatedUser('system:serviceaccount:dev:ci', []);
    expect(sa.groups).toEqual(['system:serviceaccounts', 'system:serviceaccounts:dev', 'system:authenticated']);
    expect(authorize(cluster.store, sa, req('list', 'pods', { namespace: 'dev' }))).toBe(false);
    expect(authorize(cluster.store, sa, { kind: 'nonResource', verb: 'get', path: '/version' })).toBe(true);
    // system:service-account-issuer-discovery is bound to every service account.
    expect(authorize(cluster.store, sa, { kind: 'nonResource', verb: 'get', path: '/openid/v1/jwks' })).toBe(true);
    expect(authorize(cluster.store, impersonatedUser('jane', []), { kind: 'nonResource', verb: 'get', path: '/openid/v1/jwks' })).toBe(false);

    // A RoleBinding to the aggregated "edit" ClusterRole, by service account without a namespace.
    create(cluster, {
      apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding', metadata: { name: 'ci-edit', namespace: 'dev' },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'edit' },
      subjects: [{ kind: 'ServiceAccount', name: 'ci' }],
    });
    expect(authorize(cluster.store, sa, req('create', 'deployments', { namespace: 'dev', group: 'apps' }))).toBe(true);
    expect(authorize(cluster.store, sa, req('get', 'secrets', { namespace: 'dev' }))).toBe(true);
    expect(authorize(cluster.store, sa, req('create', 'roles', { namespace: 'dev', group: 'rbac.authorization.k8s.io' }))).toBe(false);
    expect(authorize(cluster.store, sa, req('create', 'deployments', { namespace: 'default', group: 'apps' }))).toBe(false);

    // A binding to a role that does not exist grants nothing.
    create(cluster, {
      apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding', metadata: { name: 'ghost', namespace: 'dev' },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'missing' },
      subjects: [{ kind: 'User', name: 'kim', apiGroup: 'rbac.authorization.k8s.io' }],
    });
    expect(authorize(cluster.store, impersonatedUser('kim', []), req('get', 'pods', { namespace: 'dev' }))).toBe(false);
  });

  it('kubeadm and add-on identities get what their bindings give them', () => {
    const cluster = createCluster({ seed: 1 });
    const kubeProxy = impersonatedUser('system:serviceaccount:kube-system:kube-proxy', []);
    expect(authorize(cluster.store, kubeProxy, req('watch', 'endpointslices', { namespace: '', group: 'discovery.k8s.io' }))).toBe(true);
    expect(authorize(cluster.store, kubeProxy, req('delete', 'pods', { namespace: 'kube-system' }))).toBe(false);
    const joiner = impersonatedUser('system:bootstrap:abcdef', ['system:bootstrappers:kubeadm:default-node-token']);
    expect(authorize(cluster.store, joiner, req('get', 'configmaps', { namespace: 'kube-system', name: 'kubeadm-config' }))).toBe(true);
    expect(authorize(cluster.store, joiner, req('get', 'configmaps', { namespace: 'kube-system', name: 'coredns' }))).toBe(false);
    const scheduler = impersonatedUser('system:kube-scheduler', []);
    expect(authorize(cluster.store, scheduler, req('create', 'pods', { namespace: 'default', subresource: 'binding' }))).toBe(true);
    expect(authorize(cluster.store, scheduler, req('update', 'leases', { namespace: 'kube-system', group: 'coordination.k8s.io', name: 'kube-scheduler' }))).toBe(true);
  });

  it('names the roles missing behind the bindings that apply, as the reason of a denial', () => {
    const cluster = createCluster({ seed: 1 });
    create(cluster, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'dev' } });
    const binding = (kind: string, name: string, roleKind: string, role: string, namespace?: string): object => ({
      apiVersion: 'rbac.authorization.k8s.io/v1', kind, metadata: { name, ...(namespace ? { namespace } : {}) },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: roleKind, name: role },
      subjects: [{ kind: 'User', name: 'kim', apiGroup: 'rbac.authorization.k8s.io' }],
    });
    const kim = impersonatedUser('kim', []);
    expect(decide(cluster.store, kim, req('get', 'pods', { namespace: 'dev' }))).toEqual({ allowed: false, reason: '' });
    create(cluster, binding('RoleBinding', 'ghost', 'Role', 'missing', 'dev'));
    expect(decide(cluster.store, kim, req('get', 'pods', { namespace: 'dev' }))).toEqual({ allowed: false, reason: 'RBAC: role.rbac.authorization.k8s.io "missing" not found' });
    // Only bindings of the request's namespace are walked.
    expect(decide(cluster.store, kim, req('get', 'pods', { namespace: 'default' }))).toEqual({ allowed: false, reason: '' });
    create(cluster, binding('ClusterRoleBinding', 'ghost', 'ClusterRole', 'gone'));
    expect(decide(cluster.store, kim, req('get', 'pods', { namespace: 'dev' }))).toEqual({
      allowed: false,
      reason: 'RBAC: [clusterrole.rbac.authorization.k8s.io "gone" not found, role.rbac.authorization.k8s.io "missing" not found]',
    });
    // An allowed request has no reason, whatever else is broken.
    create(cluster, binding('RoleBinding', 'view', 'ClusterRole', 'view', 'dev'));
    expect(decide(cluster.store, kim, req('get', 'pods', { namespace: 'dev' }))).toEqual({ allowed: true, reason: '' });
  });

  it('lets system:masters do anything before RBAC is asked', () => {
    const cluster = createCluster({ seed: 1 });
    expect(authorize(cluster.store, impersonatedUser('root', ['system:masters']), req('escalate', 'clusterroles', { namespace: '', group: 'rbac.authorization.k8s.io' }))).toBe(true);
  });
});

describe('impersonatedUser', () => {
  it('adds system:authenticated unless a group already says (un)authenticated', () => {
    expect(impersonatedUser('jane', []).groups).toEqual(['system:authenticated']);
    expect(impersonatedUser('jane', ['devs']).groups).toEqual(['devs', 'system:authenticated']);
    expect(impersonatedUser('jane', ['system:unauthenticated']).groups).toEqual(['system:unauthenticated']);
  });

  it('gives system:anonymous system:unauthenticated instead', () => {
    expect(impersonatedUser('system:anonymous', []).groups).toEqual(['system:unauthenticated']);
    expect(impersonatedUser('system:anonymous', ['system:authenticated']).groups).toEqual(['system:authenticated', 'system:unauthenticated']);
  });

  it('gives a service account its groups only when none are given', () => {
    expect(impersonatedUser('system:serviceaccount:dev:ci', ['ops']).groups).toEqual(['ops', 'system:authenticated']);
    expect(impersonatedUser('system:serviceaccount:dev', []).groups).toEqual(['system:authenticated']);
  });
});
