/**
 * Which nodes a DaemonSet runs on (NodeShouldRunDaemonPod), and what its pods carry so the
 * scheduler puts them there and node problems do not evict them.
 */
import type { DaemonSet } from 'kubernetes-types/apps/v1';
import type { Affinity, Node, Pod, PodSpec, Toleration } from 'kubernetes-types/core/v1';
import { clone } from '../../api/object';
import { podMatchesNode, untoleratedTaint } from '../../scheduler/matching';

/**
 * The tolerations every daemon pod gets (AddOrUpdateDaemonPodTolerations): node problems do not
 * evict it and do not keep it off a node; network-unavailable only for host-network pods.
 */
export function daemonTolerations(spec: PodSpec): Toleration[] {
  const wanted: Toleration[] = [
    { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute' },
    { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute' },
    { key: 'node.kubernetes.io/disk-pressure', operator: 'Exists', effect: 'NoSchedule' },
    { key: 'node.kubernetes.io/memory-pressure', operator: 'Exists', effect: 'NoSchedule' },
    { key: 'node.kubernetes.io/pid-pressure', operator: 'Exists', effect: 'NoSchedule' },
    { key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' },
  ];
  if (spec.hostNetwork) wanted.push({ key: 'node.kubernetes.io/network-unavailable', operator: 'Exists', effect: 'NoSchedule' });
  let list = [...(spec.tolerations ?? [])];
  for (const t of wanted) {
    // AddOrUpdateTolerationInPodSpec: tolerations are unique by key, operator, value and effect.
    const same = (x: Toleration) => x.key === t.key && (x.operator ?? 'Equal') === t.operator && (x.value ?? '') === '' && x.effect === t.effect;
    const i = list.findIndex(same);
    if (i < 0) list.push(t);
    else if (list[i]?.tolerationSeconds !== undefined) list = list.map((x, j) => (j === i ? t : x));
  }
  return list;
}

/**
 * ReplaceDaemonSetPodNodeNameNodeAffinity: the pod's required node affinity becomes exactly
 * `metadata.name In [node]`, so the default scheduler can only place it there.
 */
export function affinityForNode(affinity: Affinity | undefined, node: string): Affinity {
  const required = { nodeSelectorTerms: [{ matchFields: [{ key: 'metadata.name', operator: 'In', values: [node] }] }] };
  const next = clone(affinity ?? {});
  next.nodeAffinity = { ...(next.nodeAffinity ?? {}), requiredDuringSchedulingIgnoredDuringExecution: required };
  return next;
}

/** The node a daemon pod is for: its nodeName, or the single name its node affinity allows. */
export function targetNodeName(pod: Pod): string | undefined {
  if (pod.spec?.nodeName) return pod.spec.nodeName;
  const terms = pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? [];
  const fields = terms.length === 1 ? terms[0]?.matchFields ?? [] : [];
  const f = fields.length === 1 ? fields[0] : undefined;
  if (f?.key !== 'metadata.name' || f.operator !== 'In' || f.values?.length !== 1) return undefined;
  return f.values[0];
}

export interface NodeFit {
  /** A daemon pod should be created here. */
  shouldRun: boolean;
  /** A daemon pod already here may stay (it tolerates every NoExecute taint). */
  shouldContinueRunning: boolean;
}

/** NodeShouldRunDaemonPod: node name, nodeSelector and node affinity, then taints. */
export function nodeShouldRunDaemonPod(node: Node, ds: DaemonSet): NodeFit {
  const name = node.metadata?.name ?? '';
  const spec = ds.spec?.template?.spec ?? { containers: [] };
  if (spec.nodeName && spec.nodeName !== name) return { shouldRun: false, shouldContinueRunning: false };
  const pod: Pod = { spec: { ...spec, tolerations: daemonTolerations(spec) } };
  if (!podMatchesNode(pod, node.metadata?.labels ?? {}, name)) return { shouldRun: false, shouldContinueRunning: false };
  const taints = node.spec?.taints ?? [];
  const tolerations = pod.spec?.tolerations ?? [];
  if (!untoleratedTaint(taints, tolerations)) return { shouldRun: true, shouldContinueRunning: true };
  const noExecute = taints.filter((t) => t.effect === 'NoExecute');
  return { shouldRun: false, shouldContinueRunning: !untoleratedTaint(noExecute, tolerations) };
}
