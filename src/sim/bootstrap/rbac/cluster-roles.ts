// The ClusterRoles the API server's RBAC bootstrap policy creates in a v1.35 cluster with default
// feature gates (DynamicResourceAllocation, MultiCIDRServiceAllocator and KubeletFineGrainedAuthz
// on; CoordinatedLeaderElection, ClusterTrustBundle, DRADeviceTaints and the component status
// pages off), in upstream's order. Rules as upstream's testdata lists them.

import type { KubeObject } from '../../api/object';
import { EVENTS, READ, READ_WRITE, WRITE, clusterRole, rule, urls } from './policy';

const TO_ADMIN = 'rbac.authorization.k8s.io/aggregate-to-admin';
const TO_EDIT = 'rbac.authorization.k8s.io/aggregate-to-edit';
const TO_VIEW = 'rbac.authorization.k8s.io/aggregate-to-view';
const CREATE = ['create'];
const LEASE = 'coordination.k8s.io';
const STORAGE = 'storage.k8s.io';
const DRA = 'resource.k8s.io';

const aggregateToEdit = [
  rule(READ, [''], ['pods/attach', 'pods/exec', 'pods/portforward', 'pods/proxy', 'secrets', 'services/proxy']),
  rule(['impersonate'], [''], ['serviceaccounts']),
  rule(WRITE, [''], ['pods', 'pods/attach', 'pods/exec', 'pods/portforward', 'pods/proxy']),
  rule(CREATE, [''], ['pods/eviction']),
  rule(WRITE, [''], ['configmaps', 'events', 'persistentvolumeclaims', 'replicationcontrollers', 'replicationcontrollers/scale', 'secrets', 'serviceaccounts', 'services', 'services/proxy']),
  rule(CREATE, [''], ['serviceaccounts/token']),
  rule(WRITE, ['apps'], ['daemonsets', 'deployments', 'deployments/rollback', 'deployments/scale', 'replicasets', 'replicasets/scale', 'statefulsets', 'statefulsets/scale']),
  rule(WRITE, ['autoscaling'], ['horizontalpodautoscalers']),
  rule(WRITE, ['batch'], ['cronjobs', 'jobs']),
  rule(WRITE, ['extensions'], ['daemonsets', 'deployments', 'deployments/rollback', 'deployments/scale', 'ingresses', 'networkpolicies', 'replicasets', 'replicasets/scale', 'replicationcontrollers/scale']),
  rule(WRITE, ['policy'], ['poddisruptionbudgets']),
  rule(WRITE, ['networking.k8s.io'], ['ingresses', 'networkpolicies']),
  rule(READ_WRITE, [LEASE], ['leases']),
  rule(WRITE, [DRA], ['resourceclaims', 'resourceclaimtemplates']),
];

const aggregateToView = [
  rule(READ, [''], ['configmaps', 'endpoints', 'persistentvolumeclaims', 'persistentvolumeclaims/status', 'pods', 'replicationcontrollers', 'replicationcontrollers/scale', 'serviceaccounts', 'services', 'services/status']),
  rule(READ, [''], ['bindings', 'events', 'limitranges', 'namespaces/status', 'pods/log', 'pods/status', 'replicationcontrollers/status', 'resourcequotas', 'resourcequotas/status']),
  rule(READ, [''], ['namespaces']),
  rule(READ, ['discovery.k8s.io'], ['endpointslices']),
  rule(READ, ['apps'], ['controllerrevisions', 'daemonsets', 'daemonsets/status', 'deployments', 'deployments/scale', 'deployments/status', 'replicasets', 'replicasets/scale', 'replicasets/status', 'statefulsets', 'statefulsets/scale', 'statefulsets/status']),
  rule(READ, ['autoscaling'], ['horizontalpodautoscalers', 'horizontalpodautoscalers/status']),
  rule(READ, ['batch'], ['cronjobs', 'cronjobs/status', 'jobs', 'jobs/status']),
  rule(READ, ['extensions'], ['daemonsets', 'daemonsets/status', 'deployments', 'deployments/scale', 'deployments/status', 'ingresses', 'ingresses/status', 'networkpolicies', 'replicasets', 'replicasets/scale', 'replicasets/status', 'replicationcontrollers/scale']),
  rule(READ, ['policy'], ['poddisruptionbudgets', 'poddisruptionbudgets/status']),
  rule(READ, ['networking.k8s.io'], ['ingresses', 'ingresses/status', 'networkpolicies']),
  rule(READ, [DRA], ['resourceclaims', 'resourceclaims/status', 'resourceclaimtemplates']),
];

const signerApprover = (signer: string): KubeObject =>
  clusterRole(`system:certificates.k8s.io:${signer.replace('kubernetes.io/', '')}-approver`, [rule(['approve'], ['certificates.k8s.io'], ['signers'], [signer])]);

