// The HorizontalPodAutoscaler `kubectl autoscale` builds (autoscaling/v2, Go struct field order so
// that `--dry-run=client -o json` and the last-applied annotation come out as kubectl writes them),
// and the parsing of --cpu / --memory targets: `70%` (average utilization), `500m` / `200Mi`
// (average value), a bare number in millicores or mebibytes.

import { quantityToString, tryParseQuantity } from '../../lib/quantity';
import type { KubeObject } from '../../sim/api/object';
import { apiVersionOf, type ResourceType } from '../../sim/api/registry';
import { formatGoFloat } from '../printers';

export type MetricTarget =
  | { readonly type: 'Utilization'; readonly averageUtilization: number }
  | { readonly type: 'AverageValue'; readonly averageValue: string };

export type ParsedTarget = { ok: true; target: MetricTarget } | { ok: false; message: string };

/** strconv.ParseFloat's accepted decimal forms (plus inf/nan), as the bare-number case needs. */
function parseGoFloat(s: string): number | undefined {
  if (/^[+-]?(inf|infinity)$/i.test(s)) return s.startsWith('-') ? -Infinity : Infinity;
  if (/^[+-]?nan$/i.test(s)) return NaN;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) return undefined;
  return Number(s);
}

/** parseResourceInput: --cpu / --memory as a utilization percentage or an average value. */
export function parseResourceTarget(input: string, resource: 'cpu' | 'memory'): ParsedTarget {
  const text = input.trim();
  if (text === '') return { ok: false, message: 'empty input' };
  if (text.endsWith('%')) {
    const digits = text.slice(0, -1);
    const n = /^[+-]?\d+$/.test(digits) ? Number(digits) : NaN;
    if (!Number.isInteger(n) || n < 0 || n > 2 ** 31 - 1) return { ok: false, message: `invalid percentage value: ${digits}` };
    return { ok: true, target: { type: 'Utilization', averageUtilization: n } };
  }
  const bare = parseGoFloat(text);
  if (bare !== undefined) {
    // A unitless number means millicores for CPU and mebibytes for memory (fmt's %g plus the unit).
    const parsed = tryParseQuantity(`${formatGoFloat(bare)}${resource === 'cpu' ? 'm' : 'Mi'}`);
    if (!parsed.ok) return { ok: false, message: parsed.message };
    return { ok: true, target: { type: 'AverageValue', averageValue: quantityToString(parsed.quantity) } };
  }
  const parsed = tryParseQuantity(text);
  if (!parsed.ok) return { ok: false, message: `invalid resource ${resource} value: ${text}` };
  return { ok: true, target: { type: 'AverageValue', averageValue: quantityToString(parsed.quantity) } };
}

export interface HpaSpec {
  readonly name: string;
  /** Set only when -n was given (the typed client leaves it empty otherwise). */
  readonly namespace: string | undefined;
  readonly target: { readonly type: ResourceType; readonly name: string };
  readonly min: number;
  readonly max: number;
  readonly cpuPercent: number;
  readonly cpu: MetricTarget | undefined;
  readonly memory: MetricTarget | undefined;
}

/** One Resource metric in MetricSpec field order. */
function resourceMetric(name: 'cpu' | 'memory', target: MetricTarget): Record<string, unknown> {
  const t = target.type === 'Utilization' ? { type: 'Utilization', averageUtilization: target.averageUtilization } : { type: 'AverageValue', averageValue: target.averageValue };
  return { type: 'Resource', resource: { name, target: t } };
}

/** createHorizontalPodAutoscalerV2, with the status a typed object always carries. */
export function buildHpa(s: HpaSpec): KubeObject {
  const metrics: Record<string, unknown>[] = [];
  if (s.cpuPercent > 0) metrics.push(resourceMetric('cpu', { type: 'Utilization', averageUtilization: s.cpuPercent }));
  if (s.cpu) metrics.push(resourceMetric('cpu', s.cpu));
  if (s.memory) metrics.push(resourceMetric('memory', s.memory));
  const spec: Record<string, unknown> = {
    scaleTargetRef: { kind: s.target.type.kind, name: s.target.name, apiVersion: apiVersionOf(s.target.type) },
  };
  if (s.min > 0) spec['minReplicas'] = s.min;
  spec['maxReplicas'] = s.max;
  if (metrics.length > 0) spec['metrics'] = metrics;
  return {
    kind: 'HorizontalPodAutoscaler',
    apiVersion: 'autoscaling/v2',
    metadata: { name: s.name, ...(s.namespace !== undefined ? { namespace: s.namespace } : {}) },
    spec,
    status: { desiredReplicas: 0, currentMetrics: null },
  } as KubeObject;
}

/** The HPA as sent to the API server: without the empty status the typed client also sends. */
export function withoutStatus(obj: KubeObject): KubeObject {
  const { status: _status, ...rest } = obj;
  return rest as KubeObject;
}
