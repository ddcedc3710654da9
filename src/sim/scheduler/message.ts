import type { FilterFailure } from './filters';

/**
 * kube-scheduler's FitError text: counts per reason, sorted as strings, then the preemption
 * verdict per node (we never preempt; resolvable failures just find no victims).
 */
export function failedSchedulingMessage(nodeCount: number, failures: Map<string, FilterFailure>): string {
  const counts = new Map<string, number>();
  let unresolvable = 0;
  for (const f of failures.values()) {
    for (const r of f.reasons) counts.set(r, (counts.get(r) ?? 0) + 1);
    if (!f.resolvable) unresolvable++;
  }
  const reasons = [...counts.entries()].map(([r, n]) => `${n} ${r}`).sort();
  const head = `0/${nodeCount} nodes are available: ${reasons.join(', ')}.`;
  const pre: string[] = [];
  if (unresolvable > 0) pre.push(`${unresolvable} Preemption is not helpful for scheduling`);
  const resolvable = failures.size - unresolvable;
  if (resolvable > 0) pre.push(`${resolvable} No preemption victims found for incoming pod`);
  return `${head} preemption: 0/${nodeCount} nodes are available: ${pre.sort().join(', ')}.`;
}
