import type { FieldError } from '../field-errors';
import { invalid, required, unsupported } from '../field-errors';
import {
  internalStrategy,
  intOrPercentValue,
  MATCH_MSG,
  nonNegative,
  notMoreThan100Percent,
  templateLabelMap,
  templateLabels,
  templateRestrictions,
  validateIntOrPercent,
} from './apps-common';
import { selectorImmutable } from './deployment';
import { validateObjectMeta, validateObjectMetaUpdate } from './meta';
import { nameIsDNSSubdomain } from './names';
import { validatePodTemplateSpec } from './pod-spec';
import { labelSelectorAsSelector, selectorMatches, selectorValue, validateLabelSelector } from './selector';
import { asObj, defaulted, isObj } from './util';

/**
 * DaemonSets: kubernetes `pkg/apis/apps/validation/validation.go` (ValidateDaemonSetSpec,
 * ValidateDaemonSetUpdateStrategy, ValidateRollingUpdateDaemonSet). Absent strategy fields are the
 * defaults (RollingUpdate, maxUnavailable 1, maxSurge 0).
 */

function validateUpdateStrategy(strategyValue: unknown): FieldError[] {
  const strategy = asObj(strategyValue);
  const type = defaulted(strategy.type, 'RollingUpdate');
  const path = 'spec.updateStrategy';
  if (type === 'OnDelete') return [];
  if (type !== 'RollingUpdate') {
    const value = internalStrategy(strategy, (ru) => ({ MaxUnavailable: ru.maxUnavailable ?? 0, MaxSurge: ru.maxSurge ?? 0 }));
    return [unsupported(path, value, ['RollingUpdate', 'OnDelete'])];
  }
  if (strategy.rollingUpdate === null) return [required(`${path}.rollingUpdate`)];
  const ru = asObj(strategy.rollingUpdate);
  const maxUnavailable = ru.maxUnavailable ?? 1;
  const maxSurge = ru.maxSurge ?? 0;
  const rp = `${path}.rollingUpdate`;
  const errs = [
    ...validateIntOrPercent(maxUnavailable, `${rp}.maxUnavailable`),
    ...validateIntOrPercent(maxSurge, `${rp}.maxSurge`),
    ...notMoreThan100Percent(maxUnavailable, `${rp}.maxUnavailable`),
    ...notMoreThan100Percent(maxSurge, `${rp}.maxSurge`),
  ];
  const hasUnavailable = intOrPercentValue(maxUnavailable) !== 0;
  const hasSurge = intOrPercentValue(maxSurge) !== 0;
  if (hasUnavailable && hasSurge) errs.push(invalid(`${rp}.maxSurge`, maxSurge, 'may not be set when maxUnavailable is non-zero'));
  if (!hasUnavailable && !hasSurge) errs.push(required(`${rp}.maxUnavailable`, 'cannot be 0 when maxSurge is 0'));
  return errs;
}

function validateDaemonSetSpec(specValue: unknown): FieldError[] {
  const spec = asObj(specValue);
  const errs = validateLabelSelector(spec.selector, 'spec.selector');
  const selector = labelSelectorAsSelector(spec.selector);
  if (selector && !selectorMatches(selector, templateLabelMap(spec.template))) {
    errs.push(invalid('spec.template.metadata.labels', templateLabels(spec.template), MATCH_MSG));
  }
  if (isObj(spec.selector) && selector?.kind === 'everything') {
    errs.push(invalid('spec.selector', selectorValue(spec.selector), 'empty selector is invalid for daemonset'));
  }
  errs.push(...validatePodTemplateSpec(spec.template, 'spec.template'), ...templateRestrictions(spec.template, 'DaemonSet'));
  errs.push(...nonNegative(spec.minReadySeconds, 'spec.minReadySeconds'), ...nonNegative(spec.templateGeneration, 'spec.templateGeneration'));
  errs.push(...validateUpdateStrategy(spec.updateStrategy), ...nonNegative(spec.revisionHistoryLimit, 'spec.revisionHistoryLimit'));
  return errs;
}

export function validateDaemonSetCreate(obj: Record<string, unknown>): FieldError[] {
  return [...validateObjectMeta(obj.metadata, nameIsDNSSubdomain), ...validateDaemonSetSpec(obj.spec)];
}

export function validateDaemonSetUpdate(obj: Record<string, unknown>, old: Record<string, unknown>): FieldError[] {
  return [...validateObjectMetaUpdate(obj.metadata, old.metadata), ...validateDaemonSetSpec(obj.spec), ...selectorImmutable(obj.spec, old.spec)];
}
