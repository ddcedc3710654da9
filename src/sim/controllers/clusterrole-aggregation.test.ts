// The clusterrole-aggregation controller: admin/edit/view are filled from system:aggregate-to-*
// (edit feeding admin), and a user's aggregated role follows its labelled roles as they come,
// change and go.

import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../api/object';
import { aggregateRules, type ClusterRoleObject, type PolicyRule } from '../auth/aggregation';
import { createCluster } from '../index';
import { RESOURCE_TYPES, resourceKey } from '../api/registry';

const CLUSTER_ROLES = 'clusterroles.rbac.authorization.k8s.io';
const TYPE = RESOURCE_TYPES.find((t) => resourceKey(t) === CLUSTER_ROLES);

const rulesOf = (c: ReturnType<typeof createCluster>, name: string): PolicyRule[] | null | undefined =>
  c.api.peek<ClusterRoleObject>(CLUSTER_ROLES, undefined, name)?.rules;

const clusterRole = (name: string, extra: object): KubeObject =>
  ({ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name }, ...extra }) as KubeObject;

describe('clusterrole-aggregation controller', () => {
  it('fills admin, edit and view from the aggregate-to roles, in name order', () => {
    const c = createCluster({ seed: 1 });
    const toView = rulesOf(c, 'system:aggregate-to-view') ?? [];
    const toEdit = rulesOf(c, 'system:aggregate-to-edit') ?? [];
    const toAdmin = rulesOf(c, 'system:aggregate-to-admin') ?? [];
    expect(rulesOf(c, 'view')).toEqual(toView);
    // edit's selector matches system:aggregate-to-edit, then view.
    expect(rulesOf(c, 'edit')).toEqual([...toEdit, ...toView]);
    // admin's matches edit, then system:aggregate-to-admin.
    expect(rulesOf(c, 'admin')).toEqual([...toEdit, ...toView, ...toAdmin]);
  });

  it('follows a labelled role being added, changed and deleted', () => {
    const c = createCluster({ seed: 1 });
    const selector = { clusterRoleSelectors: [{ matchLabels: { 'rbac.example.com/aggregate-to-monitoring': 'true' } }] };
    expect(c.api.create(clusterRole('monitoring', { aggregationRule: selector })).ok).toBe(true);
    c.settle();
    expect(rulesOf(c, 'monitoring')).toBeNull();

    const endpoints = { apiGroups: [''], resources: ['services', 'endpoints', 'pods'], verbs: ['get', 'list', 'watch'] };
    const labels = { 'rbac.example.com/aggregate-to-monitoring': 'true' };
    expect(c.api.create({ ...clusterRole('monitoring-endpoints', { rules: [endpoints] }), metadata: { name: 'monitoring-endpoints', labels } } as KubeObject).ok).toBe(true);
    c.settle();
    expect(rulesOf(c, 'monitoring')).toEqual([endpoints]);

    // A second role sharing a rule: that rule counts once.
    const metrics = { nonResourceURLs: ['/metrics'], verbs: ['get'] };
    expect(c.api.create({ ...clusterRole('monitoring-metrics', { rules: [endpoints, metrics] }), metadata: { name: 'monitoring-metrics', labels } } as KubeObject).ok).toBe(true);
    c.settle();
    expect(rulesOf(c, 'monitoring')).toEqual([endpoints, metrics]);

    const stored = c.api.peek<ClusterRoleObject>(CLUSTER_ROLES, undefined, 'monitoring-endpoints') as ClusterRoleObject;
    const narrower = { ...endpoints, verbs: ['get'] };
    expect(c.api.update({ ...stored, rules: [narrower] }).ok).toBe(true);
    c.settle();
    expect(rulesOf(c, 'monitoring')).toEqual([narrower, endpoints, metrics]);

    if (!TYPE) throw new Error('no clusterroles type');
    c.api.delete(TYPE, undefined, 'monitoring-endpoints');
    c.api.delete(TYPE, undefined, 'monitoring-metrics');
    c.settle();
    expect(rulesOf(c, 'monitoring')).toBeNull();
  });

  it('aggregateRules never takes a role into itself and skips invalid selectors', () => {
    const self = { ...clusterRole('self', {}), metadata: { name: 'self', labels: { agg: 'yes' } }, aggregationRule: { clusterRoleSelectors: [{ matchLabels: { agg: 'yes' } }] }, rules: [{ verbs: ['get'], apiGroups: [''], resources: ['pods'] }] } as ClusterRoleObject;
    expect(aggregateRules(self, [self])).toBeNull();
    const bad = { ...self, aggregationRule: { clusterRoleSelectors: [{ matchExpressions: [{ key: 'agg', operator: 'Sometimes' }] }] } } as ClusterRoleObject;
    expect(aggregateRules(bad, [self])).toBeNull();
  });
});
