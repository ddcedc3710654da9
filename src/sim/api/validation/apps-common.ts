import type { FieldError } from '../field-errors';
import { forbidden, goMap, invalid, required, unsupported } from '../field-errors';
import { isValidPercent } from './names';
import { validatePodTemplateSpec } from './pod-spec';
import { labelSelectorAsSelector, selectorIsEmpty, selectorMatches, selectorValue, validateLabelSelector } from './selector';
import { asNum, asObj, asStr, isObj, optStrMap } from './util';

/**
 * Pieces shared by the apps/v1 workloads: kubernetes `pkg/apis/apps/validation/validation.go`
 * (ValidatePositiveIntOrPercent, IsNotMoreThan100Percent, ValidatePodTemplateSpecForReplicaSet).
 */

export const MATCH_MSG = '`selector` does not match template `labels`';

export const nonNegative = (v: unknown, path: string): FieldError[] =>
  typeof v === 'number' && v < 0 ? [invalid(path, v, 'must be greater than or equal to 0')] : [];

/** An IntOrString that must be a non-negative int or a "N%" string. */
export function validateIntOrPercent(v: unknown, path: string): FieldError[] {
  if (typeof v === 'string') return isValidPercent(v).map((m) => invalid(path, v, m));
  return nonNegative(v, path);
}

/** getIntOrPercentValue: "N%" is N; another string is its strconv.Atoi value, or 0 when not a number. */
export function intOrPercentValue(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v !== 'string') return 0;
  if (isValidPercent(v).length === 0) return Number(v.slice(0, -1));
  return /^[+-]?[0-9]+$/.test(v) ? Number(v) : 0;
}

export function notMoreThan100Percent(v: unknown, path: string): FieldError[] {
  if (typeof v !== 'string' || isValidPercent(v).length > 0) return [];
  return Number(v.slice(0, -1)) > 100 ? [invalid(path, v, 'must not be greater than 100%')] : [];
}

/** Template labels as the server prints them: a Go map, `null` when absent. */
export const templateLabels = (template: unknown): unknown => goMap(optStrMap(asObj(asObj(template).metadata).labels));
export const templateLabelMap = (template: unknown): Record<string, string> => optStrMap(asObj(asObj(template).metadata).labels) ?? {};

/**
 * selector required, valid and non-empty, then the template checked against it
 * (Deployment and ReplicaSet; `emptyMsg` is the kind's "empty selector" wording).
 */
export function validateSelectorAndTemplate(spec: Record<string, unknown>, emptyMsg: string, kindLabel: string): FieldError[] {
  const errs: FieldError[] = [];
  if (!isObj(spec.selector)) errs.push(required('spec.selector'));
  else {
    errs.push(...validateLabelSelector(spec.selector, 'spec.selector'));
    if (labelSelectorAsSelector(spec.selector)?.kind === 'everything') errs.push(invalid('spec.selector', selectorValue(spec.selector), emptyMsg));
  }
  const selector = labelSelectorAsSelector(spec.selector);
  if (!selector) return [...errs, invalid('spec.selector', selectorValue(spec.selector), 'invalid label selector')];
  if (!selectorIsEmpty(selector) && !selectorMatches(selector, templateLabelMap(spec.template))) {
    errs.push(invalid('spec.template.metadata.labels', templateLabels(spec.template), MATCH_MSG));
  }
  errs.push(...validatePodTemplateSpec(spec.template, 'spec.template'), ...templateRestrictions(spec.template, kindLabel));
  return errs;
}

/** Workload templates must restart Always and may not set activeDeadlineSeconds. */
export function templateRestrictions(template: unknown, kindLabel: string): FieldError[] {
  const podSpec = asObj(asObj(template).spec);
  const errs: FieldError[] = [];
  const restart = podSpec.restartPolicy ?? 'Always';
  if (restart !== 'Always') errs.push(unsupported('spec.template.spec.restartPolicy', restart, ['Always']));
  if (asNum(podSpec.activeDeadlineSeconds) !== undefined) {
    errs.push(forbidden('spec.template.spec.activeDeadlineSeconds', `activeDeadlineSeconds in ${kindLabel} is not Supported`));
  }
  return errs;
}

/** An internal strategy struct (no JSON tags upstream, so Go field names) for Unsupported values. */
export function internalStrategy(strategy: Record<string, unknown>, rolling: (ru: Record<string, unknown>) => Record<string, unknown>): Record<string, unknown> {
  return { Type: asStr(strategy.type), RollingUpdate: isObj(strategy.rollingUpdate) ? rolling(strategy.rollingUpdate) : null };
}
