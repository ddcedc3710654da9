// The RBAC policy a kubeadm cluster starts with but the simulator does not store as objects: the
// bootstrap ClusterRoles students bind to (cluster-admin, admin, edit, view — with the rules their
// aggregation gives them) and the discovery roles every authenticated user has, plus the bindings
// that hand them out. Objects of the same name in the cluster take precedence over these.

import type { PolicyRule } from 'kubernetes-types/rbac/v1';

const READ = ['get', 'list', 'watch'];
const WRITE = ['create', 'delete', 'deletecollection', 'patch', 'update'];
const READ_WRITE = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete', 'deletecollection'];

const rule = (apiGroups: string[], resources: string[], verbs: string[]): PolicyRule => ({ apiGroups, resources, verbs });

const VIEW: PolicyRule[] = [
  rule([''], ['pods', 'replicationcontrollers', 'replicationcontrollers/scale', 'serviceaccounts', 'services', 'services/status', 'endpoints', 'persistentvolumeclaims', 'persistentvolumeclaims/status', 'configmaps'], READ),
  rule([''], ['limitranges', 'resourcequotas', 'bindings', 'events', 'pods/status', 'resourcequotas/status', 'namespaces/status', 'replicationcontrollers/status', 'pods/log'], READ),
  rule([''], ['namespaces'], READ),
  rule(['discovery.k8s.io'], ['endpointslices'], READ),
  rule(['apps'], ['controllerrevisions', 'statefulsets', 'statefulsets/status', 'statefulsets/scale', 'daemonsets', 'daemonsets/status', 'deployments', 'deployments/status', 'deployments/scale', 'replicasets', 'replicasets/status', 'replicasets/scale'], READ),
  rule(['autoscaling'], ['horizontalpodautoscalers', 'horizontalpodautoscalers/status'], READ),
  rule(['batch'], ['jobs', 'jobs/status', 'cronjobs', 'cronjobs/status'], READ),
  rule(['extensions'], ['daemonsets', 'daemonsets/status', 'deployments', 'deployments/scale', 'deployments/status', 'ingresses', 'ingresses/status', 'networkpolicies', 'replicasets', 'replicasets/scale', 'replicasets/status', 'replicationcontrollers/scale'], READ),
  rule(['policy'], ['poddisruptionbudgets', 'poddisruptionbudgets/status'], READ),
  rule(['networking.k8s.io'], ['ingresses', 'ingresses/status', 'networkpolicies'], READ),
];

const EDIT: PolicyRule[] = [
  ...VIEW,
  rule([''], ['pods/attach', 'pods/exec', 'pods/portforward', 'pods/proxy', 'secrets', 'services/proxy'], READ),
  rule([''], ['serviceaccounts'], ['impersonate']),
  rule([''], ['pods', 'pods/attach', 'pods/exec', 'pods/portforward', 'pods/proxy'], WRITE),
  rule([''], ['pods/eviction'], ['create']),
  rule([''], ['configmaps', 'events', 'persistentvolumeclaims', 'replicationcontrollers', 'replicationcontrollers/scale', 'secrets', 'serviceaccounts', 'services', 'services/proxy'], WRITE),
  rule([''], ['serviceaccounts/token'], ['create']),
  rule(['apps'], ['daemonsets', 'deployments', 'deployments/rollback', 'deployments/scale', 'replicasets', 'replicasets/scale', 'statefulsets', 'statefulsets/scale'], WRITE),
  rule(['autoscaling'], ['horizontalpodautoscalers'], WRITE),
  rule(['batch'], ['cronjobs', 'jobs'], WRITE),
  rule(['extensions'], ['daemonsets', 'deployments', 'deployments/rollback', 'deployments/scale', 'ingresses', 'networkpolicies', 'replicasets', 'replicasets/scale', 'replicationcontrollers/scale'], WRITE),
  rule(['policy'], ['poddisruptionbudgets'], WRITE),
  rule(['networking.k8s.io'], ['ingresses', 'networkpolicies'], WRITE),
  rule(['coordination.k8s.io'], ['leases'], READ_WRITE),
];

const ADMIN: PolicyRule[] = [
  ...EDIT,
  rule(['authorization.k8s.io'], ['localsubjectaccessreviews'], ['create']),
  rule(['rbac.authorization.k8s.io'], ['rolebindings', 'roles'], READ_WRITE),
];

/** Bootstrap ClusterRoles by name. */
export const DEFAULT_CLUSTER_ROLES: ReadonlyMap<string, readonly PolicyRule[]> = new Map([
  ['cluster-admin', [rule(['*'], ['*'], ['*']), { nonResourceURLs: ['*'], verbs: ['*'] }]],
  ['admin', ADMIN],
  ['edit', EDIT],
  ['view', VIEW],
  ['system:basic-user', [rule(['authentication.k8s.io'], ['selfsubjectreviews'], ['create']), rule(['authorization.k8s.io'], ['selfsubjectaccessreviews', 'selfsubjectrulesreviews'], ['create'])]],
  ['system:discovery', [{ nonResourceURLs: ['/api', '/api/*', '/apis', '/apis/*', '/healthz', '/livez', '/openapi', '/openapi/*', '/readyz', '/version', '/version/'], verbs: ['get'] }]],
  ['system:public-info-viewer', [{ nonResourceURLs: ['/healthz', '/livez', '/readyz', '/version', '/version/'], verbs: ['get'] }]],
]);

/** Bootstrap ClusterRoleBindings: binding name → the group it binds and the ClusterRole. */
export const DEFAULT_CLUSTER_ROLE_BINDINGS: ReadonlyArray<{ name: string; group: string; role: string }> = [
  { name: 'cluster-admin', group: 'system:masters', role: 'cluster-admin' },
  { name: 'kubeadm:cluster-admins', group: 'kubeadm:cluster-admins', role: 'cluster-admin' },
  { name: 'system:basic-user', group: 'system:authenticated', role: 'system:basic-user' },
  { name: 'system:discovery', group: 'system:authenticated', role: 'system:discovery' },
  { name: 'system:public-info-viewer', group: 'system:authenticated', role: 'system:public-info-viewer' },
  { name: 'system:public-info-viewer', group: 'system:unauthenticated', role: 'system:public-info-viewer' },
];

/** Who kubectl is in this sandbox: kubeadm's admin certificate (O=kubeadm:cluster-admins). */
export const ADMIN_USER = { name: 'kubernetes-admin', groups: ['kubeadm:cluster-admins', 'system:authenticated'] };
