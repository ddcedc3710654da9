/**
 * The pods/eviction subresource (policy/v1 Eviction) as kube-apiserver v1.35 serves it
 * (pkg/registry/core/pod/storage/eviction.go): a delete that first asks the pod's
 * PodDisruptionBudget. Pods that cannot count as disruptions (Pending, finished, already
 * terminating) are deleted at once; otherwise the budget must allow a disruption, which the
 * eviction uses up and records in the budget's status (disruptedPods) before deleting the pod.
 * Refusals are the real statuses: 429 TooManyRequests "Cannot evict pod as it would violate the
 * pod's disruption budget." with the budget's figures as cause, 500 for a pod under two budgets.
 */
import type { Pod } from 'kubernetes-types/core/v1';
import { rfc3339 } from '../../lib/duration';
import type { SimContext } from '../context';
import { disruptionFigures, isPodReady, podsOfBudget, type PdbObject } from './disruption';
import type { KubeObject } from './object';
import { typeForKey, type ResourceType } from './registry';
import type { ApiResult, ApiStatus } from './status';
import { notFound } from './status';

export interface EvictOptions {
  /** DeleteOptions.gracePeriodSeconds of the Eviction (kubectl drain --grace-period). */
  gracePeriodSeconds?: number;
  dryRun?: boolean;
}

const PODS = typeForKey('pods') as ResourceType;

function tooManyRequests(cause: string): ApiStatus {
  return {
    kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', code: 429, reason: 'TooManyRequests',
    message: "Cannot evict pod as it would violate the pod's disruption budget.",
    details: { causes: [{ reason: 'DisruptionBudget', message: cause }] },
  };
}

/** Phases whose pods the eviction deletes without asking any budget (canIgnorePDB). */
function canIgnoreBudget(pod: Pod & KubeObject): boolean {
  const phase = pod.status?.phase;
  return phase === 'Succeeded' || phase === 'Failed' || phase === 'Pending' || !!pod.metadata.deletionTimestamp;
}

/** The budgets whose (non-empty) selector matches the pod, in its namespace. */
function budgetsOf(ctx: SimContext, pod: Pod & KubeObject): PdbObject[] {
  return (ctx.store.list('poddisruptionbudgets.policy', pod.metadata.namespace) as PdbObject[]).filter((pdb) =>
    podsOfBudget(ctx, pdb).some((p) => p.metadata.name === pod.metadata.name),
  );
}

function deletePod(ctx: SimContext, pod: Pod & KubeObject, opts: EvictOptions, preconditionRv: boolean): ApiResult<null> {
  const res = ctx.api.delete(PODS, pod.metadata.namespace, pod.metadata.name ?? '', {
    ...(opts.gracePeriodSeconds !== undefined ? { gracePeriodSeconds: opts.gracePeriodSeconds } : {}),
    ...(opts.dryRun ? { dryRun: true } : {}),
    ...(preconditionRv && pod.metadata.resourceVersion ? { preconditions: { resourceVersion: pod.metadata.resourceVersion } } : {}),
  });
  return res.ok ? { ok: true, object: null } : res;
}

/** Records the eviction in the budget's status, as checkAndDecrement does. */
function useDisruption(ctx: SimContext, pdb: PdbObject, podName: string, figures: ReturnType<typeof disruptionFigures>, now: number): ApiResult<null> {
  const allowed = figures.disruptionsAllowed - 1;
  const old = pdb.status?.conditions?.find((c) => c.type === 'DisruptionAllowed');
  const status = allowed > 0 ? 'True' : 'False';
  const condition = {
    type: 'DisruptionAllowed',
    status,
    reason: allowed > 0 ? 'SufficientPods' : 'InsufficientPods',
    message: '',
    observedGeneration: pdb.metadata.generation ?? 1,
    lastTransitionTime: old && old.status === status ? old.lastTransitionTime : rfc3339(now),
  };
  const written = ctx.api.updateStatus({
    ...pdb,
    status: {
      ...(pdb.status ?? {}),
      observedGeneration: pdb.metadata.generation ?? 1,
      disruptedPods: { ...(pdb.status?.disruptedPods ?? {}), [podName]: rfc3339(now) },
      disruptionsAllowed: allowed,
      currentHealthy: figures.currentHealthy,
      desiredHealthy: figures.desiredHealthy,
      expectedPods: figures.expectedPods,
      conditions: [...(pdb.status?.conditions ?? []).filter((c) => c.type !== 'DisruptionAllowed'), condition],
    },
  });
  return written.ok ? { ok: true, object: null } : written;
}

/** POST pods/NAME/eviction: deletes the pod if its disruption budget allows it. */
export function evictPod(ctx: SimContext, namespace: string, name: string, opts: EvictOptions = {}): ApiResult<null> {
  const pod = ctx.api.peek<Pod & KubeObject>('pods', namespace, name);
  if (!pod) return { ok: false, status: notFound(PODS, name) };
  if (canIgnoreBudget(pod)) {
    const finished = pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed' || !!pod.metadata.deletionTimestamp;
    return deletePod(ctx, pod, opts, !finished);
  }
  const budgets = budgetsOf(ctx, pod);
  if (budgets.length > 1) {
    const status: ApiStatus = {
      kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', code: 500, reason: '',
      message: 'This pod has more than one PodDisruptionBudget, which the eviction subresource does not support.',
    };
    return { ok: false, status };
  }
  const pdb = budgets[0];
  if (!pdb) return deletePod(ctx, pod, opts, false);
  const now = ctx.rt.clock.now();
  const figures = disruptionFigures(ctx, pdb, now);
  if (!isPodReady(pod)) {
    // An unready pod is no disruption when the budget says so, or while the budget is met anyway.
    const always = pdb.spec?.unhealthyPodEvictionPolicy === 'AlwaysAllow';
    if (always || (figures.currentHealthy >= figures.desiredHealthy && figures.desiredHealthy > 0)) return deletePod(ctx, pod, opts, true);
  }
  if (figures.disruptionsAllowed === 0) {
    return { ok: false, status: tooManyRequests(`The disruption budget ${pdb.metadata.name} needs ${figures.desiredHealthy} healthy pods and has ${figures.currentHealthy} currently`) };
  }
  if (!opts.dryRun) {
    const used = useDisruption(ctx, pdb, name, figures, now);
    if (!used.ok) return used;
  }
  return deletePod(ctx, pod, opts, false);
}

