import type { Node, Pod } from 'kubernetes-types/core/v1';
import { controllerRef } from '../api/object';
import type { KubeObject } from '../api/object';
import { POD_BY_CONTROLLER } from '../store/indexes';
import type { FilterContext } from './filters';
import { podsMatching } from './filters';
import { matchesNodeSelectorTerm } from './matching';
import { allocatableOf, podRequestsOf } from './requests';

/** Requests assumed for a container that states none, so BestEffort pods still spread (as upstream). */
const DEFAULT_CPU_MILLI = 100;
const DEFAULT_MEMORY = 200 * 1024 * 1024;

/**
 * Scores feasible nodes 0–100 per plugin and sums them with the default weights: least allocated
 * resources, spreading a controller's pods, preferred node affinity and preferred (anti-)affinity.
 * The scores are in the order of `nodes`.
 */
export function scoreNodes(pod: Pod, nodes: Node[], fc: FilterContext): number[] {
  // By position in `nodes` (a Map per attempt would be built for every pod placed).
  const scores: number[] = [];
  const req = podRequestsOf(pod);
  const cpu = req.cpuMilli || DEFAULT_CPU_MILLI;
  const mem = req.memoryBytes || DEFAULT_MEMORY;
  const siblings = siblingsPerNode(pod, fc);
  let maxSiblings = 0;
  // Indexed loops: iterator steps allocate wherever this runs before V8 optimises it (the first
  // few thousand pods of a scale-up).
  for (let i = 0; i < nodes.length; i++) maxSiblings = Math.max(maxSiblings, siblings.get((nodes[i] as Node).metadata?.name ?? '') ?? 0);
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as Node;
    const name = node.metadata?.name ?? '';
    const alloc = allocatableOf(node.status);
    const used = fc.usage(name);
    const cpuFree = alloc.cpuMilli > 0 ? Math.max(0, alloc.cpuMilli - used.cpuMilli - cpu) / alloc.cpuMilli : 0;
    const memFree = alloc.memoryBytes > 0 ? Math.max(0, alloc.memoryBytes - used.memoryBytes - mem) / alloc.memoryBytes : 0;
    let score = Math.floor(((cpuFree + memFree) / 2) * 100);
    const mine = siblings.get(name) ?? 0;
    score += 2 * (maxSiblings === 0 ? 100 : Math.floor(((maxSiblings - mine) * 100) / maxSiblings));
    score += preferredNodeAffinity(pod, node);
    score += preferredPodAffinity(pod, node, fc);
    scores.push(score);
  }
  return scores;
}

function siblingsPerNode(pod: Pod, fc: FilterContext): ReadonlyMap<string, number> {
  const ref = controllerRef(pod as KubeObject);
  if (!ref) return new Map();
  if (fc.siblings) return fc.siblings(ref.uid);
  const counts = new Map<string, number>();
  for (const p of fc.store.byIndex('pods', POD_BY_CONTROLLER, ref.uid) as unknown as Pod[]) {
    const node = p.spec?.nodeName;
    if (node && !p.metadata?.deletionTimestamp) counts.set(node, (counts.get(node) ?? 0) + 1);
  }
  return counts;
}

function preferredNodeAffinity(pod: Pod, node: Node): number {
  const terms = pod.spec?.affinity?.nodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution;
  if (!terms) return 0;
  let sum = 0;
  for (const t of terms) if (matchesNodeSelectorTerm(t.preference, node.metadata?.labels ?? {}, node.metadata?.name ?? '')) sum += t.weight;
  return sum;
}

function preferredPodAffinity(pod: Pod, node: Node, fc: FilterContext): number {
  const aff = pod.spec?.affinity;
  if (!aff?.podAffinity && !aff?.podAntiAffinity) return 0;
  return preferredPodAffinityTerms(pod, node, fc);
}

/**
 * The scoring itself, apart: its closures capture the arguments, and a function whose arguments
 * are captured allocates their context on every call, also on the early return above (asked for
 * every node at every attempt).
 */
function preferredPodAffinityTerms(pod: Pod, node: Node, fc: FilterContext): number {
  const aff = pod.spec?.affinity;
  let sum = 0;
  const labels = node.metadata?.labels ?? {};
  const inDomain = (p: Pod, key: string) => {
    const n = fc.nodes.find((x) => x.metadata?.name === p.spec?.nodeName);
    return labels[key] !== undefined && n?.metadata?.labels?.[key] === labels[key];
  };
  for (const w of aff?.podAffinity?.preferredDuringSchedulingIgnoredDuringExecution ?? []) {
    if (podsMatching(pod, w.podAffinityTerm, fc).some((p) => inDomain(p, w.podAffinityTerm.topologyKey))) sum += w.weight;
  }
  for (const w of aff?.podAntiAffinity?.preferredDuringSchedulingIgnoredDuringExecution ?? []) {
    if (podsMatching(pod, w.podAffinityTerm, fc).some((p) => inDomain(p, w.podAffinityTerm.topologyKey))) sum -= w.weight;
  }
  return sum;
}
