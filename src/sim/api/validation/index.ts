import type { FieldError } from '../field-errors';
import { validateMetadataOnlyCreate, validateMetadataOnlyUpdate, validateNamespaceCreate, validateNamespaceUpdate, validateNodeCreate, validateNodeUpdate } from './cluster';
import { validateConfigMapCreate, validateConfigMapUpdate, validateSecretCreate, validateSecretUpdate } from './config';
import { validateCsrCreate, validateCsrUpdate, type CsrSubresource } from './certificates';
import { validateCronJobCreate, validateCronJobUpdate } from './cronjob';
import { validateDaemonSetCreate, validateDaemonSetUpdate } from './daemonset';
import { validateDeploymentCreate, validateDeploymentUpdate, validateReplicaSetCreate, validateReplicaSetUpdate } from './deployment';
import { validateHPACreate, validateHPAUpdate } from './hpa';
import { validateIngressCreate, validateIngressUpdate } from './ingress';
import { validateJobCreate, validateJobUpdate } from './job';
import { validatePodCreate, validatePodUpdate } from './pod';
import { validateServiceAllocation, validateServiceCreate, validateServiceUpdate } from './service';
import { validatePVCCreate, validatePVCUpdate, validatePVCreate, validatePVUpdate } from './storage';
import { validateStatefulSetCreate, validateStatefulSetUpdate } from './statefulset';

/**
 * The simulated API server's validation for create and update, dispatched on kind. Input is the
 * object after decoding and defaulting; fields the defaulter always sets are treated as their
 * defaults when absent. Namespace presence, name generation and cluster-state checks (existing
 * names, taken node ports) are the caller's. Returns the field errors in the server's order.
 */

export interface ApiObject {
  apiVersion: string;
  kind: string;
  metadata?: unknown;
  [field: string]: unknown;
}

type Create = (obj: Record<string, unknown>) => FieldError[];
type Update = (obj: Record<string, unknown>, old: Record<string, unknown>) => FieldError[];

/** Keyed by `group/Kind` ("" for core), so a kind name reused in another group is not confused. */
const VALIDATORS: Record<string, [Create, Update]> = {
  '/Pod': [validatePodCreate, validatePodUpdate],
  '/Service': [validateServiceCreate, validateServiceUpdate],
  '/ConfigMap': [validateConfigMapCreate, validateConfigMapUpdate],
  '/Secret': [validateSecretCreate, validateSecretUpdate],
  '/Namespace': [validateNamespaceCreate, validateNamespaceUpdate],
  '/Node': [validateNodeCreate, validateNodeUpdate],
  '/PersistentVolumeClaim': [validatePVCCreate, validatePVCUpdate],
  '/PersistentVolume': [validatePVCreate, validatePVUpdate],
  'apps/Deployment': [validateDeploymentCreate, validateDeploymentUpdate],
  'apps/ReplicaSet': [validateReplicaSetCreate, validateReplicaSetUpdate],
  'apps/DaemonSet': [validateDaemonSetCreate, validateDaemonSetUpdate],
  'apps/StatefulSet': [validateStatefulSetCreate, validateStatefulSetUpdate],
  'batch/Job': [validateJobCreate, validateJobUpdate],
  'batch/CronJob': [validateCronJobCreate, validateCronJobUpdate],
  'networking.k8s.io/Ingress': [validateIngressCreate, validateIngressUpdate],
  'autoscaling/HorizontalPodAutoscaler': [validateHPACreate, validateHPAUpdate],
  'certificates.k8s.io/CertificateSigningRequest': [validateCsrCreate, validateCsrUpdate],
};

function validatorsFor(obj: ApiObject): [Create, Update] {
  const group = obj.apiVersion.includes('/') ? obj.apiVersion.slice(0, obj.apiVersion.indexOf('/')) : '';
  return VALIDATORS[`${group}/${obj.kind}`] ?? [validateMetadataOnlyCreate, validateMetadataOnlyUpdate];
}

export function validateCreate(obj: ApiObject): FieldError[] {
  if (obj.kind === 'Service' && !obj.apiVersion.includes('/')) {
    // Node ports are allocated before validation; a failed allocation is reported on its own.
    const allocation = validateServiceAllocation(obj);
    if (allocation.length > 0) return allocation;
  }
  return validatorsFor(obj)[0](obj);
}

/** `subresource`: the write came through a subresource with its own rules (a CSR's status or approval). */
export function validateUpdate(newObj: ApiObject, oldObj: ApiObject, subresource?: CsrSubresource): FieldError[] {
  if (subresource) return validateCsrUpdate(newObj, oldObj, subresource);
  if (newObj.kind === 'Service' && !newObj.apiVersion.includes('/')) {
    const allocation = validateServiceAllocation(newObj);
    if (allocation.length > 0) return allocation;
  }
  return validatorsFor(newObj)[1](newObj, oldObj);
}

export type { CsrSubresource } from './certificates';
export { parseCron, nextAfter, isKnownTimeZone } from './cron';
export type { CronSchedule, CronParse } from './cron';
export { NODE_PORT_RANGE, nodePortAllocated } from './service';
export {
  isConfigMapKey,
  isDNS1035Label,
  isDNS1123Label,
  isDNS1123Subdomain,
  isLabelValue,
  isQualifiedName,
  isRelaxedEnvVarName,
  isValidPortName,
  isValidPortNum,
  nameIsDNS1035Label,
  nameIsDNSLabel,
  nameIsDNSSubdomain,
} from './names';
export { labelSelectorAsSelector, selectorMatches } from './selector';
