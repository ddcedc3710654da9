import type { FieldError } from '../field-errors';
import { forbidden, invalid, unsupported } from '../field-errors';
import {
  internalStrategy,
  intOrPercentValue,
  nonNegative,
  notMoreThan100Percent,
  validateIntOrPercent,
  validateSelectorAndTemplate,
} from './apps-common';
import { FIELD_IMMUTABLE, validateObjectMeta, validateObjectMetaUpdate } from './meta';
import { nameIsDNSSubdomain } from './names';
import { selectorValue } from './selector';
import { asNum, asObj, defaulted, isObj, semanticEqual } from './util';

/**
 * Deployments and ReplicaSets: kubernetes `pkg/apis/apps/validation/validation.go`
 * (ValidateDeploymentSpec, ValidateDeploymentStrategy, ValidateRollingUpdateDeployment,
 * ValidateReplicaSetSpec) and the selector immutability of `pkg/registry/apps/*\/strategy.go`.
 * Absent strategy fields are the defaults (RollingUpdate, 25%/25%).
 */

function validateStrategy(strategyValue: unknown): FieldError[] {
  const strategy = asObj(strategyValue);
  const type = defaulted(strategy.type, 'RollingUpdate');
  const path = 'spec.strategy';
  if (type === 'Recreate') {
    return isObj(strategy.rollingUpdate) ? [forbidden(`${path}.rollingUpdate`, "may not be specified when strategy `type` is 'Recreate'")] : [];
  }
  if (type !== 'RollingUpdate') {
    const value = internalStrategy(strategy, (ru) => ({ MaxUnavailable: ru.maxUnavailable ?? 0, MaxSurge: ru.maxSurge ?? 0 }));
    return [unsupported(path, value, ['Recreate', 'RollingUpdate'])];
  }
  const ru = asObj(strategy.rollingUpdate);
  const maxUnavailable = ru.maxUnavailable ?? '25%';
  const maxSurge = ru.maxSurge ?? '25%';
  const rp = `${path}.rollingUpdate`;
  const errs = [...validateIntOrPercent(maxUnavailable, `${rp}.maxUnavailable`), ...validateIntOrPercent(maxSurge, `${rp}.maxSurge`)];
  if (intOrPercentValue(maxUnavailable) === 0 && intOrPercentValue(maxSurge) === 0) {
    errs.push(invalid(`${rp}.maxUnavailable`, maxUnavailable, 'may not be 0 when `maxSurge` is 0'));
  }
  errs.push(...notMoreThan100Percent(maxUnavailable, `${rp}.maxUnavailable`));
  return errs;
}

function validateDeploymentSpec(specValue: unknown): FieldError[] {
  const spec = asObj(specValue);
  const errs = [
    ...nonNegative(spec.replicas, 'spec.replicas'),
    ...validateSelectorAndTemplate(spec, 'empty selector is invalid for deployment', 'ReplicaSet'),
    ...validateStrategy(spec.strategy),
    ...nonNegative(spec.minReadySeconds, 'spec.minReadySeconds'),
    ...nonNegative(spec.revisionHistoryLimit, 'spec.revisionHistoryLimit'),
  ];
  const pds = asNum(spec.progressDeadlineSeconds);
  if (pds !== undefined) {
    errs.push(...nonNegative(pds, 'spec.progressDeadlineSeconds'));
    if (pds <= (asNum(spec.minReadySeconds) ?? 0)) errs.push(invalid('spec.progressDeadlineSeconds', pds, 'must be greater than minReadySeconds'));
  }
  return errs;
}

function validateReplicaSetSpec(specValue: unknown): FieldError[] {
  const spec = asObj(specValue);
  return [
    ...nonNegative(spec.replicas, 'spec.replicas'),
    ...nonNegative(spec.minReadySeconds, 'spec.minReadySeconds'),
    // (sic) ReplicaSets reuse the Deployment wording upstream.
    ...validateSelectorAndTemplate(spec, 'empty selector is invalid for deployment', 'ReplicaSet'),
  ];
}

/** apps/v1 forbids changing a workload's selector once created. */
export function selectorImmutable(next: unknown, prev: unknown): FieldError[] {
  const sel = asObj(next).selector;
  return semanticEqual(sel, asObj(prev).selector) ? [] : [invalid('spec.selector', selectorValue(sel), FIELD_IMMUTABLE)];
}

export function validateDeploymentCreate(obj: Record<string, unknown>): FieldError[] {
  return [...validateObjectMeta(obj.metadata, nameIsDNSSubdomain), ...validateDeploymentSpec(obj.spec)];
}

export function validateDeploymentUpdate(obj: Record<string, unknown>, old: Record<string, unknown>): FieldError[] {
  return [...validateObjectMetaUpdate(obj.metadata, old.metadata), ...validateDeploymentSpec(obj.spec), ...selectorImmutable(obj.spec, old.spec)];
}

export function validateReplicaSetCreate(obj: Record<string, unknown>): FieldError[] {
  return [...validateObjectMeta(obj.metadata, nameIsDNSSubdomain), ...validateReplicaSetSpec(obj.spec)];
}

export function validateReplicaSetUpdate(obj: Record<string, unknown>, old: Record<string, unknown>): FieldError[] {
  return [...validateObjectMetaUpdate(obj.metadata, old.metadata), ...validateReplicaSetSpec(obj.spec), ...selectorImmutable(obj.spec, old.spec)];
}
