import type { FieldError } from '../field-errors';
import { forbidden, invalid, required, tooLong } from '../field-errors';
import type { NameFn } from './names';
import { isLabelValue, isQualifiedName } from './names';
import { asArr, asObj, asStr, asStrMap, semanticEqual, utf8 } from './util';

/**
 * Object metadata on create and update: apimachinery `pkg/api/validation/objectmeta.go` and
 * `pkg/apis/meta/v1/validation/validation.go` (v0.35.0), plus the finalizer check of
 * kubernetes `pkg/apis/core/validation/validation.go` (ValidateObjectMeta).
 * The namespace is the caller's business (set from the request, cleared for cluster-scoped kinds).
 */

const TOTAL_ANNOTATION_SIZE = 256 * 1024;
export const FIELD_IMMUTABLE = 'field is immutable';
const STANDARD_FINALIZERS = new Set(['kubernetes', 'orphan', 'foregroundDeletion']);

export function validateLabels(labels: Record<string, string>, path: string): FieldError[] {
  const errs: FieldError[] = [];
  for (const [k, v] of Object.entries(labels)) {
    for (const msg of isQualifiedName(k)) errs.push(invalid(path, k, msg));
    for (const msg of isLabelValue(v)) errs.push(invalid(path, v, msg));
  }
  return errs;
}

export function validateAnnotations(annotations: Record<string, string>, path: string): FieldError[] {
  const errs: FieldError[] = [];
  let size = 0;
  for (const [k, v] of Object.entries(annotations)) {
    for (const msg of isQualifiedName(k.toLowerCase())) errs.push(invalid(path, k, msg));
    size += utf8(k) + utf8(v);
  }
  if (size > TOTAL_ANNOTATION_SIZE) errs.push(tooLong(path, '', TOTAL_ANNOTATION_SIZE));
  return errs;
}

function validateFinalizers(finalizers: string[], path: string): FieldError[] {
  const errs: FieldError[] = [];
  for (const f of finalizers) for (const msg of isQualifiedName(f)) errs.push(invalid(path, f, msg));
  if (finalizers.includes('orphan') && finalizers.includes('foregroundDeletion')) {
    errs.push(invalid(path, finalizers, 'finalizer orphan and foregroundDeletion cannot be both set'));
  }
  return errs;
}

function validateKubeFinalizerNames(finalizers: string[], path: string): FieldError[] {
  return finalizers
    .map((f, i) => ({ f, i }))
    .filter(({ f }) => !f.includes('/') && !STANDARD_FINALIZERS.has(f))
    .map(({ f, i }) => invalid(`${path}[${i}]`, f, 'name is neither a standard finalizer name nor is it fully qualified'));
}

const finalizersOf = (meta: Record<string, unknown>): string[] => asArr(meta.finalizers).map(asStr);

/** ValidateObjectMeta with the kind's name function (DNS subdomain for most kinds). */
export function validateObjectMeta(metadata: unknown, nameFn: NameFn, path = 'metadata'): FieldError[] {
  const meta = asObj(metadata);
  const errs: FieldError[] = [];
  const generateName = asStr(meta.generateName);
  const name = asStr(meta.name);
  if (generateName) for (const msg of nameFn(generateName, true)) errs.push(invalid(`${path}.generateName`, generateName, msg));
  if (!name) errs.push(required(`${path}.name`, 'name or generateName is required'));
  else for (const msg of nameFn(name, false)) errs.push(invalid(`${path}.name`, name, msg));
  errs.push(...validateCommonMeta(meta, path));
  errs.push(...validateKubeFinalizerNames(finalizersOf(meta), `${path}.finalizers`));
  return errs;
}

function validateCommonMeta(meta: Record<string, unknown>, path: string): FieldError[] {
  return [
    ...validateLabels(asStrMap(meta.labels), `${path}.labels`),
    ...validateAnnotations(asStrMap(meta.annotations), `${path}.annotations`),
    ...validateFinalizers(finalizersOf(meta), `${path}.finalizers`),
  ];
}

/** ValidateObjectMetaUpdate: identity fields are immutable; labels and annotations re-checked. */
export function validateObjectMetaUpdate(newMetadata: unknown, oldMetadata: unknown, path = 'metadata'): FieldError[] {
  const meta = asObj(newMetadata);
  const old = asObj(oldMetadata);
  const errs: FieldError[] = [];
  if (old.deletionTimestamp) {
    const added = [...new Set(finalizersOf(meta))].filter((f) => !finalizersOf(old).includes(f)).sort();
    if (added.length > 0) {
      const list = `[]string{${added.map((f) => JSON.stringify(f)).join(', ')}}`;
      errs.push(forbidden(`${path}.finalizers`, `no new finalizers can be added if the object is being deleted, found new finalizers ${list}`));
    }
  }
  // rest.BeforeUpdate carries uid (when omitted), creationTimestamp, deletionTimestamp and the
  // grace period over from the stored object before validating, so only real changes remain.
  const carried: Record<string, unknown> = {
    uid: meta.uid || old.uid,
    creationTimestamp: old.creationTimestamp || meta.creationTimestamp,
    deletionTimestamp: old.deletionTimestamp || meta.deletionTimestamp,
    deletionGracePeriodSeconds: meta.deletionGracePeriodSeconds ?? old.deletionGracePeriodSeconds,
  };
  for (const f of ['name', 'namespace', 'uid', 'creationTimestamp', 'deletionTimestamp', 'deletionGracePeriodSeconds']) {
    const isString = f === 'name' || f === 'namespace' || f === 'uid';
    const value = f in carried ? carried[f] : meta[f];
    if (!semanticEqual(value, old[f])) errs.push(invalid(`${path}.${f}`, value ?? (isString ? '' : null), FIELD_IMMUTABLE));
  }
  errs.push(...validateLabels(asStrMap(meta.labels), `${path}.labels`));
  errs.push(...validateAnnotations(asStrMap(meta.annotations), `${path}.annotations`));
  errs.push(...validateKubeFinalizerNames(finalizersOf(meta), `${path}.finalizers`));
  return errs;
}

/** ValidateTemplateObjectMeta-lite for pod templates: labels and annotations only. */
export function validateTemplateMeta(metadata: unknown, path: string): FieldError[] {
  const meta = asObj(metadata);
  return [...validateLabels(asStrMap(meta.labels), `${path}.labels`), ...validateAnnotations(asStrMap(meta.annotations), `${path}.annotations`)];
}
