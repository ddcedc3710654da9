// The RBAC authorizer: rule matching (verbs, groups, resources, subresources, names, URLs), who a
// binding applies to, impersonated users, and the bootstrap roles the simulator does not store.

import { describe, expect, it } from 'vitest';
import type { PolicyRule } from 'kubernetes-types/rbac/v1';
import type { KubeObject } from '../../sim/api/object';
import { goldenCluster } from '../testing/golden-state';
import { ADMIN_USER } from './default-policy';
import { authorize, impersonatedUser, ruleAllows, type AccessRequest } from './rbac';

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

describe('authorize', () => {
  it('the admin may do anything; impersonated users get only what bindings grant', () => {
    const cluster = goldenCluster();
    expect(authorize(cluster, ADMIN_USER, req('delete', 'nodes', { namespace: '' }))).toBe(true);
    const sa = impersonatedUser('system:serviceaccount:dev:ci', []);
    expect(sa.groups).toEqual(['system:serviceaccounts', 'system:serviceaccounts:dev', 'system:authenticated']);
    expect(authorize(cluster, sa, req('list', 'pods', { namespace: 'dev' }))).toBe(false);
    expect(authorize(cluster, sa, { kind: 'nonResource', verb: 'get', path: '/version' })).toBe(true);

    // A RoleBinding to the bootstrap "edit" ClusterRole, by service account without a namespace.
    const binding = {
      apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding', metadata: { name: 'ci-edit', namespace: 'dev' },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'edit' },
      subjects: [{ kind: 'ServiceAccount', name: 'ci' }],
    };
    const created = cluster.api.create(binding as unknown as KubeObject);
    expect(created.ok).toBe(true);
    expect(authorize(cluster, sa, req('create', 'deployments', { namespace: 'dev', group: 'apps' }))).toBe(true);
    expect(authorize(cluster, sa, req('get', 'secrets', { namespace: 'dev' }))).toBe(true);
    expect(authorize(cluster, sa, req('create', 'roles', { namespace: 'dev', group: 'rbac.authorization.k8s.io' }))).toBe(false);
    expect(authorize(cluster, sa, req('create', 'deployments', { namespace: 'default', group: 'apps' }))).toBe(false);

    // A binding to a role that does not exist grants nothing.
    const dangling = { ...binding, metadata: { name: 'ghost', namespace: 'dev' }, roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'missing' }, subjects: [{ kind: 'User', name: 'kim', apiGroup: 'rbac.authorization.k8s.io' }] };
    expect(cluster.api.create(dangling as unknown as KubeObject).ok).toBe(true);
    expect(authorize(cluster, impersonatedUser('kim', []), req('get', 'pods', { namespace: 'dev' }))).toBe(false);
  });
});
