// What logs, exec and port-forward share: the one object named by `POD` or `TYPE/NAME` (the
// builder's ResourceNames("pods", arg)), the pod a workload or service stands for (kubectl's
// polymorphichelpers: SelectorsForObject, GetFirstPod with its sort orders and its wait for a
// first pod), the --pod-running-timeout flag, and the kubelet that serves logs and exec.

import type { Pod } from 'kubernetes-types/core/v1';
import { labelSelectorFromObject, selectorFromMap, selectorToString } from '../../sim/api/labels';
import type { KubeObject } from '../../sim/api/object';
import { typeForKey, type ResourceType } from '../../sim/api/registry';
import type { KubeletComponent } from '../../sim/kubelet';
import type { Cluster } from '../../sim/cluster';
import type { Invocation } from '../cli/command';
import { messageError, statusError, usageError, type KubectlError } from '../cli/errors';
import type { FlagSpec } from '../cli/flags';
import { buildPlan, isPlan } from '../resources/builder';
import { visitPlan } from '../resources/visit';

export type PodObject = Pod & KubeObject;

export const podRunningTimeoutFlag = (defaultMs: number): FlagSpec => ({
  name: 'pod-running-timeout',
  type: 'duration',
  default: defaultMs,
  usage: 'How long to wait for a first pod to show up when a workload or service has none yet (e.g. 5s, 2m; above zero).',
});

/** cmdutil.GetPodRunningTimeoutFlag; `asUsage` adds the "See … -h" line as exec and port-forward do. */
export function podRunningTimeout(inv: Invocation, asUsage: boolean): number | KubectlError {
  const ms = inv.flags.number('pod-running-timeout');
  if (ms > 0) return ms;
  const text = '--pod-running-timeout must be higher than zero';
  return asUsage ? usageError(inv.commandPath, text) : messageError(text);
}

export const isError = (v: unknown): v is KubectlError =>
  typeof v === 'object' && v !== null && 'kind' in v && ['status', 'message', 'raw', 'aggregate', 'exit'].includes((v as { kind: string }).kind) && !('apiVersion' in v);

/** The kubelets of the cluster, or undefined in a cluster wired without them (some tests). */
export function kubeletOf(cluster: Cluster): KubeletComponent | undefined {
  try {
    return cluster.component<KubeletComponent>('kubelet');
  } catch {
    return undefined;
  }
}

/** Lets virtual time pass in steps until `probe` answers or `timeoutMs` has passed; without a clock hook it asks once. */
export function waitFor<T>(inv: Invocation, timeoutMs: number, stepMs: number, probe: () => T | undefined): T | undefined {
  const first = probe();
  if (first !== undefined || !inv.ctx.wait) return first;
  for (let waited = 0; waited < timeoutMs; ) {
    const step = Math.min(stepMs, timeoutMs - waited);
    inv.ctx.wait(step);
    waited += step;
    const found = probe();
    if (found !== undefined) return found;
  }
  return undefined;
}

export interface NamedObject {
  readonly type: ResourceType;
  readonly object: KubeObject;
}

/** The builder with ResourceNames("pods", arg): `web` is a pod, `deploy/web` a deployment. */
export function namedObject(inv: Invocation, arg: string): NamedObject | KubectlError {
  const plan = buildPlan({ types: inv.cluster.api.types.all(), args: arg.includes('/') ? [arg] : ['pods', arg], namespace: inv.namespace, allNamespaces: false, allowEmptySelector: false });
  if (!isPlan(plan)) return plan;
  const result = visitPlan(plan, inv.cluster, { namespace: inv.namespace, allNamespaces: false }, inv.out);
  if (result.errors.length > 0) return result.errors[0] as KubectlError;
  const info = result.infos[0];
  const object = info?.objects[0];
  if (!info || !object) return messageError('expected a resource');
  return { type: info.type, object };
}

/** The Go type kubectl names in its messages: `*v1.ConfigMap`, `*v2.HorizontalPodAutoscaler`. */
export const goTypeName = (t: ResourceType): string => `*${t.version}.${t.kind}`;

