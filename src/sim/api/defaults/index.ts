/**
 * Defaulting of the simulated API server: what kube-apiserver v1.35 fills into an object, so
 * that `kubectl get -o yaml` after creating a minimal object looks as on a real cluster.
 *
 * - `applyDefaults` — decode-time defaulting (create, update, patch, read back); idempotent.
 * - `prepareForCreate` — the create strategies' pure additions (statuses, finalizers, …);
 *   `prepareForUpdate` — what update strategies carry over from the stored object.
 * - Admission helpers (priority, tolerations, token volume) for the API server's admission.
 * - Per-kind defaulters for controllers that build objects from templates.
 */
export type { KubeObject } from './types';
export { applyDefaults } from './dispatch';
export {
  DAEMONSET_TEMPLATE_GENERATION_ANNOTATION, SCHEDULING_GATED_MESSAGE, prepareForCreate, type CreateOptions,
} from './create';
export { prepareForUpdate } from './update';

export { DEFAULT_TOLERATION_SECONDS, SERVICE_ACCOUNT_MOUNT_PATH, defaultTolerationSecondsTolerations, serviceAccountTokenVolume } from './admission';
export { NO_CLASS_PRIORITY, SYSTEM_PRIORITY_CLASSES, defaultPodPriority, type ResolvedPriorityClass } from './priority';
export { podQOSClass, quantityValue, type QOSClass } from './qos';
export { defaultPullPolicy, parseImageReference, type ImageReference, type PullPolicy } from './image';

export { defaultContainer, defaultProbe } from './container';
export { DEFAULT_VOLUME_MODE, defaultPersistentVolumeClaimSpec, defaultVolume } from './volumes';
export { defaultPod, defaultPodSpec, defaultPodTemplateSpec } from './podspec';
export { DEFAULT_CLIENT_IP_TIMEOUT_SECONDS, defaultService, defaultServiceIPFamilies } from './service';
export {
  NAMESPACE_NAME_LABEL, defaultCoreEvent, defaultEndpoints, defaultEventsV1Event, defaultLimitRange, defaultNamespace,
  defaultNode, defaultPodTemplate, defaultReplicationController, defaultResourceQuota, defaultSecret,
} from './core-kinds';
export { defaultPersistentVolume, defaultPersistentVolumeClaim, defaultStorageClass } from './storage';
export { defaultDaemonSet, defaultDeployment, defaultReplicaSet, defaultStatefulSet } from './apps';
export {
  JOB_CONTROLLER_UID_LABEL, JOB_NAME_LABEL, LEGACY_JOB_CONTROLLER_UID_LABEL, LEGACY_JOB_NAME_LABEL, defaultCronJob, defaultJob,
  defaultJobSelectorAndLabels,
} from './batch';
export { DEFAULT_CPU_UTILIZATION, defaultHorizontalPodAutoscaler, defaultHorizontalPodAutoscalerV1 } from './autoscaling';
export { defaultIngress, defaultIngressClass, defaultNetworkPolicy } from './networking';
export { RBAC_GROUP, defaultRole, defaultRoleBinding } from './rbac';
export { defaultEndpointSlice, defaultLease, defaultPodDisruptionBudget, defaultPriorityClass } from './misc-kinds';
