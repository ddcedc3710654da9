import type { Pod } from 'kubernetes-types/core/v1';
import { parseTimestamp } from '../runtime';
import { isPodReady, readyCondition, totalRestarts } from './pods';

const PHASE_RANK: Record<string, number> = { Pending: 0, Unknown: 1, Running: 2 };

/**
 * Orders pods the way a ReplicaSet picks which to delete on scale-down: the first ones are the
 * cheapest to lose (unscheduled, pending, not ready, doubled-up on a node, recently ready,
 * restarting a lot, newest). Ties fall back to the uid, which is as good as random.
 */
export function sortScaleDownVictims(pods: Pod[], now: number): Pod[] {
  const perNode = new Map<string, number>();
  for (const p of pods) {
    const node = p.spec?.nodeName;
    if (node) perNode.set(node, (perNode.get(node) ?? 0) + 1);
  }
  const rank = (p: Pod) => (p.spec?.nodeName ? perNode.get(p.spec.nodeName) ?? 0 : 0);
  const log2 = (ms: number) => (ms <= 0 ? 0 : Math.floor(Math.log2(ms / 1000 + 1)));
  return [...pods].sort((a, b) => {
    const sa = a.spec?.nodeName ? 1 : 0;
    const sb = b.spec?.nodeName ? 1 : 0;
    if (sa !== sb) return sa - sb;
    const pa = PHASE_RANK[a.status?.phase ?? 'Pending'] ?? 0;
    const pb = PHASE_RANK[b.status?.phase ?? 'Pending'] ?? 0;
    if (pa !== pb) return pa - pb;
    const ra = isPodReady(a) ? 1 : 0;
    const rb = isPodReady(b) ? 1 : 0;
    if (ra !== rb) return ra - rb;
    const ca = deletionCost(a);
    const cb = deletionCost(b);
    if (ca !== cb) return ca - cb;
    if (rank(a) !== rank(b)) return rank(b) - rank(a);
    if (ra === 1 && rb === 1) {
      const ta = log2(now - (parseTimestamp(readyCondition(a)?.lastTransitionTime) ?? now));
      const tb = log2(now - (parseTimestamp(readyCondition(b)?.lastTransitionTime) ?? now));
      if (ta !== tb) return ta - tb;
    }
    const rsa = totalRestarts(a);
    const rsb = totalRestarts(b);
    if (rsa !== rsb) return rsb - rsa;
    const aa = log2(now - (parseTimestamp(a.metadata?.creationTimestamp) ?? now));
    const ab = log2(now - (parseTimestamp(b.metadata?.creationTimestamp) ?? now));
    if (aa !== ab) return aa - ab;
    const ua = a.metadata?.uid ?? '';
    const ub = b.metadata?.uid ?? '';
    return ua < ub ? -1 : ua > ub ? 1 : 0;
  });
}

function deletionCost(p: Pod): number {
  const v = Number(p.metadata?.annotations?.['controller.kubernetes.io/pod-deletion-cost'] ?? 0);
  return Number.isFinite(v) ? v : 0;
}