const kubeControllerManager = [
  EVENTS,
  rule(CREATE, [LEASE], ['leases']),
  rule(['get', 'update'], [LEASE], ['leases'], ['kube-controller-manager']),
  rule(CREATE, [''], ['secrets', 'serviceaccounts']),
  rule(['delete'], [''], ['secrets']),
  rule(['get'], [''], ['configmaps', 'namespaces', 'secrets', 'serviceaccounts']),
  rule(['update'], [''], ['secrets', 'serviceaccounts']),
  rule(CREATE, ['authentication.k8s.io'], ['tokenreviews']),
  rule(CREATE, ['authorization.k8s.io'], ['subjectaccessreviews']),
  rule(['list', 'watch'], ['*'], ['*']),
  rule(CREATE, [''], ['serviceaccounts/token']),
];

const kubeScheduler = [
  EVENTS,
  rule(CREATE, [LEASE], ['leases']),
  rule(['get', 'update'], [LEASE], ['leases'], ['kube-scheduler']),
  rule(READ, [''], ['nodes']),
  rule(['delete', 'get', 'list', 'watch'], [''], ['pods']),
  rule(CREATE, [''], ['bindings', 'pods/binding']),
  rule(['patch', 'update'], [''], ['pods/status']),
  rule(READ, [''], ['replicationcontrollers', 'services']),
  rule(READ, ['apps', 'extensions'], ['replicasets']),
  rule(READ, ['apps'], ['statefulsets']),
  rule(READ, ['policy'], ['poddisruptionbudgets']),
  rule(READ, [''], ['persistentvolumeclaims', 'persistentvolumes']),
  rule(CREATE, ['authentication.k8s.io'], ['tokenreviews']),
  rule(CREATE, ['authorization.k8s.io'], ['subjectaccessreviews']),
  rule(READ, [STORAGE], ['csinodes']),
  rule(READ, [''], ['namespaces']),
  rule(READ, [STORAGE], ['csidrivers']),
  rule(READ, [STORAGE], ['csistoragecapacities']),
  rule(READ, [DRA], ['deviceclasses']),
  rule(['get', 'list', 'patch', 'update', 'watch'], [DRA], ['resourceclaims']),
  rule(['get', 'list', 'patch', 'update', 'watch'], [DRA], ['resourceclaims/status']),
  rule(['get', 'list', 'patch', 'update', 'watch'], [''], ['pods/finalizers']),
  rule(READ, [DRA], ['resourceslices']),
];

const node = [
  rule(CREATE, ['authentication.k8s.io'], ['tokenreviews']),
  rule(CREATE, ['authorization.k8s.io'], ['localsubjectaccessreviews', 'subjectaccessreviews']),
  rule(READ, [''], ['services']),
  rule(['create', 'get', 'list', 'watch'], [''], ['nodes']),
  rule(['patch', 'update'], [''], ['nodes/status']),
  rule(['patch', 'update'], [''], ['nodes']),
  rule(['create', 'patch', 'update'], [''], ['events']),
  rule(READ, [''], ['pods']),
  rule(['create', 'delete'], [''], ['pods']),
  rule(['patch', 'update'], [''], ['pods/status']),
  rule(CREATE, [''], ['pods/eviction']),
  rule(READ, [''], ['configmaps', 'secrets']),
  rule(['get'], [''], ['persistentvolumeclaims', 'persistentvolumes']),
  rule(['get'], [''], ['endpoints']),
  rule(['create', 'get', 'list', 'watch'], ['certificates.k8s.io'], ['certificatesigningrequests']),
  rule(['create', 'delete', 'get', 'patch', 'update'], [LEASE], ['leases']),
  rule(['get'], [STORAGE], ['volumeattachments']),
  rule(CREATE, [''], ['serviceaccounts/token']),
  rule(['get', 'patch', 'update'], [''], ['persistentvolumeclaims/status']),
  rule(READ, [STORAGE], ['csidrivers']),
  rule(['create', 'delete', 'get', 'patch', 'update'], [STORAGE], ['csinodes']),
  rule(READ, ['node.k8s.io'], ['runtimeclasses']),
  rule(['get'], [DRA], ['resourceclaims']),
  rule(['deletecollection'], [DRA], ['resourceslices']),
  rule(['get'], [''], ['serviceaccounts']),
];

