// The describer of each kind (kubectl's DescriberFor), falling back to the generic describer.

import type { ResourceType } from '../../sim/api/registry';
import { describeCronJob, describeJob } from './batch';
import { describeCertificateSigningRequest } from './certificates';
import { describeConfigMap, describeSecret, describeServiceAccount } from './config';
import type { Describer } from './context';
import { describeGeneric } from './generic';
import { describeHpa, describePriorityClass } from './misc';
import { describeLimitRange, describeNamespace, describeResourceQuota } from './namespace';
import { describeEndpoints, describeEndpointSlice, describeIngress, describeService } from './network';
import { describeNode } from './node';
import { describePod } from './pod';
import { describePodDisruptionBudget } from './policy';
import { describeRole, describeRoleBinding } from './rbac';
import { describePersistentVolume, describePersistentVolumeClaim, describeStorageClass } from './storage';
import { describeDaemonSet, describeDeployment, describeReplicaSet, describeStatefulSet } from './workloads';

export type { DescribeContext, Describer } from './context';

/** Keyed by `group/Kind` (core group ''). */
const DESCRIBERS: Record<string, Describer> = {
  '/Pod': describePod,
  '/Service': describeService,
  '/Endpoints': describeEndpoints,
  '/Node': describeNode,
  '/Namespace': describeNamespace,
  '/ConfigMap': describeConfigMap,
  '/Secret': (obj) => describeSecret(obj),
  '/ServiceAccount': describeServiceAccount,
  '/PersistentVolume': describePersistentVolume,
  '/PersistentVolumeClaim': describePersistentVolumeClaim,
  '/ResourceQuota': (obj) => describeResourceQuota(obj),
  '/LimitRange': (obj) => describeLimitRange(obj),
  'apps/Deployment': describeDeployment,
  'apps/ReplicaSet': describeReplicaSet,
  'apps/StatefulSet': describeStatefulSet,
  'apps/DaemonSet': describeDaemonSet,
  'batch/Job': describeJob,
  'batch/CronJob': describeCronJob,
  'autoscaling/HorizontalPodAutoscaler': describeHpa,
  'networking.k8s.io/Ingress': describeIngress,
  'discovery.k8s.io/EndpointSlice': describeEndpointSlice,
  'storage.k8s.io/StorageClass': describeStorageClass,
  'scheduling.k8s.io/PriorityClass': describePriorityClass,
  'policy/PodDisruptionBudget': describePodDisruptionBudget,
  'certificates.k8s.io/CertificateSigningRequest': describeCertificateSigningRequest,
  'rbac.authorization.k8s.io/Role': (obj) => describeRole(obj),
  'rbac.authorization.k8s.io/ClusterRole': (obj) => describeRole(obj),
  'rbac.authorization.k8s.io/RoleBinding': (obj) => describeRoleBinding(obj),
  'rbac.authorization.k8s.io/ClusterRoleBinding': (obj) => describeRoleBinding(obj),
};

export function describerFor(type: Pick<ResourceType, 'group' | 'kind'>): Describer {
  return DESCRIBERS[`${type.group}/${type.kind}`] ?? describeGeneric;
}
