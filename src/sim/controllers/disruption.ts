import type { Pod } from 'kubernetes-types/core/v1';
import type { Condition } from 'kubernetes-types/meta/v1';
import type { PodDisruptionBudgetStatus } from 'kubernetes-types/policy/v1';
import { rfc3339 } from '../../lib/duration';
import { DISRUPTED_POD_TIMEOUT_MS, disruptionFigures, podsOfBudget, type PdbObject } from '../api/disruption';
import { labelSelectorFromObject, matchesLabels } from '../api/labels';
import { keyOf, splitKey, type KubeObject } from '../api/object';
import { sameJson } from '../api/json-equal';
import type { SimContext } from '../context';
import { parseTimestamp } from '../runtime';
import type { Controller } from './controller';

export const DISRUPTION_CONTROLLER = 'disruption-controller';
const PDBS = 'poddisruptionbudgets.policy';
/** kube-controller-manager's disruption controller records its events as this component. */
const SOURCE = { component: 'controllermanager' };

/**
 * Keeps every PodDisruptionBudget's status current, as the disruption controller does: expected
 * pods, desired and current healthy, disruptions allowed, the pods an eviction is still deleting
 * (dropped two minutes after the eviction) and the DisruptionAllowed condition. A budget whose
 * figures cannot be worked out (a percentage over pods without a scalable controller) fails safe:
 * no disruption allowed, reason SyncFailed. `kubectl get pdb` and `describe pdb` read this status.
 */
export function disruptionController(ctx: SimContext): Controller {
  /** The budgets in the pod's namespace whose selector matches its labels, now or before the change. */
  const budgetsOf = (event: { object: KubeObject; old?: KubeObject }): string[] => {
    const namespace = event.object.metadata.namespace;
    // Most clusters have no budget at all: a pod write then costs a count, not a list.
    if (!namespace || ctx.store.count(PDBS) === 0) return [];
    const keys: string[] = [];
    for (const pdb of ctx.store.list(PDBS, namespace) as PdbObject[]) {
      const parsed = labelSelectorFromObject(pdb.spec?.selector);
      if (!parsed.ok || parsed.selector === null || parsed.selector.length === 0) continue;
      if (matchesLabels(parsed.selector, event.object.metadata.labels) || (event.old && matchesLabels(parsed.selector, event.old.metadata.labels))) keys.push(keyOf(pdb));
    }
    return keys;
  };
  return {
    name: DISRUPTION_CONTROLLER,
    watches: {
      [PDBS]: (e) => (e.type === 'DELETED' ? undefined : keyOf(e.object)),
      pods: budgetsOf,
    },
    reconcile(key) {
      const { namespace, name } = splitKey(key);
      const pdb = ctx.api.peek<PdbObject>(PDBS, namespace, name);
      if (!pdb) return;
      const now = ctx.rt.clock.now();
      const pods = podsOfBudget(ctx, pdb);
      if (pods.length === 0) ctx.events.record(pdb, 'Normal', 'NoPods', 'No matching pods found', SOURCE);
      const figures = disruptionFigures(ctx, pdb, now);
      if (figures.failure) {
        ctx.events.record(pdb, 'Warning', figures.failure.reason, figures.failure.message, SOURCE);
        ctx.events.record(pdb, 'Warning', 'CalculateExpectedPodCountFailed', `Failed to calculate the number of expected pods: ${figures.failure.message}`, SOURCE);
        return write(ctx, pdb, { currentHealthy: 0, desiredHealthy: 0, expectedPods: 0, ...(pdb.status ?? {}), disruptionsAllowed: 0 }, condition(pdb, now, 'SyncFailed', figures.failure.message, pdb.status?.observedGeneration));
      }
      const { disruptedPods, recheckAt } = stillDisrupted(pods, pdb, now);
      const status: PodDisruptionBudgetStatus = {
        ...(pdb.status?.conditions ? { conditions: pdb.status.conditions } : {}),
        currentHealthy: figures.currentHealthy,
        desiredHealthy: figures.desiredHealthy,
        ...(Object.keys(disruptedPods).length > 0 ? { disruptedPods } : {}),
        disruptionsAllowed: figures.disruptionsAllowed,
        expectedPods: figures.expectedPods,
        observedGeneration: pdb.metadata.generation ?? 1,
      };
      write(ctx, pdb, status, condition(pdb, now, figures.disruptionsAllowed > 0 ? 'SufficientPods' : 'InsufficientPods', '', status.observedGeneration));
      if (recheckAt !== undefined) ctx.manager.requeueAfter(DISRUPTION_CONTROLLER, key, recheckAt - now);
    },
  };
}

/**
 * The DisruptionAllowed condition for the budget's new state; its transition time moves only when its
 * status does. It carries the status's observedGeneration, left out when none was ever observed (a
 * budget that failed from the start), as Go leaves out a zero.
 */
function condition(pdb: PdbObject, now: number, reason: 'SufficientPods' | 'InsufficientPods' | 'SyncFailed', message: string, observedGeneration: number | undefined): Condition {
  const status = reason === 'SufficientPods' ? 'True' : 'False';
  const old = pdb.status?.conditions?.find((c) => c.type === 'DisruptionAllowed');
  return {
    type: 'DisruptionAllowed',
    status,
    ...(observedGeneration ? { observedGeneration } : {}),
    lastTransitionTime: old && old.status === status ? old.lastTransitionTime : rfc3339(now),
    reason,
    message,
  };
}

function write(ctx: SimContext, pdb: PdbObject, status: PodDisruptionBudgetStatus, allowed: Condition): void {
  const merged: PodDisruptionBudgetStatus = {
    ...status,
    conditions: [...(status.conditions ?? []).filter((c) => c.type !== 'DisruptionAllowed'), allowed],
  };
  // One key order (the order JSON output shows them in), so that a status that did not change compares equal.
  const next = Object.fromEntries(Object.entries(merged).sort(([a], [b]) => (a < b ? -1 : 1))) as PodDisruptionBudgetStatus;
  if (sameJson(next, pdb.status ?? {})) return;
  ctx.api.updateStatus({ ...pdb, status: next });
}

/** buildDisruptedPodMap: evicted pods still expected to go, and when the first of them stops counting as disrupted. */
function stillDisrupted(pods: Pod[], pdb: PdbObject, now: number): { disruptedPods: Record<string, string>; recheckAt?: number } {
  const marked = pdb.status?.disruptedPods ?? {};
  const disruptedPods: Record<string, string> = {};
  let recheckAt: number | undefined;
  for (const pod of pods) {
    const name = pod.metadata?.name ?? '';
    const at = marked[name];
    if (pod.metadata?.deletionTimestamp || at === undefined) continue;
    const expires = (parseTimestamp(at) ?? 0) + DISRUPTED_POD_TIMEOUT_MS;
    if (expires <= now) continue;
    disruptedPods[name] = at;
    if (recheckAt === undefined || expires < recheckAt) recheckAt = expires;
  }
  return recheckAt === undefined ? { disruptedPods } : { disruptedPods, recheckAt };
}
