// kubectl describe poddisruptionbudget: the budget, what the disruption controller last wrote into
// its status, and its events.

import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1';
import type { KubeObject } from '../../sim/api/object';
import { formatSelector } from '../tables/format';
import type { DescribeContext } from './context';
import { queryFor, searchEvents, writeEvents } from './events';
import { LEVEL_0, LEVEL_2, tabbed } from './writer';

export function describePodDisruptionBudget(obj: KubeObject, ctx: DescribeContext): string {
  const pdb = obj as unknown as PodDisruptionBudget;
  const events = searchEvents(ctx, queryFor(obj));
  const spec = pdb.spec ?? {};
  const status = pdb.status;
  return tabbed((w) => {
    w.line(LEVEL_0, 'Name', pdb.metadata?.name ?? '');
    w.line(LEVEL_0, 'Namespace', pdb.metadata?.namespace ?? '');
    if (spec.minAvailable !== undefined) w.line(LEVEL_0, 'Min available', String(spec.minAvailable));
    else if (spec.maxUnavailable !== undefined) w.line(LEVEL_0, 'Max unavailable', String(spec.maxUnavailable));
    w.line(LEVEL_0, 'Selector', spec.selector ? formatSelector(spec.selector) : '<unset>');
    w.write(LEVEL_0, 'Status:\n');
    w.line(LEVEL_2, 'Allowed disruptions', status?.disruptionsAllowed ?? 0);
    w.line(LEVEL_2, 'Current', status?.currentHealthy ?? 0);
    w.line(LEVEL_2, 'Desired', status?.desiredHealthy ?? 0);
    w.line(LEVEL_2, 'Total', status?.expectedPods ?? 0);
    writeEvents(w, events, ctx.now);
  });
}
