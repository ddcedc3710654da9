import type { HorizontalPodAutoscaler, HorizontalPodAutoscalerCondition, HorizontalPodAutoscalerStatus } from 'kubernetes-types/autoscaling/v2';
import type { Pod } from 'kubernetes-types/core/v1';
import type { LabelSelector } from 'kubernetes-types/meta/v1';
import type { KubeObject } from '../api/object';
import { clone, splitKey } from '../api/object';
import type { SimComponent, SimContext } from '../context';
import { labelSelectorFromObject, matchesLabels, selectorFromMap } from '../api/labels';
import { metricsOf, type MetricsApi } from '../metrics/component';
import { evaluateMetrics } from '../metrics/hpa-metrics';
import type { MetricsFetch } from '../metrics/replicas';
import { newMemory, normalizeWithBehavior, normalizeWithoutBehavior, storeScaleEvent, type Condition, type HpaMemory } from '../metrics/scaling';
import type { Controller } from './controller';

export const HPA_CONTROLLER = 'horizontal-pod-autoscaler';
const SOURCE = { component: HPA_CONTROLLER };
/** --horizontal-pod-autoscaler-sync-period. */
export const HPA_SYNC_PERIOD_MS = 15_000;
const HPA_RESOURCE = 'horizontalpodautoscalers.autoscaling';
const EVENT_KEY = 'event|';

type Hpa = HorizontalPodAutoscaler & KubeObject;
type Scalable = KubeObject & { spec?: { replicas?: number; selector?: LabelSelector | Record<string, string> } };

/** Scale targets: kind → store resource and the group/resource name upstream's errors use. */
const TARGETS: Record<string, { resource: string; errorName: string; group: string }> = {
  Deployment: { resource: 'deployments.apps', errorName: 'deployments/scale.apps', group: 'apps' },
  ReplicaSet: { resource: 'replicasets.apps', errorName: 'replicasets/scale.apps', group: 'apps' },
  StatefulSet: { resource: 'statefulsets.apps', errorName: 'statefulsets/scale.apps', group: 'apps' },
  ReplicationController: { resource: 'replicationcontrollers', errorName: 'replicationcontrollers/scale', group: '' },
};

/**
 * The horizontal-pod-autoscaler controller (autoscaling/v2). Every 15 s (a background requeue, so a
 * stable HPA never keeps `runUntilQuiet` busy) it reads the target's scale and the pods' metrics,
 * proposes a replica count, stabilizes and rate-limits it, rescales, and writes status, conditions
 * and events with upstream's reasons and messages. A new HPA is first synced 15 s after creation.
 */
export function hpaController(ctx: SimContext, memory: Map<string, HpaMemory>, metrics: () => MetricsApi = () => metricsOf(ctx)): Controller {
  return {
    name: HPA_CONTROLLER,
    watches: {
      [HPA_RESOURCE]: (e) => (e.type === 'DELETED' ? `${EVENT_KEY}-${e.object.metadata.namespace}/${e.object.metadata.name}` : `${EVENT_KEY}${e.type === 'ADDED' ? '+' : '~'}${e.object.metadata.namespace}/${e.object.metadata.name}`),
    },
    reconcile(key) {
      if (key.startsWith(EVENT_KEY)) {
        const kind = key.charAt(EVENT_KEY.length);
        const hpaKey = key.slice(EVENT_KEY.length + 1);
        if (kind === '-') memory.delete(hpaKey);
        // Like the real work queue's fixed 15 s rate limiter: an event schedules a sync, it does not run one.
        else ctx.manager.requeueAfter(HPA_CONTROLLER, hpaKey, HPA_SYNC_PERIOD_MS, kind === '~');
        return;
      }
      const { namespace, name } = splitKey(key);
      const hpa = ctx.api.peek<Hpa>(HPA_RESOURCE, namespace, name);
      if (!hpa) {
        memory.delete(key);
        return;
      }
      let mem = memory.get(key);
      if (!mem) memory.set(key, (mem = newMemory()));
      syncHpa(ctx, clone(hpa), mem, metrics());
      ctx.manager.requeueAfter(HPA_CONTROLLER, key, HPA_SYNC_PERIOD_MS, true);
    },
  };
}

