/**
 * The cluster picture as one sentence, for screen readers (a polite live region) and tests:
 * "3 nodes; 5 pods: 4 Running, 1 Pending; 1 service". Pure, DOM-free.
 */
import type { ClusterView } from '../../sandbox/view';

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

export function pictureSummary(view: ClusterView): string {
  const notReady = view.nodes.filter((n) => n.ready !== 'Ready').length;
  const cordoned = view.nodes.filter((n) => n.schedulingDisabled).length;
  const nodeNotes = [notReady > 0 ? `${notReady} NotReady` : '', cordoned > 0 ? `${cordoned} SchedulingDisabled` : ''].filter(Boolean);
  const nodes = plural(view.nodes.length, 'node') + (nodeNotes.length > 0 ? ` (${nodeNotes.join(', ')})` : '');

  const counts = new Map<string, number>();
  const pods = [...view.nodes.flatMap((n) => n.pods), ...view.unscheduled];
  for (const pod of pods) counts.set(pod.status, (counts.get(pod.status) ?? 0) + 1);
  const byStatus = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const podPart = pods.length === 0 ? 'no pods' : `${plural(pods.length, 'pod')}: ${byStatus.map(([s, n]) => `${n} ${s}`).join(', ')}`;
  const unscheduled = view.unscheduled.length > 0 ? ` (${view.unscheduled.length} not scheduled)` : '';

  const parts = [nodes, podPart + unscheduled, plural(view.services.length, 'service')];
  if (view.hidden.pods > 0) parts.push(`${plural(view.hidden.pods, `${view.hidden.namespaces.join(', ')} pod`)} not shown`);
  return parts.join('; ');
}