/** polymorphichelpers.SelectorsForObject: the label selector of a workload's or a service's pods. */
export function selectorForObject(named: NamedObject): string | { error: string } {
  const { type, object } = named;
  const spec = object['spec'] as { selector?: unknown } | undefined;
  const key = `${type.group}/${type.kind}`;
  if (key === '/ReplicationController') return selectorToString(selectorFromMap(spec?.selector as Record<string, string> | undefined));
  if (key === '/Service') {
    const sel = spec?.selector as Record<string, string> | undefined;
    if (!sel || Object.keys(sel).length === 0) return { error: `invalid service '${object.metadata.name ?? ''}': Service is defined without a selector` };
    return selectorToString(selectorFromMap(sel));
  }
  if (['apps/ReplicaSet', 'apps/StatefulSet', 'apps/DaemonSet', 'apps/Deployment', 'batch/Job'].includes(key)) {
    const parsed = labelSelectorFromObject(spec?.selector as never);
    if (!parsed.ok) return { error: `invalid label selector: ${parsed.message}` };
    return selectorToString(parsed.selector);
  }
  return { error: `selector for ${goTypeName(type)} not implemented` };
}

const isReady = (p: Pod): boolean => p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
const readyTime = (p: Pod): number => {
  const c = p.status?.conditions?.find((x) => x.type === 'Ready' && x.status === 'True');
  return c?.lastTransitionTime ? Date.parse(c.lastTransitionTime) : 0;
};
const created = (p: PodObject): number => (p.metadata.creationTimestamp ? Date.parse(p.metadata.creationTimestamp) : 0);
const maxRestarts = (p: Pod): number => Math.max(0, ...(p.status?.containerStatuses ?? []).map((c) => c.restartCount ?? 0));
/** afterOrZero(a, b): a is after b, a zero time counting as after any other. */
const afterOrZero = (a: number, b: number): boolean => (a === 0 || b === 0 ? a === 0 : a > b);

/** podutils.ByLogging: the pod whose logs are most worth reading first. */
export function byLogging(a: PodObject, b: PodObject): boolean {
  const an = a.spec?.nodeName ?? '';
  const bn = b.spec?.nodeName ?? '';
  if (an !== bn && (an === '' || bn === '')) return an !== '';
  const rank: Record<string, number> = { Running: 0, Unknown: 1, Pending: 2 };
  const ra = rank[a.status?.phase ?? ''] ?? 0;
  const rb = rank[b.status?.phase ?? ''] ?? 0;
  if (ra !== rb) return ra < rb;
  if (isReady(a) !== isReady(b)) return isReady(a);
  if (isReady(a) && isReady(b) && readyTime(a) !== readyTime(b)) return afterOrZero(readyTime(b), readyTime(a));
  if (maxRestarts(a) !== maxRestarts(b)) return maxRestarts(a) > maxRestarts(b);
  if (created(a) !== created(b)) return afterOrZero(created(b), created(a));
  return false;
}

/** sort.Reverse(podutils.ActivePods): the most established pod first (what exec and port-forward pick). */
export function byActiveReversed(a: PodObject, b: PodObject): boolean {
  return activeLess(b, a);
}

function activeLess(a: PodObject, b: PodObject): boolean {
  const an = a.spec?.nodeName ?? '';
  const bn = b.spec?.nodeName ?? '';
  if (an !== bn && (an === '' || bn === '')) return an === '';
  const rank: Record<string, number> = { Pending: 0, Unknown: 1, Running: 2 };
  const ra = rank[a.status?.phase ?? ''] ?? 0;
  const rb = rank[b.status?.phase ?? ''] ?? 0;
  if (ra !== rb) return ra < rb;
  if (isReady(a) !== isReady(b)) return !isReady(a);
  const ad = a.metadata.deletionTimestamp ? Date.parse(a.metadata.deletionTimestamp) : undefined;
  const bd = b.metadata.deletionTimestamp ? Date.parse(b.metadata.deletionTimestamp) : undefined;
  if ((ad === undefined) !== (bd === undefined)) return ad !== undefined;
  if (ad !== undefined && bd !== undefined && ad !== bd) return ad < bd;
  if (isReady(a) && isReady(b) && readyTime(a) !== readyTime(b)) return afterOrZero(readyTime(a), readyTime(b));
  if (maxRestarts(a) !== maxRestarts(b)) return maxRestarts(a) > maxRestarts(b);
  if (created(a) !== created(b)) return afterOrZero(created(a), created(b));
  return false;
}

