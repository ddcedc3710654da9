import type { Node, Pod, PodAffinityTerm, Toleration } from 'kubernetes-types/core/v1';
import type { ObjectStore } from '../store/store';
import { POD_BY_NODE } from '../store/indexes';
import { podMatchesNode, selectorMatches, untoleratedTaint } from './matching';
import type { NodeUsage } from './node-info';
import { allocatableOf, podRequestsOf } from './requests';

/**
 * One node's verdict. `resolvable` says whether evicting other pods could ever help (preemption),
 * which decides the second half of the FailedScheduling message.
 */
export interface FilterFailure {
  reasons: string[];
  resolvable: boolean;
}

export interface FilterContext {
  store: ObjectStore;
  nodes: Node[];
  usage(node: string): NodeUsage;
  /** Bound, not-deleting pods of a controller per node; without it, scoring counts them from the store. */
  siblings?(controllerUid: string): ReadonlyMap<string, number>;
}

const NONE: readonly never[] = [];

/** Runs the default profile's filters in kube-scheduler's order; the first that fails decides. */
export function filterNode(pod: Pod, node: Node, fc: FilterContext): FilterFailure | undefined {
  // Asked for every node at every attempt: no allocation on the way to a yes.
  const name = node.metadata?.name ?? '';
  const tolerations = pod.spec?.tolerations ?? NONE;
  if (node.spec?.unschedulable && !toleratesUnschedulable(tolerations)) {
    return { reasons: ['node(s) were unschedulable'], resolvable: false };
  }
  const taints = node.spec?.taints;
  const taint = taints ? untoleratedTaint(taints, tolerations) : undefined;
  if (taint) return { reasons: [`node(s) had untolerated taint {${taint.key}: ${taint.value ?? ''}}`], resolvable: false };
  const spec = pod.spec;
  if ((spec?.nodeSelector || spec?.affinity?.nodeAffinity) && !podMatchesNode(pod, node.metadata?.labels ?? {}, name)) {
    return { reasons: ["node(s) didn't match Pod's node affinity/selector"], resolvable: false };
  }
  const ports = hostPortConflict(pod, name, fc.store);
  if (ports) return { reasons: ["node(s) didn't have free ports for the requested pod ports"], resolvable: true };
  const fit = resourceFit(pod, node, fc.usage(name));
  if (fit) return { reasons: fit, resolvable: true };
  if (!spec?.affinity) return undefined;
  const affinity = interPodAffinity(pod, node, fc);
  if (affinity) return { reasons: [affinity], resolvable: affinity.includes('anti-affinity') };
  return undefined;
}

function toleratesUnschedulable(tolerations: readonly Toleration[]): boolean {
  for (const t of tolerations) {
    if ((t.key === 'node.kubernetes.io/unschedulable' || (t.operator === 'Exists' && !t.key)) && (!t.effect || t.effect === 'NoSchedule')) return true;
  }
  return false;
}

/** What does not fit, or undefined when everything does (asked for every node at every attempt). */
function resourceFit(pod: Pod, node: Node, used: NodeUsage): string[] | undefined {
  const alloc = allocatableOf(node.status);
  const req = podRequestsOf(pod);
  const tooMany = used.pods + 1 > alloc.pods;
  const cpu = req.cpuMilli > 0 && used.cpuMilli + req.cpuMilli > alloc.cpuMilli;
  const memory = req.memoryBytes > 0 && used.memoryBytes + req.memoryBytes > alloc.memoryBytes;
  if (!tooMany && !cpu && !memory) return undefined;
  const out: string[] = [];
  if (tooMany) out.push('Too many pods');
  if (cpu) out.push('Insufficient cpu');
  if (memory) out.push('Insufficient memory');
  return out;
}

/** Host ports per pod spec object (stored specs never change): asked once per node per scheduling attempt. */
const HOST_PORTS = new WeakMap<object, string[]>();

let lastSpec: object | undefined;
let lastPorts: string[] = [];

function hostPortsOf(pod: Pod): string[] {
  const spec = pod.spec;
  // One pod is filtered against every node in a row: its answer is kept at hand.
  if (spec !== undefined && spec === lastSpec) return lastPorts;
  const known = spec ? HOST_PORTS.get(spec) : undefined;
  if (known) {
    lastSpec = spec;
    lastPorts = known;
    return known;
  }
  // Most pods ask for no host port: found out with a loop, and not remembered per spec (a weak map
  // entry per pod costs more than the loop).
  let any = false;
  for (const c of spec?.containers ?? []) for (const p of c.ports ?? []) if (p.hostPort) any = true;
  let wanted = NONE_WANTED;
  if (any) {
    wanted = (spec?.containers ?? []).flatMap((c) => (c.ports ?? []).filter((p) => p.hostPort).map((p) => `${p.protocol ?? 'TCP'}/${p.hostPort}`));
    if (spec) HOST_PORTS.set(spec, wanted);
  }
  if (spec) {
    lastSpec = spec;
    lastPorts = wanted;
  }
  return wanted;
}

const NONE_WANTED: string[] = [];

function hostPortConflict(pod: Pod, node: string, store: ObjectStore): boolean {
  const wanted = hostPortsOf(pod);
  if (wanted.length === 0) return false;
  for (const other of store.byIndex('pods', POD_BY_NODE, node) as unknown as Pod[]) {
    for (const c of other.spec?.containers ?? []) {
      for (const p of c.ports ?? []) if (p.hostPort && wanted.includes(`${p.protocol ?? 'TCP'}/${p.hostPort}`)) return true;
    }
  }
  return false;
}

/** Required pod affinity and anti-affinity, by topology domain (node label `topologyKey`). */
function interPodAffinity(pod: Pod, node: Node, fc: FilterContext): string | undefined {
  const aff = pod.spec?.affinity;
  const required = aff?.podAffinity?.requiredDuringSchedulingIgnoredDuringExecution ?? [];
  const anti = aff?.podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution ?? [];
  if (required.length === 0 && anti.length === 0) return undefined;
  const nodeLabels = node.metadata?.labels ?? {};
  for (const term of required) {
    const domain = nodeLabels[term.topologyKey];
    const matching = podsMatching(pod, term, fc);
    // The first pod of a group that selects itself may go anywhere.
    if (matching.length === 0 && selectorMatches(term.labelSelector, pod.metadata?.labels)) continue;
    if (domain === undefined || !matching.some((p) => sameDomain(p, term.topologyKey, domain, fc))) return "node(s) didn't match pod affinity rules";
  }
  for (const term of anti) {
    const domain = nodeLabels[term.topologyKey];
    if (domain === undefined) continue;
    if (podsMatching(pod, term, fc).some((p) => sameDomain(p, term.topologyKey, domain, fc))) return "node(s) didn't match pod anti-affinity rules";
  }
  return undefined;
}

export function podsMatching(pod: Pod, term: PodAffinityTerm, fc: FilterContext): Pod[] {
  const namespaces = term.namespaces?.length ? term.namespaces : [pod.metadata?.namespace ?? 'default'];
  const out: Pod[] = [];
  for (const ns of namespaces) {
    for (const p of fc.store.list('pods', ns) as unknown as Pod[]) {
      if (p.spec?.nodeName && !p.metadata?.deletionTimestamp && selectorMatches(term.labelSelector, p.metadata?.labels)) out.push(p);
    }
  }
  return out;
}

function sameDomain(p: Pod, key: string, domain: string, fc: FilterContext): boolean {
  const n = fc.nodes.find((x) => x.metadata?.name === p.spec?.nodeName);
  return n?.metadata?.labels?.[key] === domain;
}
