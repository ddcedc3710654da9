import type { FieldError } from '../field-errors';
import { forbidden, invalid, required, unsupported } from '../field-errors';
import { validateObjectMeta, validateObjectMetaUpdate } from './meta';
import { isValidPathSegmentName, nameIsDNSSubdomain } from './names';
import { formatQty, isPositiveQty, parseQty } from './quantity';
import { asArr, asNum, asObj, asStr, isObj } from './util';

/**
 * HorizontalPodAutoscalers: kubernetes `pkg/apis/autoscaling/validation/validation.go`
 * (validateHorizontalPodAutoscalerSpec, ValidateCrossVersionObjectReference, validateMetricSpec,
 * validateMetricTarget, validateBehavior). autoscaling/v1's targetCPUUtilizationPercentage is
 * checked as the v2 CPU metric it converts to. minReplicas defaults to 1 (HPAScaleToZero is off).
 */

const METRIC_TYPES = ['ContainerResource', 'External', 'Object', 'Pods', 'Resource'];
const SOURCE_FIELDS: Record<string, string> = { Object: 'object', Pods: 'pods', Resource: 'resource', External: 'external', ContainerResource: 'containerResource' };

function validateRef(ref: Record<string, unknown>, path: string): FieldError[] {
  const errs: FieldError[] = [];
  for (const f of ['kind', 'name']) {
    const v = asStr(ref[f]);
    if (!v) errs.push(required(`${path}.${f}`));
    else errs.push(...isValidPathSegmentName(v).map((m) => invalid(`${path}.${f}`, v, m)));
  }
  return errs;
}

function validateTarget(target: Record<string, unknown>, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const type = asStr(target.type);
  if (!type) errs.push(required(`${path}.type`, 'must specify a metric target type'));
  if (!['Utilization', 'Value', 'AverageValue'].includes(type)) errs.push(invalid(`${path}.type`, type, 'must be either Utilization, Value, or AverageValue'));
  for (const f of ['value', 'averageValue']) {
    const q = target[f] === undefined ? null : parseQty(target[f]);
    if (q && !isPositiveQty(q)) errs.push(invalid(`${path}.${f}`, formatQty(q), 'must be positive'));
  }
  const util = asNum(target.averageUtilization);
  if (util !== undefined && util < 1) errs.push(invalid(`${path}.averageUtilization`, util, 'must be greater than 0'));
  return errs;
}

function validateMetricSource(kind: string, src: Record<string, unknown>, path: string): FieldError[] {
  const target = asObj(src.target);
  const tp = `${path}.target`;
  const has = (f: string): boolean => target[f] !== undefined && target[f] !== null;
  const metricName = (): FieldError[] => {
    const name = asStr(asObj(src.metric).name);
    if (!name) return [required(`${path}.metric.name`, 'must specify a metric name')];
    return isValidPathSegmentName(name).map((m) => invalid(`${path}.metric.name`, name, m));
  };
  if (kind === 'resource' || kind === 'containerResource') {
    const errs = asStr(src.name) ? [] : [required(`${path}.name`, 'must specify a resource name')];
    if (kind === 'containerResource' && !asStr(src.container)) errs.push(required(`${path}.container`, 'must specify a container'));
    errs.push(...validateTarget(target, tp));
    if (!has('averageUtilization') && !has('averageValue')) errs.push(required(`${tp}.averageUtilization`, 'must set either a target raw value or a target utilization'));
    if (has('averageUtilization') && has('averageValue')) errs.push(forbidden(`${tp}.averageValue`, 'may not set both a target raw value and a target utilization'));
    return errs;
  }
  const errs = [...(kind === 'object' ? validateRef(asObj(src.describedObject), `${path}.describedObject`) : []), ...metricName(), ...validateTarget(target, tp)];
  if (kind === 'pods' && !has('averageValue')) errs.push(required(`${tp}.averageValue`, 'must specify a positive target averageValue'));
  if (kind === 'object' && !has('value') && !has('averageValue')) errs.push(required(`${tp}.averageValue`, 'must set either a target value or averageValue'));
  if (kind === 'external') {
    if (!has('value') && !has('averageValue')) errs.push(required(`${tp}.averageValue`, 'must set either a target value for metric or a per-pod target'));
    if (has('value') && has('averageValue')) errs.push(forbidden(`${tp}.value`, 'may not set both a target value for metric and a per-pod target'));
  }
  return errs;
}

function validateMetric(metric: Record<string, unknown>, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const type = asStr(metric.type);
  if (!type) errs.push(required(`${path}.type`, 'must specify a metric source type'));
  if (!METRIC_TYPES.includes(type)) errs.push(unsupported(`${path}.type`, type, METRIC_TYPES));
  const present = ['object', 'external', 'pods', 'resource', 'containerResource'].filter((f) => isObj(metric[f]));
  if (present.length > 0) errs.push(...validateMetricSource(present[0] as string, asObj(metric[present[0] as string]), `${path}.${present[0]}`));
  const expected = SOURCE_FIELDS[type];
  if (expected === undefined) errs.push(unsupported(`${path}.type`, type, METRIC_TYPES));
  else if (!isObj(metric[expected])) errs.push(required(`${path}.${expected}`, 'must populate information for the given metric source'));
  if (present.length !== 1) {
    for (const f of present.filter((p) => p !== expected)) errs.push(forbidden(`${path}.${f}`, 'must populate the given metric source only'));
  }
  return errs;
}

/** v2 metrics, or v1's CPU target seen as the metric it converts to. */
function metricsOf(hpa: Record<string, unknown>, spec: Record<string, unknown>): unknown[] {
  if (hpa.apiVersion !== 'autoscaling/v1') return asArr(spec.metrics);
  const cpu = asNum(spec.targetCPUUtilizationPercentage);
  return cpu === undefined ? [] : [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: cpu } } }];
}

function validateHPASpec(hpa: Record<string, unknown>): FieldError[] {
  const spec = asObj(hpa.spec);
  const errs: FieldError[] = [];
  const min = asNum(spec.minReplicas) ?? 1;
  const max = asNum(spec.maxReplicas) ?? 0;
  if (min < 1) errs.push(invalid('spec.minReplicas', min, 'must be greater than or equal to 1'));
  if (max < 1) errs.push(invalid('spec.maxReplicas', max, 'must be greater than 0'));
  if (max < min) errs.push(invalid('spec.maxReplicas', max, 'must be greater than or equal to `minReplicas`'));
  errs.push(...validateRef(asObj(spec.scaleTargetRef), 'spec.scaleTargetRef'));
  metricsOf(hpa, spec).forEach((m, i) => errs.push(...validateMetric(asObj(m), `spec.metrics[${i}]`)));
  return errs;
}

export function validateHPACreate(hpa: Record<string, unknown>): FieldError[] {
  return [...validateObjectMeta(hpa.metadata, nameIsDNSSubdomain), ...validateHPASpec(hpa)];
}

export function validateHPAUpdate(hpa: Record<string, unknown>, old: Record<string, unknown>): FieldError[] {
  return [...validateObjectMetaUpdate(hpa.metadata, old.metadata), ...validateHPASpec(hpa)];
}