/** A stable sort by a Go-style less function (Go's sort is not stable; ties keep list order here). */
export function sortPods(pods: readonly PodObject[], less: (a: PodObject, b: PodObject) => boolean): PodObject[] {
  return pods
    .map((p, i) => [p, i] as const)
    .sort(([a, i], [b, j]) => (less(a, b) ? -1 : less(b, a) ? 1 : i - j))
    .map(([p]) => p);
}

/**
 * GetPodList: the pods matching `selector`, sorted; when there are none yet it waits (in virtual
 * time, up to `timeoutMs`) for a first one, and fails with client-go's watch timeout after that.
 */
export function podsForSelector(
  inv: Invocation,
  namespace: string,
  selector: string,
  timeoutMs: number,
  less: (a: PodObject, b: PodObject) => boolean,
): PodObject[] | KubectlError {
  const list = (): PodObject[] | KubectlError => {
    const res = inv.cluster.api.list(typeForKey('pods') as ResourceType, { namespace, ...(selector ? { labelSelector: selector } : {}) });
    if (!res.ok) return statusError(res.status);
    return res.object as PodObject[];
  };
  const now = list();
  if (isError(now) || now.length > 0) return isError(now) ? now : sortPods(now, less);
  const found = waitFor(inv, timeoutMs, 1000, () => {
    const pods = list();
    return isError(pods) || pods.length > 0 ? pods : undefined;
  });
  if (found === undefined) return messageError('timed out waiting for the condition');
  if (isError(found)) return found;
  // The watch reports the first pod that shows up.
  return [found[0] as PodObject];
}

/** attachablePodForObject: the pod itself, or the most established pod of a workload or service. */
export function attachablePod(inv: Invocation, named: NamedObject, timeoutMs: number): PodObject | KubectlError {
  if (named.type.group === '' && named.type.kind === 'Pod') return named.object as PodObject;
  const selector = selectorForObject(named);
  if (typeof selector !== 'string') return messageError(`cannot attach to ${goTypeName(named.type)}: ${selector.error}`);
  const pods = podsForSelector(inv, named.object.metadata.namespace ?? inv.namespace, selector, timeoutMs, byActiveReversed);
  return isError(pods) ? pods : (pods[0] as PodObject);
}

/** podcmd.AllContainerNames: regular, then ephemeral "(ephem)", then init "(init)". */
export function allContainerNames(pod: Pod): string {
  return [
    ...(pod.spec?.containers ?? []).map((c) => c.name),
    ...(pod.spec?.ephemeralContainers ?? []).map((c) => `${c.name} (ephem)`),
    ...(pod.spec?.initContainers ?? []).map((c) => `${c.name} (init)`),
  ].join(', ');
}

/** podcmd.FindContainerByName: regular, init or ephemeral. */
export function hasContainer(pod: Pod, name: string): boolean {
  return [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? []), ...(pod.spec?.ephemeralContainers ?? [])].some((c) => c.name === name);
}

/** Several containers to choose from: kubectl then says which one it defaulted to. */
export const hasSeveralContainers = (pod: Pod): boolean =>
  (pod.spec?.containers ?? []).length > 1 || (pod.spec?.initContainers ?? []).length > 0 || (pod.spec?.ephemeralContainers ?? []).length > 0;

export const DEFAULT_CONTAINER_ANNOTATION = 'kubectl.kubernetes.io/default-container';
