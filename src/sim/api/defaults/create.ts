import type { Namespace, Pod, PodCondition, PodStatus, Service } from 'kubernetes-types/core/v1';
import type { Job } from 'kubernetes-types/batch/v1';
import { defaultJobSelectorAndLabels } from './batch';
import { applyDefaults, typeKey } from './dispatch';
import { podQOSClass } from './qos';
import { defaultServiceIPFamilies } from './service';
import { setStatus, type KubeObject } from './types';

/** Kinds whose create strategy discards any status the request carried. */
const STATUS_CLEARED_ON_CREATE = new Set([
  'v1/Pod', 'v1/Service', 'v1/Namespace', 'v1/PersistentVolume', 'v1/PersistentVolumeClaim', 'v1/ReplicationController',
  'v1/ResourceQuota', 'apps/v1/Deployment', 'apps/v1/ReplicaSet', 'apps/v1/StatefulSet', 'apps/v1/DaemonSet',
  'batch/v1/Job', 'batch/v1/CronJob', 'autoscaling/v2/HorizontalPodAutoscaler', 'autoscaling/v1/HorizontalPodAutoscaler',
  'networking.k8s.io/v1/Ingress', 'policy/v1/PodDisruptionBudget',
]);

/** The annotation that carries a DaemonSet's template generation in apps/v1. */
export const DAEMONSET_TEMPLATE_GENERATION_ANNOTATION = 'deprecated.daemonset.template.generation';

export interface CreateOptions {
  /** The new object's uid, when already chosen: a Job's generated selector needs it. */
  uid?: string;
  /** The cluster's service IP family (single-stack). */
  serviceIPFamily?: 'IPv4' | 'IPv6';
}

/**
 * The pure part of what the API server's create strategies add to a new, already defaulted
 * object: fresh statuses, the namespace finalizer, service IP families, a DaemonSet's template
 * generation, a Job's selector (given the uid). Not for updates.
 */
export function prepareForCreate(obj: KubeObject, opts: CreateOptions = {}): void {
  const key = typeKey(obj);
  if (STATUS_CLEARED_ON_CREATE.has(key)) delete obj['status'];
  switch (key) {
    case 'v1/Namespace':
      addKubernetesFinalizer(obj as unknown as Namespace);
      break;
    case 'v1/Service':
      defaultServiceIPFamilies(obj as unknown as Service, opts.serviceIPFamily);
      break;
    case 'apps/v1/DaemonSet':
      setTemplateGeneration(obj);
      break;
    case 'batch/v1/Job':
      if (opts.uid) defaultJobSelectorAndLabels(obj as unknown as Job, opts.uid);
      break;
  }
  applyDefaults(obj);
  if (key === 'v1/Pod') setNewPodStatus(obj as unknown as Pod);
}

/** The namespace controller removes `kubernetes` from `spec.finalizers` once the namespace is empty. */
function addKubernetesFinalizer(ns: Namespace): void {
  const spec = (ns.spec ??= {});
  const finalizers = (spec.finalizers ??= []);
  if (!finalizers.includes('kubernetes')) finalizers.push('kubernetes');
}

function setTemplateGeneration(ds: KubeObject): void {
  const annotations = (ds.metadata.annotations ??= {});
  const given = Number.parseInt(annotations[DAEMONSET_TEMPLATE_GENERATION_ANNOTATION] ?? '', 10);
  annotations[DAEMONSET_TEMPLATE_GENERATION_ANNOTATION] = String(Number.isFinite(given) && given > 1 ? given : 1);
}

export const SCHEDULING_GATED_MESSAGE = 'Scheduling is blocked due to non-empty scheduling gates';

function setNewPodStatus(pod: Pod): void {
  const spec = pod.spec ?? { containers: [] };
  const status: PodStatus = { phase: 'Pending', qosClass: podQOSClass(spec) };
  setStatus(pod, status);
  if ((spec.schedulingGates?.length ?? 0) > 0) {
    // Condition times are zero, which a real server serialises as null.
    const gated = {
      lastProbeTime: null,
      lastTransitionTime: null,
      message: SCHEDULING_GATED_MESSAGE,
      reason: 'SchedulingGated',
      status: 'False',
      type: 'PodScheduled',
    } as unknown as PodCondition;
    status.conditions = [gated];
  }
}
