/**
 * A StatefulSet pod's stable identity: its name `<set>-<ordinal>`, its labels, hostname and
 * subdomain (for DNS `web-0.nginx.<ns>.svc.cluster.local`), and its claims `<template>-<set>-<ordinal>`.
 */
import type { StatefulSet } from 'kubernetes-types/apps/v1';
import type { PersistentVolumeClaim, Pod, PodTemplateSpec, Volume } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../api/object';
import { podFromTemplate } from '../../workloads/pods';
import { CONTROLLER_REVISION_HASH } from '../revisions';

export type StatefulSetObject = StatefulSet & KubeObject;
export type PodObject = Pod & KubeObject;

export const POD_NAME_LABEL = 'statefulset.kubernetes.io/pod-name';
export const POD_INDEX_LABEL = 'apps.kubernetes.io/pod-index';

const ORDINAL_NAME = /^(.*)-([0-9]+)$/;

/** The set a pod's name says it belongs to, and its ordinal (-1 when the name has none). */
export function parentAndOrdinal(pod: { metadata?: { name?: string } }): { parent: string; ordinal: number } {
  const m = ORDINAL_NAME.exec(pod.metadata?.name ?? '');
  if (!m) return { parent: '', ordinal: -1 };
  const ordinal = Number(m[2]);
  return { parent: m[1] ?? '', ordinal: ordinal <= 0x7fffffff ? ordinal : -1 };
}

export function ordinalOf(pod: { metadata?: { name?: string } }): number {
  return parentAndOrdinal(pod).ordinal;
}

export function isMemberOf(set: StatefulSetObject, pod: Pod): boolean {
  return parentAndOrdinal(pod).parent === set.metadata.name;
}

export function startOrdinal(set: StatefulSet): number {
  return set.spec?.ordinals?.start ?? 0;
}

export function replicaCount(set: StatefulSet): number {
  return set.spec?.replicas ?? 1;
}

export function inOrdinalRange(set: StatefulSet, pod: Pod): boolean {
  const ord = ordinalOf(pod);
  return ord >= startOrdinal(set) && ord < startOrdinal(set) + replicaCount(set);
}

export function podName(set: StatefulSetObject, ordinal: number): string {
  return `${set.metadata.name}-${ordinal}`;
}

export function claimName(set: StatefulSetObject, template: string, ordinal: number): string {
  return `${template}-${set.metadata.name}-${ordinal}`;
}

export function revisionOf(pod: Pod): string {
  return pod.metadata?.labels?.[CONTROLLER_REVISION_HASH] ?? '';
}

/** identityMatches: the pod's name, namespace and pod-name label are those of its ordinal. */
export function identityMatches(set: StatefulSetObject, pod: Pod): boolean {
  const { parent, ordinal } = parentAndOrdinal(pod);
  return (
    ordinal >= 0 &&
    parent === set.metadata.name &&
    pod.metadata?.namespace === set.metadata.namespace &&
    pod.metadata?.labels?.[POD_NAME_LABEL] === pod.metadata?.name
  );
}

/** The identity labels (updateIdentity), added to whatever labels the pod has. */
export function identityLabels(set: StatefulSetObject, ordinal: number): Record<string, string> {
  return { [POD_NAME_LABEL]: podName(set, ordinal), [POD_INDEX_LABEL]: String(ordinal) };
}

/**
 * The claims a pod of `ordinal` uses, one per volumeClaimTemplate: the template's metadata and
 * spec under the pod's claim name, labelled with the template's labels and the set's selector labels.
 */
export function claimsFor(set: StatefulSetObject, ordinal: number): KubeObject[] {
  const selectorLabels = set.spec?.selector?.matchLabels ?? {};
  return (set.spec?.volumeClaimTemplates ?? []).map((t: PersistentVolumeClaim) => {
    const meta = t.metadata ?? {};
    const claim: KubeObject = {
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: {
        name: claimName(set, meta.name ?? '', ordinal),
        namespace: set.metadata.namespace ?? 'default',
        labels: { ...(meta.labels ?? {}), ...selectorLabels },
      },
      spec: JSON.parse(JSON.stringify(t.spec ?? {})) as object,
    };
    if (meta.annotations) claim.metadata.annotations = { ...meta.annotations };
    return claim;
  });
}

/**
 * newVersionedStatefulSetPod: the pod of `ordinal` from `template` at `revision`, with its
 * identity and its claims mounted in place of template volumes of the same names.
 */
export function newStatefulSetPod(set: StatefulSetObject, template: PodTemplateSpec, revision: string, ordinal: number): PodObject {
  const pod = podFromTemplate(template, set, `${set.metadata.name}-`) as PodObject;
  const name = podName(set, ordinal);
  pod.metadata.name = name;
  pod.metadata.labels = { ...(pod.metadata.labels ?? {}), ...identityLabels(set, ordinal), [CONTROLLER_REVISION_HASH]: revision };
  const spec = pod.spec ?? { containers: [] };
  spec.hostname = name;
  if (set.spec?.serviceName) spec.subdomain = set.spec.serviceName;
  const templates = set.spec?.volumeClaimTemplates ?? [];
  if (templates.length > 0) {
    const claimVolumes: Volume[] = templates.map((t) => ({
      name: t.metadata?.name ?? '',
      persistentVolumeClaim: { claimName: claimName(set, t.metadata?.name ?? '', ordinal) },
    }));
    const taken = new Set(claimVolumes.map((v) => v.name));
    spec.volumes = [...claimVolumes, ...(spec.volumes ?? []).filter((v) => !taken.has(v.name))];
  }
  pod.spec = spec;
  return pod;
}
