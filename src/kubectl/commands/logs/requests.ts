// Which containers `kubectl logs` reads (polymorphichelpers.logsForObject): one container of a pod
// (the -c one, the default-container annotation's, or the first with a "Defaulted container"
// notice), every container with --all-containers, every pod of a selector, or the best pod of a
// workload ("Found N pods, using pod/…" when there are several, unless --all-pods).

import type { Invocation } from '../../cli/command';
import { messageError, type KubectlError } from '../../cli/errors';
import {
  allContainerNames,
  byLogging,
  DEFAULT_CONTAINER_ANNOTATION,
  goTypeName,
  hasContainer,
  hasSeveralContainers,
  isError,
  podsForSelector,
  selectorForObject,
  type NamedObject,
  type PodObject,
} from '../pod-target';

export interface LogRequest {
  readonly namespace: string;
  readonly pod: string;
  readonly container: string;
}

export interface RequestOptions {
  /** -c or the second argument; '' when not given. */
  readonly container: string;
  readonly allContainers: boolean;
  readonly allPods: boolean;
  readonly timeoutMs: number;
}

/** The log requests for one pod. */
function forPod(inv: Invocation, pod: PodObject, opts: RequestOptions, quiet: boolean): LogRequest[] | KubectlError {
  const namespace = pod.metadata.namespace ?? inv.namespace;
  const name = pod.metadata.name ?? '';
  if (opts.allContainers) {
    const spec = pod.spec;
    return [...(spec?.initContainers ?? []), ...(spec?.containers ?? []), ...(spec?.ephemeralContainers ?? [])].map((c) => ({ namespace, pod: name, container: c.name }));
  }
  let container = opts.container;
  const annotated = pod.metadata.annotations?.[DEFAULT_CONTAINER_ANNOTATION] ?? '';
  if (container === '' && annotated !== '') {
    if (hasContainer(pod, annotated)) container = annotated;
    else inv.out.err(`Default container name "${annotated}" not found in pod ${name}\n`);
  }
  if (container === '') {
    container = pod.spec?.containers?.[0]?.name ?? '';
    if (hasSeveralContainers(pod) && !quiet) inv.out.err(`Defaulted container "${container}" out of: ${allContainerNames(pod)}\n`);
  }
  if (!hasContainer(pod, container)) return messageError(`container ${container} is not valid for pod ${name}`);
  return [{ namespace, pod: name, container }];
}

function forPods(inv: Invocation, pods: readonly PodObject[], opts: RequestOptions, quiet: boolean): LogRequest[] | KubectlError {
  const out: LogRequest[] = [];
  for (const pod of pods) {
    const reqs = forPod(inv, pod, opts, quiet);
    if (isError(reqs)) return reqs;
    out.push(...reqs);
  }
  return out;
}

/** A named object (pod or workload) or the pods a selector listed. */
export type LogSource = { readonly named: NamedObject } | { readonly pods: readonly PodObject[] };

export function logRequests(inv: Invocation, source: LogSource, opts: RequestOptions): LogRequest[] | KubectlError {
  if ('pods' in source) return forPods(inv, source.pods, opts, opts.allPods);
  const { named } = source;
  if (named.type.group === '' && named.type.kind === 'Pod') return forPod(inv, named.object as PodObject, opts, false);
  const selector = selectorForObject(named);
  if (typeof selector !== 'string') return messageError(`cannot get the logs from ${goTypeName(named.type)}: ${selector.error}`);
  const pods = podsForSelector(inv, named.object.metadata.namespace ?? inv.namespace, selector, opts.timeoutMs, byLogging);
  if (isError(pods)) return pods;
  const first = pods[0] as PodObject;
  if (pods.length > 1) {
    if (opts.allPods) return forPods(inv, pods, opts, true);
    inv.out.err(`Found ${pods.length} pods, using pod/${first.metadata.name ?? ''}\n`);
  }
  return forPod(inv, first, opts, opts.allPods);
}