export function bootstrapClusterRoles(): KubeObject[] {
  return [
    clusterRole('admin', null, { aggregateFrom: TO_ADMIN }),
    clusterRole('cluster-admin', [rule(['*'], ['*'], ['*']), urls(['*'], ['*'])]),
    clusterRole('edit', null, { aggregateFrom: TO_EDIT, labels: { [TO_ADMIN]: 'true' } }),
    clusterRole('system:aggregate-to-admin', [
      rule(CREATE, ['authorization.k8s.io'], ['localsubjectaccessreviews']),
      rule(READ_WRITE, ['rbac.authorization.k8s.io'], ['rolebindings', 'roles']),
    ], { labels: { [TO_ADMIN]: 'true' } }),
    clusterRole('system:aggregate-to-edit', aggregateToEdit, { labels: { [TO_EDIT]: 'true' } }),
    clusterRole('system:aggregate-to-view', aggregateToView, { labels: { [TO_VIEW]: 'true' } }),
    clusterRole('system:auth-delegator', [rule(CREATE, ['authentication.k8s.io'], ['tokenreviews']), rule(CREATE, ['authorization.k8s.io'], ['subjectaccessreviews'])]),
    clusterRole('system:basic-user', [
      rule(CREATE, ['authorization.k8s.io'], ['selfsubjectaccessreviews', 'selfsubjectrulesreviews']),
      rule(CREATE, ['authentication.k8s.io'], ['selfsubjectreviews']),
    ]),
    clusterRole('system:certificates.k8s.io:certificatesigningrequests:nodeclient', [rule(CREATE, ['certificates.k8s.io'], ['certificatesigningrequests/nodeclient'])]),
    clusterRole('system:certificates.k8s.io:certificatesigningrequests:selfnodeclient', [rule(CREATE, ['certificates.k8s.io'], ['certificatesigningrequests/selfnodeclient'])]),
    signerApprover('kubernetes.io/kube-apiserver-client'),
    signerApprover('kubernetes.io/kube-apiserver-client-kubelet'),
    signerApprover('kubernetes.io/kubelet-serving'),
    signerApprover('kubernetes.io/legacy-unknown'),
    clusterRole('system:discovery', [urls(['get'], ['/api', '/api/*', '/apis', '/apis/*', '/healthz', '/livez', '/openapi', '/openapi/*', '/readyz', '/version', '/version/'])]),
    clusterRole('system:heapster', [rule(READ, [''], ['events', 'namespaces', 'nodes', 'pods']), rule(READ, ['extensions'], ['deployments'])]),
    clusterRole('system:kube-aggregator', [rule(READ, [''], ['endpoints', 'services'])]),
    clusterRole('system:kube-controller-manager', kubeControllerManager),
    clusterRole('system:kube-dns', [rule(['list', 'watch'], [''], ['endpoints', 'services'])]),
    clusterRole('system:kube-scheduler', kubeScheduler),
    clusterRole('system:kubelet-api-admin', [
      rule(READ, [''], ['nodes']),
      rule(['proxy'], [''], ['nodes']),
      rule(['*'], [''], ['nodes/log', 'nodes/metrics', 'nodes/proxy', 'nodes/stats']),
      rule(['*'], [''], ['nodes/configz', 'nodes/healthz', 'nodes/pods']),
    ]),
    clusterRole('system:monitoring', [urls(['get'], ['/healthz', '/healthz/*', '/livez', '/livez/*', '/metrics', '/metrics/slis', '/readyz', '/readyz/*'])]),
    clusterRole('system:node', node),
    clusterRole('system:node-bootstrapper', [rule(['create', 'get', 'list', 'watch'], ['certificates.k8s.io'], ['certificatesigningrequests'])]),
    clusterRole('system:node-problem-detector', [rule(['get'], [''], ['nodes']), rule(['patch'], [''], ['nodes/status']), EVENTS]),
    clusterRole('system:node-proxier', [
      rule(['list', 'watch'], [''], ['endpoints', 'services']),
      rule(READ, [''], ['nodes']),
      EVENTS,
      rule(['list', 'watch'], ['networking.k8s.io'], ['servicecidrs']),
      rule(['list', 'watch'], ['discovery.k8s.io'], ['endpointslices']),
    ]),
    clusterRole('system:persistent-volume-provisioner', [
      rule(['create', 'delete', 'get', 'list', 'watch'], [''], ['persistentvolumes']),
      rule(['get', 'list', 'update', 'watch'], [''], ['persistentvolumeclaims']),
      rule(READ, [STORAGE], ['storageclasses']),
      rule(['watch'], [''], ['events']),
      EVENTS,
    ]),
    clusterRole('system:public-info-viewer', [urls(['get'], ['/healthz', '/livez', '/readyz', '/version', '/version/'])]),
    clusterRole('system:service-account-issuer-discovery', [urls(['get'], ['/.well-known/openid-configuration', '/openid/v1/jwks'])]),
    clusterRole('system:volume-scheduler', [
      rule(['get', 'list', 'patch', 'update', 'watch'], [''], ['persistentvolumes']),
      rule(READ, [STORAGE], ['storageclasses']),
      rule(['get', 'list', 'patch', 'update', 'watch'], [''], ['persistentvolumeclaims']),
    ]),
    clusterRole('view', null, { aggregateFrom: TO_VIEW, labels: { [TO_EDIT]: 'true' } }),
  ];
}
