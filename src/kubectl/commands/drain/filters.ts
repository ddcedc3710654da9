// Which pods of a node `kubectl drain` removes (k8s.io/kubectl/pkg/drain filters.go): DaemonSet
// pods stay (an error without --ignore-daemonsets), mirror pods of static manifests stay, pods with
// emptyDir data need --delete-emptydir-data, pods without a controller need --force. Each filter
// may pass a pod on with a warning; the first that stops it decides. Warnings and errors are
// grouped by message in the order they first occur.

import type { Pod } from 'kubernetes-types/core/v1';
import { typeForKey, type ResourceType } from '../../../sim/api/registry';
import type { Cluster } from '../../../sim/cluster';
import type { PodObject } from '../pod-target';

const DAEMONSET_FATAL = 'DaemonSet-managed Pods (use --ignore-daemonsets to ignore)';
const DAEMONSET_WARNING = 'ignoring DaemonSet-managed Pods';
const LOCAL_STORAGE_FATAL = 'Pods with local storage (use --delete-emptydir-data to override)';
const LOCAL_STORAGE_WARNING = 'deleting Pods with local storage';
const UNMANAGED_FATAL = 'cannot delete Pods that declare no controller (use --force to override)';
const UNMANAGED_WARNING = 'deleting Pods that declare no controller';
const MIRROR_ANNOTATION = 'kubernetes.io/config.mirror';

export interface DrainFilterOptions {
  readonly force: boolean;
  readonly ignoreDaemonSets: boolean;
  readonly deleteEmptyDirData: boolean;
  /** --skip-wait-for-delete-timeout (0: off). */
  readonly skipWaitSeconds: number;
  readonly now: number;
}

type Status = { delete: boolean; reason: 'Okay' | 'Skip' | 'Warning' | 'Error'; message?: string };

const OKAY: Status = { delete: true, reason: 'Okay' };
const SKIP: Status = { delete: false, reason: 'Skip' };
const warn = (del: boolean, message: string): Status => ({ delete: del, reason: 'Warning', message });
const fail = (message: string): Status => ({ delete: false, reason: 'Error', message });

const finished = (pod: Pod): boolean => pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed';
const controllerOf = (pod: PodObject) => pod.metadata.ownerReferences?.find((r) => r.controller === true);

/** A pod whose deletion has been pending longer than --skip-wait-for-delete-timeout. */
export function deletedLongAgo(pod: PodObject, opts: DrainFilterOptions): boolean {
  const ts = pod.metadata.deletionTimestamp;
  return opts.skipWaitSeconds > 0 && ts !== undefined && Math.trunc((opts.now - Date.parse(ts)) / 1000) > opts.skipWaitSeconds;
}

function filters(cluster: Cluster, opts: DrainFilterOptions): ((pod: PodObject) => Status)[] {
  const daemonSet = (pod: PodObject): Status => {
    const ref = controllerOf(pod);
    if (!ref || ref.kind !== 'DaemonSet' || ref.apiVersion !== 'apps/v1' || finished(pod)) return OKAY;
    const ds = cluster.api.get(typeForKey('daemonsets.apps') as ResourceType, pod.metadata.namespace, ref.name);
    if (!ds.ok) return ds.status.reason === 'NotFound' && opts.force ? warn(true, ds.status.message) : fail(ds.status.message);
    return opts.ignoreDaemonSets ? warn(false, DAEMONSET_WARNING) : fail(DAEMONSET_FATAL);
  };
  const mirror = (pod: PodObject): Status => (pod.metadata.annotations?.[MIRROR_ANNOTATION] !== undefined ? SKIP : OKAY);
  const localStorage = (pod: PodObject): Status => {
    if (!(pod.spec?.volumes ?? []).some((v) => v.emptyDir !== undefined) || finished(pod)) return OKAY;
    return opts.deleteEmptyDirData ? warn(true, LOCAL_STORAGE_WARNING) : fail(LOCAL_STORAGE_FATAL);
  };
  const unreplicated = (pod: PodObject): Status => {
    if (finished(pod) || controllerOf(pod)) return OKAY;
    return opts.force ? warn(true, UNMANAGED_WARNING) : fail(UNMANAGED_FATAL);
  };
  const skipDeleted = (pod: PodObject): Status => (deletedLongAgo(pod, opts) ? SKIP : OKAY);
  return [skipDeleted, daemonSet, mirror, localStorage, unreplicated];
}

export interface PodDeleteList {
  /** The pods to evict or delete, in list order. */
  readonly pods: PodObject[];
  /** "msg: ns/a, ns/b; msg2: …", or '' (printed as a Warning). */
  readonly warnings: string;
  /** "cannot delete <msg>: ns/a, ns/b", one per message. */
  readonly errors: string[];
}

/** GetPodsForDeletion: the node's pods (matching --pod-selector) through the filters. */
export function podsForDeletion(cluster: Cluster, node: string, podSelector: string, opts: DrainFilterOptions): PodDeleteList | { listError: string } {
  const res = cluster.api.list(typeForKey('pods') as ResourceType, { fieldSelector: `spec.nodeName=${node}`, ...(podSelector ? { labelSelector: podSelector } : {}) });
  if (!res.ok) return { listError: res.status.message };
  const chain = filters(cluster, opts);
  const warnings = new Map<string, string[]>();
  const errors = new Map<string, string[]>();
  const pods: PodObject[] = [];
  for (const pod of res.object as PodObject[]) {
    let status: Status = OKAY;
    for (const filter of chain) {
      status = filter(pod);
      if (!status.delete) break;
    }
    const id = `${pod.metadata.namespace ?? ''}/${pod.metadata.name ?? ''}`;
    if (status.reason === 'Warning') warnings.set(status.message ?? '', [...(warnings.get(status.message ?? '') ?? []), id]);
    if (status.reason === 'Error') {
      const msg = status.message || 'unexpected error';
      errors.set(msg, [...(errors.get(msg) ?? []), id]);
    }
    if (status.delete) pods.push(pod);
  }
  return {
    pods,
    warnings: [...warnings].map(([msg, ids]) => `${msg}: ${ids.join(', ')}`).join('; '),
    errors: [...errors].map(([msg, ids]) => `cannot delete ${msg}: ${ids.join(', ')}`),
  };
}