/** The controller with its memory of recommendations and scale events, kept in snapshots. */
export function hpaComponent(ctx: SimContext, metrics?: () => MetricsApi): SimComponent {
  const memory = new Map<string, HpaMemory>();
  return {
    name: HPA_CONTROLLER,
    controllers: [hpaController(ctx, memory, metrics)],
    save: () => Object.fromEntries([...memory.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, clone(v)])),
    load(state) {
      memory.clear();
      for (const [k, v] of Object.entries((state ?? {}) as Record<string, HpaMemory>)) memory.set(k, clone(v));
    },
  };
}

function setCondition(list: HorizontalPodAutoscalerCondition[], type: string, c: Condition, now: string): void {
  let existing = list.find((x) => x.type === type);
  if (!existing) list.push((existing = { type, status: '' }));
  if (existing.status !== c.status) existing.lastTransitionTime = now;
  existing.status = c.status;
  existing.reason = c.reason;
  existing.message = c.message;
}

function selectorOf(target: Scalable): ((labels: Record<string, string> | undefined) => boolean) | undefined {
  const sel = target.spec?.selector;
  if (!sel) return undefined;
  if (target.kind === 'ReplicationController') {
    const reqs = selectorFromMap(sel as Record<string, string>);
    return (labels) => matchesLabels(reqs, labels);
  }
  const parsed = labelSelectorFromObject(sel as LabelSelector);
  if (!parsed.ok) return undefined;
  return (labels) => matchesLabels(parsed.selector, labels);
}

