// Builders for the bootstrap RBAC objects, so the data files read as one rule a line. Every object
// is written in the form the API server stores it (fields in Go struct order, lists sorted as
// upstream's rule builder sorts them, defaults filled in): a snapshot can then tell a boot-time
// object from a changed one by comparing the two (see snapshot.ts).

import type { KubeObject } from '../../api/object';

export interface Rule {
  verbs: string[];
  apiGroups?: string[];
  resources?: string[];
  resourceNames?: string[];
  nonResourceURLs?: string[];
}

export interface Subject {
  kind: 'User' | 'Group' | 'ServiceAccount';
  apiGroup?: string;
  name: string;
  namespace?: string;
}

export const RBAC_GROUP = 'rbac.authorization.k8s.io';
const API_VERSION = `${RBAC_GROUP}/v1`;

export const READ = ['get', 'list', 'watch'];
export const WRITE = ['create', 'delete', 'deletecollection', 'patch', 'update'];
export const READ_WRITE = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

/** A resource rule; `names` limits it to those objects. */
export function rule(verbs: string[], apiGroups: string[], resources: string[], names?: string[]): Rule {
  return names ? { verbs, apiGroups, resources, resourceNames: names } : { verbs, apiGroups, resources };
}

export const urls = (verbs: string[], nonResourceURLs: string[]): Rule => ({ verbs, nonResourceURLs });

/** Every controller and component records events in both event groups. */
export const EVENTS = rule(['create', 'patch', 'update'], ['', 'events.k8s.io'], ['events']);

/** What the API server's bootstrap policy puts on each of its objects. */
const DEFAULTS_META = { labels: { 'kubernetes.io/bootstrapping': 'rbac-defaults' }, annotations: { 'rbac.authorization.kubernetes.io/autoupdate': 'true' } };

interface Meta {
  /** Objects that kubeadm and add-ons create carry no bootstrap label or annotation. */
  plain?: boolean;
  labels?: Record<string, string>;
  namespace?: string;
}

function metadata(name: string, meta: Meta): KubeObject['metadata'] {
  const labels = meta.plain ? meta.labels : { ...DEFAULTS_META.labels, ...meta.labels };
  return {
    name,
    ...(meta.namespace ? { namespace: meta.namespace } : {}),
    ...(labels ? { labels } : {}),
    ...(meta.plain ? {} : { annotations: DEFAULTS_META.annotations }),
  };
}

/** A ClusterRole; an aggregated one starts with `rules: null` until the aggregation controller fills it. */
export function clusterRole(name: string, rules: Rule[] | null, meta: Meta & { aggregateFrom?: string } = {}): KubeObject {
  const aggregation = meta.aggregateFrom ? { aggregationRule: { clusterRoleSelectors: [{ matchLabels: { [meta.aggregateFrom]: 'true' } }] } } : {};
  return { apiVersion: API_VERSION, kind: 'ClusterRole', metadata: metadata(name, meta), rules, ...aggregation };
}

export function role(namespace: string, name: string, rules: Rule[], meta: Meta = {}): KubeObject {
  return { apiVersion: API_VERSION, kind: 'Role', metadata: metadata(name, { ...meta, namespace }), rules };
}

export const group = (name: string): Subject => ({ kind: 'Group', apiGroup: RBAC_GROUP, name });
export const user = (name: string): Subject => ({ kind: 'User', apiGroup: RBAC_GROUP, name });
export const serviceAccount = (name: string, namespace = 'kube-system'): Subject => ({ kind: 'ServiceAccount', name, namespace });

/** A ClusterRoleBinding; `subjects` null is the bootstrap system:node binding, which binds no one. */
export function clusterRoleBinding(name: string, roleName: string, subjects: Subject[] | null, meta: Meta = {}): KubeObject {
  return {
    apiVersion: API_VERSION, kind: 'ClusterRoleBinding', metadata: metadata(name, meta),
    ...(subjects ? { subjects } : {}),
    roleRef: { apiGroup: RBAC_GROUP, kind: 'ClusterRole', name: roleName },
  };
}

export function roleBinding(namespace: string, name: string, roleName: string, subjects: Subject[], meta: Meta = {}): KubeObject {
  return {
    apiVersion: API_VERSION, kind: 'RoleBinding', metadata: metadata(name, { ...meta, namespace }),
    subjects,
    roleRef: { apiGroup: RBAC_GROUP, kind: 'Role', name: roleName },
  };
}
