import type { KubeObject } from './types';
import { defaultWebhookConfiguration } from './admissionregistration';
import { defaultDaemonSet, defaultDeployment, defaultReplicaSet, defaultStatefulSet } from './apps';
import { defaultHorizontalPodAutoscaler, defaultHorizontalPodAutoscalerV1 } from './autoscaling';
import { defaultCronJob, defaultJob } from './batch';
import {
  defaultCoreEvent, defaultEndpoints, defaultEventsV1Event, defaultLimitRange, defaultNamespace, defaultNode,
  defaultPodTemplate, defaultReplicationController, defaultResourceQuota, defaultSecret,
} from './core-kinds';
import { defaultEndpointSlice, defaultLease, defaultPodDisruptionBudget, defaultPriorityClass } from './misc-kinds';
import { defaultIngress, defaultIngressClass, defaultNetworkPolicy } from './networking';
import { defaultPod } from './podspec';
import { defaultRole, defaultRoleBinding } from './rbac';
import { defaultService } from './service';
import { defaultPersistentVolume, defaultPersistentVolumeClaim, defaultStorageClass } from './storage';

type Defaulter = (obj: KubeObject) => void;

/** The defaulters take the object as their own kind; this is the one place that casts. */
function typed<T>(defaulter: (obj: T) => void): Defaulter {
  return (obj) => defaulter(obj as unknown as T);
}

/** Defaulters by `apiVersion/kind`. Kinds without defaults or always-serialised fields are absent. */
const DEFAULTERS: Readonly<Record<string, Defaulter>> = {
  'v1/Pod': typed(defaultPod),
  'v1/PodTemplate': typed(defaultPodTemplate),
  'v1/ReplicationController': typed(defaultReplicationController),
  'v1/Service': typed(defaultService),
  'v1/Endpoints': typed(defaultEndpoints),
  'v1/Namespace': typed(defaultNamespace),
  'v1/Secret': typed(defaultSecret),
  'v1/Node': typed(defaultNode),
  'v1/Event': typed(defaultCoreEvent),
  'v1/ResourceQuota': typed(defaultResourceQuota),
  'v1/LimitRange': typed(defaultLimitRange),
  'v1/PersistentVolume': typed(defaultPersistentVolume),
  'v1/PersistentVolumeClaim': typed(defaultPersistentVolumeClaim),
  'apps/v1/Deployment': typed(defaultDeployment),
  'apps/v1/ReplicaSet': typed(defaultReplicaSet),
  'apps/v1/StatefulSet': typed(defaultStatefulSet),
  'apps/v1/DaemonSet': typed(defaultDaemonSet),
  'batch/v1/Job': typed(defaultJob),
  'batch/v1/CronJob': typed(defaultCronJob),
  'autoscaling/v2/HorizontalPodAutoscaler': typed(defaultHorizontalPodAutoscaler),
  'autoscaling/v1/HorizontalPodAutoscaler': typed(defaultHorizontalPodAutoscalerV1),
  'networking.k8s.io/v1/Ingress': typed(defaultIngress),
  'networking.k8s.io/v1/IngressClass': typed(defaultIngressClass),
  'networking.k8s.io/v1/NetworkPolicy': typed(defaultNetworkPolicy),
  'storage.k8s.io/v1/StorageClass': typed(defaultStorageClass),
  'rbac.authorization.k8s.io/v1/Role': typed(defaultRole),
  'rbac.authorization.k8s.io/v1/ClusterRole': typed(defaultRole),
  'rbac.authorization.k8s.io/v1/RoleBinding': typed(defaultRoleBinding),
  'rbac.authorization.k8s.io/v1/ClusterRoleBinding': typed(defaultRoleBinding),
  'policy/v1/PodDisruptionBudget': typed(defaultPodDisruptionBudget),
  'scheduling.k8s.io/v1/PriorityClass': typed(defaultPriorityClass),
  'coordination.k8s.io/v1/Lease': typed(defaultLease),
  'discovery.k8s.io/v1/EndpointSlice': typed(defaultEndpointSlice),
  'events.k8s.io/v1/Event': typed(defaultEventsV1Event),
  'admissionregistration.k8s.io/v1/MutatingWebhookConfiguration': defaultWebhookConfiguration,
  'admissionregistration.k8s.io/v1/ValidatingWebhookConfiguration': defaultWebhookConfiguration,
};

export function typeKey(obj: Pick<KubeObject, 'apiVersion' | 'kind'>): string {
  return `${obj.apiVersion}/${obj.kind}`;
}

/**
 * The API server's defaulting of a decoded object, in place: what every create, update and
 * patch gets, and what a stored object shows when read back — including the empty Go structs
 * and `null`s a real server serialises. Idempotent; unknown kinds are left alone. Create-only
 * additions (statuses, finalizers, IP families…) are `prepareForCreate`'s.
 */
export function applyDefaults(obj: KubeObject): void {
  DEFAULTERS[typeKey(obj)]?.(obj);
}
