import type { FieldError } from '../field-errors';
import { forbidden, invalid, required } from '../field-errors';
import { validateImagesWhitespace } from './containers';
import { validateObjectMeta, validateObjectMetaUpdate } from './meta';
import { inclusiveRangeError, nameIsDNSSubdomain } from './names';
import { podSpecDiff } from './pod-diff';
import { validatePodSpec, validateTolerations } from './pod-spec';
import { asArr, asNum, asObj, asStr, semanticEqual } from './util';
import { ValidSpecMemo } from './valid-spec-memo';

/**
 * Pods: kubernetes `pkg/apis/core/validation/validation.go` (ValidatePodCreate,
 * validatePodMetadataAndSpec, ValidatePodUpdate, ValidateContainerUpdates,
 * validateOnlyAddedTolerations, updatablePodSpecFields).
 */

const MAX_INT32 = 2147483647;

const UPDATABLE_FIELDS = [
  '`spec.containers[*].image`',
  '`spec.initContainers[*].image`',
  '`spec.activeDeadlineSeconds`',
  '`spec.tolerations` (only additions to existing tolerations)',
  '`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)',
];

/** Valid pod specs seen lately: the pods of one template are validated once (valid-spec-memo.ts). */
const validSpecs = new ValidSpecMemo();

function validatePodMetadataAndSpec(pod: Record<string, unknown>): FieldError[] {
  const errs = validateObjectMeta(pod.metadata, nameIsDNSSubdomain);
  if (validSpecs.has(pod.spec)) return errs;
  const spec = asObj(pod.spec);
  const specErrs = [
    ...validatePodSpec(spec, 'spec', true),
    ...validateImagesWhitespace(spec.containers, 'spec.containers'),
    ...validateImagesWhitespace(spec.initContainers, 'spec.initContainers'),
  ];
  if (specErrs.length === 0) validSpecs.add(pod.spec);
  else errs.push(...specErrs);
  return errs;
}

export function validatePodCreate(pod: Record<string, unknown>): FieldError[] {
  const spec = asObj(pod.spec);
  const errs = validatePodMetadataAndSpec(pod);
  if (asArr(spec.ephemeralContainers).length > 0) errs.push(forbidden('spec.ephemeralContainers', 'cannot be set on create'));
  if (asStr(spec.nodeName) && asArr(spec.schedulingGates).length > 0) {
    errs.push(forbidden('spec.nodeName', 'cannot be set until all schedulingGates have been cleared'));
  }
  return errs;
}

/** Returns the errors, and whether the server stops here (containers added or removed). */
function validateContainerUpdates(next: unknown, prev: unknown, path: string): { errs: FieldError[]; stop: boolean } {
  const n = asArr(next);
  if (n.length !== asArr(prev).length) return { errs: [forbidden(path, 'pod updates may not add or remove containers')], stop: true };
  const errs: FieldError[] = [];
  n.forEach((c, i) => {
    const image = asStr(asObj(c).image);
    if (!image) errs.push(required(`${path}[${i}].image`));
    if (image.trim() !== image) errs.push(invalid(`${path}[${i}].image`, image, 'must not have leading or trailing whitespace'));
  });
  return { errs, stop: false };
}

function validateOnlyAddedTolerations(next: unknown, prev: unknown, path: string): FieldError[] {
  const nextList = asArr(next).map(asObj);
  for (const old of asArr(prev).map(asObj)) {
    const found = nextList.some((t) => semanticEqual({ ...old, tolerationSeconds: t.tolerationSeconds }, t));
    if (!found) return [forbidden(path, 'existing toleration can not be modified except its tolerationSeconds')];
  }
  return validateTolerations(next, path);
}

function validateActiveDeadlineUpdate(next: unknown, prev: unknown): { errs: FieldError[]; stop: boolean } {
  const n = asNum(next);
  const p = asNum(prev);
  if (n !== undefined) {
    if (n < 0 || n > MAX_INT32) return { errs: [invalid('spec.activeDeadlineSeconds', n, inclusiveRangeError(0, MAX_INT32))], stop: true };
    if (p !== undefined && p < n) return { errs: [invalid('spec.activeDeadlineSeconds', n, 'must be less than or equal to previous value')], stop: true };
  } else if (p !== undefined) {
    return { errs: [invalid('spec.activeDeadlineSeconds', null, 'must not update from a positive integer to nil value')], stop: false };
  }
  return { errs: [], stop: false };
}

/** The new spec with the fields a pod update may change copied from the old one. */
function mungedSpec(next: Record<string, unknown>, prev: Record<string, unknown>): Record<string, unknown> {
  const withOldImages = (list: unknown, old: unknown): unknown[] =>
    asArr(list).map((c, i) => ({ ...asObj(c), image: asObj(asArr(old)[i]).image }));
  const munged: Record<string, unknown> = {
    ...next,
    containers: withOldImages(next.containers, prev.containers),
    initContainers: withOldImages(next.initContainers, prev.initContainers),
    activeDeadlineSeconds: prev.activeDeadlineSeconds,
    schedulingGates: prev.schedulingGates,
    tolerations: prev.tolerations,
  };
  const oldGrace = asNum(prev.terminationGracePeriodSeconds);
  if (oldGrace !== undefined && oldGrace < 0 && munged.terminationGracePeriodSeconds === 1) munged.terminationGracePeriodSeconds = oldGrace;
  return munged;
}

export function validatePodUpdate(pod: Record<string, unknown>, old: Record<string, unknown>): FieldError[] {
  const spec = asObj(pod.spec);
  const oldSpec = asObj(old.spec);
  const errs = [...validateObjectMetaUpdate(pod.metadata, old.metadata), ...validatePodMetadataAndSpec(pod)];
  for (const key of ['containers', 'initContainers']) {
    const r = validateContainerUpdates(spec[key], oldSpec[key], `spec.${key}`);
    errs.push(...r.errs);
    if (r.stop) return errs;
  }
  const ads = validateActiveDeadlineUpdate(spec.activeDeadlineSeconds, oldSpec.activeDeadlineSeconds);
  errs.push(...ads.errs);
  if (ads.stop) return errs;
  errs.push(...validateOnlyAddedTolerations(spec.tolerations, oldSpec.tolerations, 'spec.tolerations'));
  if (semanticEqual(spec, oldSpec)) return errs;
  const munged = mungedSpec(spec, oldSpec);
  if (!semanticEqual(munged, oldSpec)) {
    const detail = `pod updates may not change fields other than ${UPDATABLE_FIELDS.join(',')}\n${podSpecDiff(oldSpec, munged)}`;
    errs.push(forbidden('spec', detail));
  }
  return errs;
}