function syncHpa(ctx: SimContext, hpa: Hpa, mem: HpaMemory, metrics: MetricsApi): void {
  const now = ctx.rt.clock.now();
  const stamp = ctx.rt.timestamp();
  const original = JSON.stringify(hpa.status ?? {});
  const status: HorizontalPodAutoscalerStatus = hpa.status ?? { desiredReplicas: 0 };
  const conditions = (status.conditions ?? []).map((c) => ({ ...c }));
  const set = (type: string, c: Condition) => setCondition(conditions, type, c, stamp);
  // Field order of HorizontalPodAutoscalerStatus as the API serves it.
  const write = (next: HorizontalPodAutoscalerStatus) => {
    const body: HorizontalPodAutoscalerStatus = {
      ...(next.lastScaleTime ? { lastScaleTime: next.lastScaleTime } : {}),
      ...(next.currentReplicas !== undefined ? { currentReplicas: next.currentReplicas } : {}),
      desiredReplicas: next.desiredReplicas,
      currentMetrics: next.currentMetrics ?? (null as never),
      ...(conditions.length ? { conditions } : {}),
    };
    if (JSON.stringify(body) !== original) ctx.api.updateStatus({ ...hpa, status: body });
  };
  const spec = hpa.spec ?? { maxReplicas: 1, scaleTargetRef: { kind: '', name: '' } };
  const ref = spec.scaleTargetRef;
  const ns = hpa.metadata.namespace ?? 'default';
  const kindInfo = TARGETS[ref.kind];
  const group = (ref.apiVersion ?? '').includes('/') ? (ref.apiVersion ?? '').split('/')[0] : '';
  const target = kindInfo ? ctx.api.peek<Scalable>(kindInfo.resource, ns, ref.name) : undefined;
  if (!kindInfo || !target) {
    const message = kindInfo ? `${kindInfo.errorName} "${ref.name}" not found` : `no matches for kind "${ref.kind}" in group "${group}"`;
    ctx.events.record(hpa, 'Warning', 'FailedGetScale', message, SOURCE);
    set('AbleToScale', { status: 'False', reason: 'FailedGetScale', message: `the HPA controller was unable to get the target's current scale: ${message}` });
    write(status);
    return;
  }
  set('AbleToScale', { status: 'True', reason: 'SucceededGetScale', message: "the HPA controller was able to get the target's current scale" });
  const current = target.spec?.replicas ?? 1;
  if (mem.recommendations.length === 0) mem.recommendations.push([current, now]);
  const min = spec.minReplicas ?? 1;
  const max = spec.maxReplicas;
  let desired = 0;
  let reason = '';
  let rescale = true;
  let statuses: HorizontalPodAutoscalerStatus['currentMetrics'] = status.currentMetrics ?? (null as never);
  let computed = false;
  if (current === 0 && min !== 0) {
    rescale = false;
    set('ScalingActive', { status: 'False', reason: 'ScalingDisabled', message: 'scaling is disabled since the replica count of the target is zero' });
  } else if (current > max) {
    reason = 'Current number of replicas above Spec.MaxReplicas';
    desired = max;
  } else if (current < min) {
    reason = 'Current number of replicas below Spec.MinReplicas';
    desired = min;
  } else {
    computed = true;
    const matches = selectorOf(target);
    const pods = matches ? (ctx.store.list('pods', ns) as Pod[]).filter((p) => matches(p.metadata?.labels)) : [];
    const fetch: MetricsFetch = metrics.available() ? { ok: true, metrics: metrics.podMetrics(ns) } : { ok: false, reason: 'unavailable' };
    const containerPods = (container: string) => pods.map((p) => ({ ...p, spec: { ...p.spec, containers: (p.spec?.containers ?? []).filter((c) => c.name === container), initContainers: [] } }) as Pod);
    const fetchFor = (container: string | undefined): MetricsFetch => (!fetch.ok || container === undefined ? fetch : { ok: true, metrics: fetch.metrics.map((m) => ({ ...m, containers: m.containers.filter((c) => c.name === container) })) });
    const outcome = evaluateMetrics(spec.metrics ?? [], current, pods, fetchFor, now, containerPods);
    for (const [r, m] of outcome.events) ctx.events.record(hpa, 'Warning', r, m, SOURCE);
    statuses = outcome.statuses;
    if (outcome.failed) {
      set('ScalingActive', outcome.failed.condition);
      write({ ...status, currentReplicas: current, desiredReplicas: status.desiredReplicas ?? 0, currentMetrics: statuses });
      ctx.events.record(hpa, 'Warning', 'FailedComputeMetricsReplicas', `invalid metrics (${outcome.failed.count} invalid out of ${(spec.metrics ?? []).length}), first error is: ${outcome.failed.error}`, SOURCE);
      return;
    }
    set('ScalingActive', { status: 'True', reason: 'ValidMetricFound', message: `the HPA was able to successfully calculate a replica count from ${outcome.metric}` });
    desired = outcome.replicas;
    if (desired > current) reason = `${outcome.metric} above target`;
    if (desired < current) reason = 'All metrics below target';
    const n = spec.behavior ? normalizeWithBehavior(mem, now, current, desired, min, max, spec.behavior) : normalizeWithoutBehavior(mem, now, current, desired, min, max);
    set('AbleToScale', n.ableToScale);
    set('ScalingLimited', n.scalingLimited);
    desired = n.desired;
    rescale = desired !== current;
  }
  let lastScaleTime = status.lastScaleTime;
  if (rescale) {
    const res = ctx.api.update({ ...target, spec: { ...target.spec, replicas: desired } });
    if (!res.ok) {
      ctx.events.record(hpa, 'Warning', 'FailedRescale', `New size: ${desired}; reason: ${reason}; error: ${res.status.message}`, SOURCE);
      set('AbleToScale', { status: 'False', reason: 'FailedUpdateScale', message: `the HPA controller was unable to update the target scale: ${res.status.message}` });
      write({ ...status, currentReplicas: current, desiredReplicas: status.desiredReplicas ?? 0, currentMetrics: statuses });
      return;
    }
    set('AbleToScale', { status: 'True', reason: 'SucceededRescale', message: `the HPA controller was able to update the target scale to ${desired}` });
    ctx.events.record(hpa, 'Normal', 'SuccessfulRescale', `New size: ${desired}; reason: ${reason}`, SOURCE);
    storeScaleEvent(mem, spec.behavior, current, desired, now);
    lastScaleTime = stamp;
  } else desired = current;
  const next: HorizontalPodAutoscalerStatus = {
    ...(lastScaleTime ? { lastScaleTime } : {}),
    currentReplicas: current,
    desiredReplicas: desired,
    currentMetrics: computed ? statuses : (null as never),
  };
  write(next);
}
