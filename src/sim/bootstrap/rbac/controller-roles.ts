// The system:controller:* ClusterRoles: one per kube-controller-manager loop, each bound to the
// service account of the same name in kube-system (controller-roles of upstream's bootstrap policy,
// v1.35 with default feature gates), sorted by name as the policy lists them.

import type { KubeObject } from '../../api/object';
import { EVENTS, READ, clusterRole, rule, type Rule } from './policy';

const CRUD = ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'];
const UPDATE = ['update'];
const PATCH_UPDATE = ['patch', 'update'];
const LIST_WATCH = ['list', 'watch'];
const STORAGE = 'storage.k8s.io';
const DRA = 'resource.k8s.io';
const APPS_EXT = ['apps', 'extensions'];

const CONTROLLER_RULES: [string, Rule[]][] = [
  ['attachdetach-controller', [
    rule(LIST_WATCH, [''], ['persistentvolumeclaims', 'persistentvolumes']), rule(READ, [''], ['nodes']), rule(PATCH_UPDATE, [''], ['nodes/status']),
    rule(LIST_WATCH, [''], ['pods']), EVENTS, rule(['create', 'delete', 'get', 'list', 'watch'], [STORAGE], ['volumeattachments']),
    rule(READ, [STORAGE], ['csidrivers']), rule(READ, [STORAGE], ['csinodes']),
  ]],
  ['certificate-controller', [
    rule(['delete', 'get', 'list', 'watch'], ['certificates.k8s.io'], ['certificatesigningrequests']),
    rule(UPDATE, ['certificates.k8s.io'], ['certificatesigningrequests/approval', 'certificatesigningrequests/status']),
    rule(['approve'], ['certificates.k8s.io'], ['signers'], ['kubernetes.io/kube-apiserver-client-kubelet']),
    rule(['sign'], ['certificates.k8s.io'], ['signers'], ['kubernetes.io/kube-apiserver-client', 'kubernetes.io/kube-apiserver-client-kubelet', 'kubernetes.io/kubelet-serving', 'kubernetes.io/legacy-unknown']),
    rule(['create'], ['authorization.k8s.io'], ['subjectaccessreviews']), EVENTS,
  ]],
  ['clusterrole-aggregation-controller', [rule(['escalate', 'get', 'list', 'patch', 'update', 'watch'], ['rbac.authorization.k8s.io'], ['clusterroles'])]],
  ['cronjob-controller', [
    rule(['get', 'list', 'update', 'watch'], ['batch'], ['cronjobs']), rule(CRUD, ['batch'], ['jobs']), rule(UPDATE, ['batch'], ['cronjobs/status']),
    rule(UPDATE, ['batch'], ['cronjobs/finalizers']), rule(['delete', 'list', 'watch'], [''], ['pods']), EVENTS,
  ]],
  ['daemon-set-controller', [
    rule(READ, APPS_EXT, ['daemonsets']), rule(UPDATE, APPS_EXT, ['daemonsets/status']), rule(UPDATE, APPS_EXT, ['daemonsets/finalizers']),
    rule(LIST_WATCH, [''], ['nodes']), rule(['create', 'delete', 'list', 'patch', 'watch'], [''], ['pods']), rule(['create'], [''], ['pods/binding']),
    rule(CRUD, ['apps'], ['controllerrevisions']), EVENTS,
  ]],
  ['deployment-controller', [
    rule(['get', 'list', 'update', 'watch'], APPS_EXT, ['deployments']), rule(UPDATE, APPS_EXT, ['deployments/status']), rule(UPDATE, APPS_EXT, ['deployments/finalizers']),
    rule(CRUD, APPS_EXT, ['replicasets']), rule(['get', 'list', 'update', 'watch'], [''], ['pods']), EVENTS,
  ]],
  ['device-taint-eviction-controller', [
    rule(['delete', 'get', 'list', 'watch'], [''], ['pods']), rule(PATCH_UPDATE, [''], ['pods/status']), rule(READ, [DRA], ['resourceclaims']),
    rule(READ, [DRA], ['resourceslices']), rule(READ, [DRA], ['deviceclasses']), EVENTS,
  ]],
  ['disruption-controller', [
    rule(READ, APPS_EXT, ['deployments']), rule(READ, APPS_EXT, ['replicasets']), rule(READ, [''], ['replicationcontrollers']),
    rule(READ, ['policy'], ['poddisruptionbudgets']), rule(READ, ['apps'], ['statefulsets']), rule(UPDATE, ['policy'], ['poddisruptionbudgets/status']),
    rule(PATCH_UPDATE, [''], ['pods/status']), rule(['get'], ['*'], ['*/scale']), EVENTS,
  ]],
  ['endpoint-controller', [
    rule(READ, [''], ['pods', 'services']), rule(['create', 'delete', 'get', 'list', 'update', 'watch'], [''], ['endpoints']),
    rule(['create'], [''], ['endpoints/restricted']), EVENTS,
  ]],
  ['endpointslice-controller', [
    rule(READ, [''], ['nodes', 'pods', 'services']), rule(UPDATE, [''], ['services/finalizers']),
    rule(['create', 'delete', 'get', 'list', 'update', 'watch'], ['discovery.k8s.io'], ['endpointslices']), EVENTS,
  ]],
  ['endpointslicemirroring-controller', [
    rule(READ, [''], ['endpoints', 'services']), rule(UPDATE, [''], ['services/finalizers']), rule(UPDATE, [''], ['endpoints/finalizers']),
    rule(['create', 'delete', 'get', 'list', 'update', 'watch'], ['discovery.k8s.io'], ['endpointslices']), EVENTS,
  ]],
  ['ephemeral-volume-controller', [
    rule(READ, [''], ['pods']), rule(UPDATE, [''], ['pods/finalizers']), rule(['create', 'get', 'list', 'watch'], [''], ['persistentvolumeclaims']), EVENTS,
  ]],
  ['expand-controller', [
    rule(['get', 'list', 'patch', 'update', 'watch'], [''], ['persistentvolumes']), rule(PATCH_UPDATE, [''], ['persistentvolumeclaims/status']),
    rule(READ, [''], ['persistentvolumeclaims']), EVENTS,
  ]],
  ['generic-garbage-collector', [rule(['delete', 'get', 'list', 'patch', 'update', 'watch'], ['*'], ['*']), EVENTS]],
  ['horizontal-pod-autoscaler', [
    rule(READ, ['autoscaling'], ['horizontalpodautoscalers']), rule(UPDATE, ['autoscaling'], ['horizontalpodautoscalers/status']),
    rule(['get', 'update'], ['*'], ['*/scale']), rule(LIST_WATCH, [''], ['pods']), rule(LIST_WATCH, ['metrics.k8s.io'], ['pods']),
    rule(READ, ['custom.metrics.k8s.io'], ['*']), rule(READ, ['external.metrics.k8s.io'], ['*']), EVENTS,
  ]],
  ['job-controller', [
    rule(['get', 'list', 'patch', 'update', 'watch'], ['batch'], ['jobs']), rule(UPDATE, ['batch'], ['jobs/status']), rule(UPDATE, ['batch'], ['jobs/finalizers']),
    rule(['create', 'delete', 'list', 'patch', 'watch'], [''], ['pods']), EVENTS,
  ]],
  ['legacy-service-account-token-cleaner', [
    rule(['get'], [''], ['configmaps'], ['kube-apiserver-legacy-service-account-token-tracking']), rule(['delete', 'patch'], [''], ['secrets']),
  ]],
  ['namespace-controller', [
    rule(['delete', 'get', 'list', 'watch'], [''], ['namespaces']), rule(UPDATE, [''], ['namespaces/finalize', 'namespaces/status']),
    rule(['delete', 'deletecollection', 'get', 'list', 'watch'], ['*'], ['*']),
  ]],
  ['node-controller', [
    rule(['delete', 'get', 'list', 'patch', 'update', 'watch'], [''], ['nodes']), rule(PATCH_UPDATE, [''], ['nodes/status']),
    rule(PATCH_UPDATE, [''], ['pods/status']), rule(['delete', 'get', 'list', 'watch'], [''], ['pods']), EVENTS,
  ]],
  ['persistent-volume-binder', [
    rule(['create', 'delete', 'get', 'list', 'update', 'watch'], [''], ['persistentvolumes']), rule(UPDATE, [''], ['persistentvolumes/status']),
    rule(['get', 'list', 'update', 'watch'], [''], ['persistentvolumeclaims']), rule(UPDATE, [''], ['persistentvolumeclaims/status']),
    rule(['create', 'delete', 'get', 'list', 'watch'], [''], ['pods']), rule(READ, [STORAGE], ['storageclasses']), rule(LIST_WATCH, [''], ['nodes']),
    EVENTS, rule(['watch'], [''], ['events']),
  ]],
  ['pod-garbage-collector', [rule(['delete', 'list', 'watch'], [''], ['pods']), rule(READ, [''], ['nodes']), rule(['patch'], [''], ['pods/status'])]],
  ['pv-protection-controller', [rule(['get', 'list', 'update', 'watch'], [''], ['persistentvolumes']), EVENTS]],
  ['pvc-protection-controller', [
    rule(['get', 'list', 'update', 'watch'], [''], ['persistentvolumeclaims']), rule(UPDATE, [''], ['persistentvolumeclaims/status']), rule(READ, [''], ['pods']), EVENTS,
  ]],
  ['replicaset-controller', [
    rule(['get', 'list', 'update', 'watch'], APPS_EXT, ['replicasets']), rule(UPDATE, APPS_EXT, ['replicasets/status']), rule(UPDATE, APPS_EXT, ['replicasets/finalizers']),
    rule(['create', 'delete', 'list', 'patch', 'watch'], [''], ['pods']), EVENTS,
  ]],
  ['replication-controller', [
    rule(['get', 'list', 'update', 'watch'], [''], ['replicationcontrollers']), rule(UPDATE, [''], ['replicationcontrollers/status']),
    rule(UPDATE, [''], ['replicationcontrollers/finalizers']), rule(['create', 'delete', 'list', 'patch', 'watch'], [''], ['pods']), EVENTS,
  ]],
  ['resource-claim-controller', [
    rule(READ, [''], ['pods']), rule(UPDATE, [''], ['pods/finalizers']), rule(['create', 'delete', 'get', 'list', 'watch'], [DRA], ['resourceclaims']),
    rule(PATCH_UPDATE, [DRA], ['resourceclaims', 'resourceclaims/status']), rule(PATCH_UPDATE, [''], ['pods/status']), EVENTS,
    rule(PATCH_UPDATE, [DRA], ['resourceclaims/binding']),
  ]],
  ['resourcequota-controller', [rule(LIST_WATCH, ['*'], ['*']), rule(UPDATE, [''], ['resourcequotas/status']), EVENTS]],
  ['root-ca-cert-publisher', [rule(['create', 'update'], [''], ['configmaps']), EVENTS]],
  ['route-controller', [rule(LIST_WATCH, [''], ['nodes']), rule(['patch'], [''], ['nodes/status']), EVENTS]],
  ['selinux-warning-controller', [
    EVENTS, rule(READ, [''], ['persistentvolumes']), rule(READ, [''], ['persistentvolumeclaims']), rule(READ, [''], ['pods']), rule(READ, [STORAGE], ['csidrivers']),
  ]],
  ['service-account-controller', [rule(['create'], [''], ['serviceaccounts']), EVENTS]],
  ['service-cidrs-controller', [
    rule(['get', 'list', 'patch', 'update', 'watch'], ['networking.k8s.io'], ['servicecidrs']), rule(PATCH_UPDATE, ['networking.k8s.io'], ['servicecidrs/finalizers']),
    rule(PATCH_UPDATE, ['networking.k8s.io'], ['servicecidrs/status']), rule(READ, ['networking.k8s.io'], ['ipaddresses']), EVENTS,
  ]],
  ['service-controller', [rule(READ, [''], ['services']), rule(PATCH_UPDATE, [''], ['services/status']), rule(LIST_WATCH, [''], ['nodes']), EVENTS]],
  ['statefulset-controller', [
    rule(LIST_WATCH, [''], ['pods']), rule(READ, ['apps'], ['statefulsets']), rule(UPDATE, ['apps'], ['statefulsets/status']),
    rule(UPDATE, ['apps'], ['statefulsets/finalizers']), rule(['create', 'delete', 'get', 'patch', 'update'], [''], ['pods']),
    rule(CRUD, ['apps'], ['controllerrevisions']), rule(['create', 'get', 'list', 'watch'], [''], ['persistentvolumeclaims']),
    rule(['delete', 'update'], [''], ['persistentvolumeclaims']), rule(UPDATE, [''], ['pods/finalizers']), EVENTS,
  ]],
  ['ttl-after-finished-controller', [rule(['delete', 'get', 'list', 'watch'], ['batch'], ['jobs']), EVENTS]],
  ['ttl-controller', [rule(['list', 'patch', 'update', 'watch'], [''], ['nodes']), EVENTS]],
  ['validatingadmissionpolicy-status-controller', [
    rule(READ, ['admissionregistration.k8s.io'], ['validatingadmissionpolicies']),
    rule(['get', 'patch', 'update'], ['admissionregistration.k8s.io'], ['validatingadmissionpolicies/status']), EVENTS,
  ]],
  ['volumeattributesclass-protection-controller', [
    rule(READ, [''], ['persistentvolumeclaims']), rule(READ, [''], ['persistentvolumes']),
    rule(['get', 'list', 'update', 'watch'], [STORAGE], ['volumeattributesclasses']), EVENTS,
  ]],
];

/** The controllers that have a role (and a service account of that name in kube-system). */
export const CONTROLLER_NAMES: readonly string[] = CONTROLLER_RULES.map(([name]) => name);

export function controllerClusterRoles(): KubeObject[] {
  return CONTROLLER_RULES.map(([name, rules]) => clusterRole(`system:controller:${name}`, rules));
}
