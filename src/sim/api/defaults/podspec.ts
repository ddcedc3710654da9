import type { Container, Pod, PodSpec, PodTemplateSpec } from 'kubernetes-types/core/v1';
import { defaultContainer } from './container';
import { statusOf, templateMetadata } from './types';
import { defaultVolume } from './volumes';

/**
 * Defaults of every pod spec — a pod's and every template's (Deployment, Job, CronJob…).
 * Pod-only defaults live in `defaultPod`, so templates look exactly as a real cluster shows them.
 */
export function defaultPodSpec(spec: PodSpec): void {
  spec.dnsPolicy ||= 'ClusterFirst';
  spec.restartPolicy ||= 'Always';
  spec.securityContext ??= {};
  spec.terminationGracePeriodSeconds ??= 30;
  spec.schedulerName ||= 'default-scheduler';
  mirrorServiceAccount(spec);
  for (const volume of spec.volumes ?? []) defaultVolume(volume);
  for (const c of spec.initContainers ?? []) defaultContainer(c);
  for (const c of spec.containers ?? []) defaultContainer(c);
  for (const c of spec.ephemeralContainers ?? []) defaultContainer(c as Container);
}

/** A pod template: its spec, and its metadata, which serialises as `metadata: {}` when empty. */
export function defaultPodTemplateSpec(template: PodTemplateSpec): void {
  templateMetadata(template);
  defaultPodSpec((template.spec ??= { containers: [] }));
}

/** A Pod object: the pod-spec defaults plus the ones that only pods get. */
export function defaultPod(pod: Pod): void {
  const spec = (pod.spec ??= { containers: [] });
  for (const c of [...(spec.containers ?? []), ...(spec.initContainers ?? [])]) defaultRequestsFromLimits(c);
  spec.enableServiceLinks ??= true;
  if (spec.hostNetwork) {
    for (const c of [...(spec.containers ?? []), ...(spec.initContainers ?? [])]) {
      for (const port of c.ports ?? []) port.hostPort ||= port.containerPort;
    }
  }
  // Feature gate PodLevelResources (beta, on by default since v1.34) also derives pod-level
  // requests/limits when `spec.resources` is partly set; not modelled (needs quantity sums).
  defaultPodSpec(spec);
  statusOf(pod, () => ({}));
}

/** A container that sets limits but no request for a resource requests exactly its limit. */
function defaultRequestsFromLimits(c: Container): void {
  const limits = c.resources?.limits;
  if (!c.resources || !limits || Object.keys(limits).length === 0) return;
  const requests = (c.resources.requests ??= {});
  for (const [name, quantity] of Object.entries(limits)) {
    if (!(name in requests)) requests[name] = quantity;
  }
}

/**
 * `serviceAccount` is the deprecated alias of `serviceAccountName`: the API server reads it only
 * when the new field is empty, and always writes it back equal to the new field.
 */
function mirrorServiceAccount(spec: PodSpec): void {
  if (!spec.serviceAccountName && spec.serviceAccount) spec.serviceAccountName = spec.serviceAccount;
  if (spec.serviceAccountName) spec.serviceAccount = spec.serviceAccountName;
  else delete spec.serviceAccount;
}
