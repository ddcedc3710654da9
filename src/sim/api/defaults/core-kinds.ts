import type {
  Endpoints, LimitRange, LimitRangeItem, Namespace, Node, PodTemplate, ReplicationController, ResourceQuota, Secret,
} from 'kubernetes-types/core/v1';
import { encodeBase64 as base64OfUtf8 } from '../../../lib/base64';
import { defaultPodTemplateSpec } from './podspec';
import { asJson, childObject, statusOf, type JsonObject } from './types';

/** The label every namespace carries with its own name (set on create and kept on update). */
export const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name';

export function defaultNamespace(ns: Namespace): void {
  const name = ns.metadata?.name;
  if (name) ((ns.metadata ??= {}).labels ??= {})[NAMESPACE_NAME_LABEL] = name;
  ns.spec ??= {};
  statusOf(ns, () => ({})).phase ||= 'Active';
}

export function defaultSecret(secret: Secret): void {
  secret.type ||= 'Opaque';
  // `stringData` is write-only: the API server folds it into `data` (winning over same keys).
  const stringData = secret.stringData;
  if (stringData && Object.keys(stringData).length > 0) {
    const data = (secret.data ??= {});
    for (const [key, value] of Object.entries(stringData)) data[key] = base64OfUtf8(String(value));
  }
  delete secret.stringData;
}

export function defaultNode(node: Node): void {
  node.spec ??= {};
  const status = statusOf(node, () => ({}));
  if (!status.allocatable && status.capacity) status.allocatable = { ...status.capacity };
  // NodeDaemonEndpoints and NodeSystemInfo are Go structs whose fields lack `omitempty`.
  const endpoints = childObject(asJson(status), 'daemonEndpoints');
  childObject(endpoints, 'kubeletEndpoint')['Port'] ??= 0;
  const info = childObject(asJson(status), 'nodeInfo');
  for (const field of [
    'architecture', 'bootID', 'containerRuntimeVersion', 'kernelVersion', 'kubeProxyVersion', 'kubeletVersion',
    'machineID', 'operatingSystem', 'osImage', 'systemUUID',
  ]) {
    info[field] ??= '';
  }
}

export function defaultEndpoints(ep: Endpoints): void {
  for (const subset of ep.subsets ?? []) {
    for (const port of subset.ports ?? []) port.protocol ||= 'TCP';
  }
}

/** A core/v1 Event has no defaults, but several of its fields serialise even when empty. */
export function defaultCoreEvent(event: JsonObject): void {
  event['involvedObject'] ??= {};
  event['source'] ??= {};
  event['firstTimestamp'] ??= null;
  event['lastTimestamp'] ??= null;
  event['eventTime'] ??= null;
  event['reportingComponent'] ??= '';
  event['reportingInstance'] ??= '';
}

/** The events.k8s.io/v1 view of an event: likewise only fields that always serialise. */
export function defaultEventsV1Event(event: JsonObject): void {
  event['eventTime'] ??= null;
  event['regarding'] ??= {};
  event['deprecatedSource'] ??= {};
  event['deprecatedFirstTimestamp'] ??= null;
  event['deprecatedLastTimestamp'] ??= null;
}

export function defaultResourceQuota(quota: ResourceQuota): void {
  quota.spec ??= {};
  statusOf(quota, () => ({}));
}

export function defaultLimitRange(lr: LimitRange): void {
  const spec = (lr.spec ??= { limits: [] });
  // `limits` has no `omitempty`: a missing list shows as `limits: null`.
  if (spec.limits === undefined) asJson(spec)['limits'] = null;
  for (const item of spec.limits ?? []) defaultLimitRangeItem(item);
}

/** For containers: default limit from max, then default request from default limit or min. */
function defaultLimitRangeItem(item: LimitRangeItem): void {
  if (item.type !== 'Container') return;
  const defaultLimit = { ...item.max, ...item.default };
  const defaultRequest = { ...item.min, ...defaultLimit, ...item.defaultRequest };
  if (Object.keys(defaultLimit).length > 0) item.default = defaultLimit;
  if (Object.keys(defaultRequest).length > 0) item.defaultRequest = defaultRequest;
}

export function defaultReplicationController(rc: ReplicationController): void {
  const spec = (rc.spec ??= {});
  const templateLabels = spec.template?.metadata?.labels;
  if (templateLabels) {
    if (Object.keys(spec.selector ?? {}).length === 0) spec.selector = { ...templateLabels };
    const meta = (rc.metadata ??= {});
    if (Object.keys(meta.labels ?? {}).length === 0) meta.labels = { ...templateLabels };
  }
  spec.replicas ??= 1;
  if (spec.template) defaultPodTemplateSpec(spec.template);
  // `replicas` is the one status field without `omitempty`.
  statusOf(rc, () => ({ replicas: 0 })).replicas ??= 0;
}

export function defaultPodTemplate(pt: PodTemplate): void {
  defaultPodTemplateSpec((pt.template ??= {}));
}
