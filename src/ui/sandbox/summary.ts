/**
 * The picture's text alternative — "3 nodes, 5 pods: 4 Running, 1 Pending" — read out by a polite
 * live region as the cluster changes, and the cluster clock's display text.
 */
import type { ClusterView } from '../../sandbox/view';
import type { SandboxStrings } from './strings';

/** Pod counts by STATUS, most common first (ties by name), from the pods the picture shows. */
export function podCounts(view: ClusterView): { nodes: number; pods: number; byStatus: [string, number][] } {
  const counts = new Map<string, number>();
  let pods = 0;
  for (const pod of [...view.nodes.flatMap((n) => n.pods), ...view.unscheduled]) {
    pods++;
    counts.set(pod.status, (counts.get(pod.status) ?? 0) + 1);
  }
  const byStatus = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { nodes: view.nodes.length, pods, byStatus };
}

export function viewSummary(view: ClusterView, words: SandboxStrings): string {
  const { nodes, pods, byStatus } = podCounts(view);
  return words.summary(nodes, pods, byStatus);
}

/** The cluster's virtual time as the controls show it: UTC, as kubectl's timestamps are. */
export function clockText(ms: number): string {
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
}
