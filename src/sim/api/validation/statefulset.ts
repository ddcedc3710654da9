import type { FieldError } from '../field-errors';
import { forbidden, invalid, required, unsupported } from '../field-errors';
import {
  intOrPercentValue,
  MATCH_MSG,
  nonNegative,
  notMoreThan100Percent,
  templateLabelMap,
  templateLabels,
  templateRestrictions,
  validateIntOrPercent,
} from './apps-common';
import { validateAnnotations, validateLabels, validateObjectMeta, validateObjectMetaUpdate } from './meta';
import { nameIsDNSLabel } from './names';
import { labelSelectorAsSelector, selectorIsEmpty, selectorMatches, selectorValue, validateLabelSelector } from './selector';
import { asObj, asStr, asStrMap, defaulted, isObj, semanticEqual } from './util';

/**
 * StatefulSets: kubernetes `pkg/apis/apps/validation/validation.go` (ValidateStatefulSetSpec,
 * ValidatePodTemplateSpecForStatefulSet — which, upstream, checks only the template's labels and
 * annotations, not its pod spec — validateRollingUpdateStatefulSet, ValidateStatefulSetUpdate).
 * Names are DNS labels (ValidateStatefulSetName).
 */

const UPDATABLE = "updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden";

function validateUpdateStrategy(strategyValue: unknown): FieldError[] {
  const strategy = asObj(strategyValue);
  const type = defaulted(strategy.type, 'RollingUpdate');
  const path = 'spec.updateStrategy';
  if (type === 'OnDelete') {
    return isObj(strategy.rollingUpdate)
      ? [invalid(`${path}.rollingUpdate`, internalRolling(strategy.rollingUpdate), "only allowed for updateStrategy 'RollingUpdate'")]
      : [];
  }
  if (type !== 'RollingUpdate') {
    const value = { Type: asStr(type), RollingUpdate: isObj(strategy.rollingUpdate) ? internalRolling(strategy.rollingUpdate) : null };
    return [invalid(path, value, "must be 'RollingUpdate' or 'OnDelete'")];
  }
  if (!isObj(strategy.rollingUpdate)) return [];
  const ru = strategy.rollingUpdate;
  const rp = `${path}.rollingUpdate`;
  const errs = nonNegative(ru.partition, `${rp}.partition`);
  if (ru.maxUnavailable !== undefined && ru.maxUnavailable !== null) {
    errs.push(...validateIntOrPercent(ru.maxUnavailable, `${rp}.maxUnavailable`));
    if (intOrPercentValue(ru.maxUnavailable) === 0) errs.push(invalid(`${rp}.maxUnavailable`, ru.maxUnavailable, 'cannot be 0'));
    errs.push(...notMoreThan100Percent(ru.maxUnavailable, `${rp}.maxUnavailable`));
  }
  return errs;
}

const internalRolling = (ru: Record<string, unknown>): Record<string, unknown> => ({ Partition: ru.partition ?? 0, MaxUnavailable: ru.maxUnavailable ?? null });

function validateRetentionPolicy(policy: unknown): FieldError[] {
  if (!isObj(policy)) return [];
  return (['whenDeleted', 'whenScaled'] as const).flatMap((f) => {
    const v = policy[f] ?? 'Retain';
    return v === 'Retain' || v === 'Delete' ? [] : [unsupported(`spec.persistentVolumeClaimRetentionPolicy.${f}`, v, ['Retain', 'Delete'])];
  });
}

function validateStatefulSetSpec(specValue: unknown): FieldError[] {
  const spec = asObj(specValue);
  const errs: FieldError[] = [];
  const policy = defaulted(spec.podManagementPolicy, 'OrderedReady');
  if (policy !== 'OrderedReady' && policy !== 'Parallel') errs.push(invalid('spec.podManagementPolicy', policy, "must be 'OrderedReady' or 'Parallel'"));
  errs.push(...validateUpdateStrategy(spec.updateStrategy), ...validateRetentionPolicy(spec.persistentVolumeClaimRetentionPolicy));
  errs.push(...nonNegative(spec.replicas, 'spec.replicas'), ...nonNegative(spec.minReadySeconds, 'spec.minReadySeconds'));
  if (isObj(spec.ordinals)) errs.push(...nonNegative(spec.ordinals.start, 'spec.ordinals.start'));
  if (!isObj(spec.selector)) errs.push(required('spec.selector'));
  else {
    errs.push(...validateLabelSelector(spec.selector, 'spec.selector'));
    if (labelSelectorAsSelector(spec.selector)?.kind === 'everything') errs.push(invalid('spec.selector', selectorValue(spec.selector), 'empty selector is invalid for statefulset'));
  }
  const selector = labelSelectorAsSelector(spec.selector);
  if (!selector) errs.push(invalid('spec.selector', selectorValue(spec.selector), ''));
  else {
    if (!selectorIsEmpty(selector) && !selectorMatches(selector, templateLabelMap(spec.template))) {
      errs.push(invalid('spec.template.metadata.labels', templateLabels(spec.template), MATCH_MSG));
    }
    const meta = asObj(asObj(spec.template).metadata);
    errs.push(...validateLabels(asStrMap(meta.labels), 'spec.template.labels'), ...validateAnnotations(asStrMap(meta.annotations), 'spec.template.annotations'));
  }
  errs.push(...templateRestrictions(spec.template, 'StatefulSet'));
  return errs;
}

export function validateStatefulSetCreate(obj: Record<string, unknown>): FieldError[] {
  return [...validateObjectMeta(obj.metadata, nameIsDNSLabel), ...validateStatefulSetSpec(obj.spec)];
}

const MUTABLE = ['replicas', 'template', 'updateStrategy', 'minReadySeconds', 'ordinals', 'persistentVolumeClaimRetentionPolicy', 'revisionHistoryLimit'];

export function validateStatefulSetUpdate(obj: Record<string, unknown>, old: Record<string, unknown>): FieldError[] {
  const errs = [...validateObjectMetaUpdate(obj.metadata, old.metadata), ...validateStatefulSetSpec(obj.spec)];
  const strip = (spec: unknown): Record<string, unknown> => {
    const copy = { ...asObj(spec) };
    for (const f of MUTABLE) delete copy[f];
    return copy;
  };
  if (!semanticEqual(strip(obj.spec), strip(old.spec))) errs.push(forbidden('spec', UPDATABLE));
  return errs;
}
