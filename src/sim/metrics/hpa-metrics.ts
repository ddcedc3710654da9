import type { MetricSpec, MetricStatus } from 'kubernetes-types/autoscaling/v2';
import type { Pod } from 'kubernetes-types/core/v1';
import { newMilliQuantity, parseQuantity, quantityToString, toMilli } from '../../lib/quantity';
import { resourceReplicas, type MetricsFetch, type ResourceName } from './replicas';
import type { Condition } from './scaling';

export interface MetricsOutcome {
  /** Highest proposal among the metrics that worked (-1 when none did). */
  replicas: number;
  /** The description of the metric behind it, e.g. "cpu resource utilization (percentage of request)". */
  metric: string;
  statuses: MetricStatus[];
  /** Warning events to record: [reason, message]. */
  events: [string, string][];
  /** When every metric failed: the first failure's condition and error. */
  failed?: { condition: Condition; error: string; count: number };
}

const CUSTOM_API = 'unable to fetch metrics from custom metrics API: no custom metrics API (custom.metrics.k8s.io) registered';
const EXTERNAL_API = 'unable to fetch metrics from external metrics API: no external metrics API (external.metrics.k8s.io) registered';

function milliOf(q: unknown): number | undefined {
  const p = q === undefined ? null : parseQuantity(String(q));
  return p ? toMilli(p) : undefined;
}

function quantity(milli: number): string {
  return quantityToString(newMilliQuantity(Math.trunc(milli), 'DecimalSI'));
}

/**
 * Each metric of an HPA turned into a replica proposal, as computeReplicasForMetrics does (a
 * ContainerResource metric sees only its container's usage and requests): the largest proposal wins; a failing metric leaves an empty status entry (`type: ""`) and, with its
 * reason, a Warning event; only when all fail is the HPA unable to compute a count.
 */
export function evaluateMetrics(
  specs: MetricSpec[],
  current: number,
  pods: Pod[],
  fetchFor: (container: string | undefined) => MetricsFetch,
  now: number,
  containerPods: (container: string) => Pod[],
): MetricsOutcome {
  const out: MetricsOutcome = { replicas: -1, metric: '', statuses: [], events: [] };
  let invalid = 0;
  let first: { condition: Condition; error: string } | undefined;
  const failMetric = (reason: string, error: string, wrapped: string) => {
    out.events.push([reason, error]);
    out.statuses.push({ type: '' } as MetricStatus);
    invalid++;
    first ??= { condition: { status: 'False', reason, message: `the HPA was unable to compute the replica count: ${error}` }, error: wrapped };
  };
  for (const spec of specs) {
    if (spec.type === 'Resource' || spec.type === 'ContainerResource') {
      const src = spec.type === 'Resource' ? spec.resource : spec.containerResource;
      const name = (src?.name ?? 'cpu') as ResourceName;
      const container = spec.type === 'ContainerResource' ? spec.containerResource?.container : undefined;
      const what = container !== undefined ? 'container resource' : 'resource';
      const reason = container !== undefined ? 'FailedGetContainerResourceMetric' : 'FailedGetResourceMetric';
      const wrap = (e: string) => (container !== undefined ? `failed to get ${name} container metric value: ${e}` : `failed to get ${name} resource metric value: ${e}`);
      const target = src?.target;
      const subject = container !== undefined ? containerPods(container) : pods;
      const fetch = fetchFor(container);
      let calc;
      let err: string;
      if (target?.averageValue !== undefined) {
        calc = resourceReplicas('AverageValue', current, milliOf(target.averageValue) ?? 0, name, subject, fetch, now);
        err = calc.ok ? '' : `failed to get ${name} usage: ${calc.message}`;
      } else if (target?.averageUtilization !== undefined) {
        calc = resourceReplicas('Utilization', current, target.averageUtilization, name, subject, fetch, now);
        err = calc.ok ? '' : `failed to get ${name} utilization: ${calc.message}`;
      } else {
        err = 'invalid resource metric source: neither an average utilization target nor an average value (usage) target was set';
        failMetric(reason, err, wrap(err));
        continue;
      }
      if (!calc.ok) {
        failMetric(reason, err, wrap(err));
        continue;
      }
      const current_: NonNullable<MetricStatus['resource']>['current'] = { averageValue: quantity(calc.rawAverage) };
      if (calc.utilization !== undefined) current_.averageUtilization = calc.utilization;
      const status: MetricStatus =
        container !== undefined
          ? { type: 'ContainerResource', containerResource: { name, container, current: orderCurrent(current_) } }
          : { type: 'Resource', resource: { name, current: orderCurrent(current_) } };
      out.statuses.push(status);
      const metric = calc.utilization !== undefined ? `${name} ${what} utilization (percentage of request)` : `${name} ${what}`;
      if (out.replicas === -1 || calc.replicas > out.replicas) {
        out.replicas = calc.replicas;
        out.metric = metric;
      }
      continue;
    }
    if (spec.type === 'Pods') {
      const e = `unable to get metric ${spec.pods?.metric.name ?? ''}: ${CUSTOM_API}`;
      failMetric('FailedGetPodsMetric', e, `failed to get pods metric value: ${e}`);
    } else if (spec.type === 'Object') {
      const e = `unable to get metric ${spec.object?.metric.name ?? ''}: ${spec.object?.describedObject.kind ?? ''} on ${spec.object?.describedObject.name ?? ''}/${CUSTOM_API}`;
      failMetric('FailedGetObjectMetric', e, `failed to get object metric value: ${e}`);
    } else if (spec.type === 'External') {
      const e = `unable to get external metric ${spec.external?.metric.name ?? ''}: ${EXTERNAL_API}`;
      failMetric('FailedGetExternalMetric', e, `failed to get ${spec.external?.metric.name ?? ''} external metric value: ${e}`);
    } else {
      const e = `unknown metric source type "${String(spec.type)}"`;
      failMetric('InvalidMetricSourceType', e, e);
    }
  }
  if (invalid >= specs.length && first) out.failed = { ...first, count: invalid };
  return out;
}

/** Field order of MetricValueStatus as the API serves it (averageUtilization before averageValue). */
function orderCurrent(c: { averageUtilization?: number; averageValue?: string }): { averageUtilization?: number; averageValue?: string } {
  return c.averageUtilization !== undefined ? { averageUtilization: c.averageUtilization, averageValue: c.averageValue as string } : { averageValue: c.averageValue as string };
}
