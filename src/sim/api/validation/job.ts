import type { FieldError } from '../field-errors';
import { goMap, invalid, required, tooLong, unsupported } from '../field-errors';
import { MATCH_MSG, nonNegative, templateLabelMap, templateLabels } from './apps-common';
import { FIELD_IMMUTABLE, validateObjectMeta, validateObjectMetaUpdate } from './meta';
import { isDNS1123Label, nameIsDNSSubdomain } from './names';
import { validatePodTemplateSpec } from './pod-spec';
import { labelSelectorAsSelector, selectorMatches, selectorValue, validateLabelSelector } from './selector';
import { asNum, asObj, asStr, asStrMap, isObj, semanticEqual } from './util';

/**
 * Jobs: kubernetes `pkg/apis/batch/validation/validation.go` (validateJobSpec, ValidateJobSpec,
 * validateGeneratedSelector, ValidateJobSpecUpdate). Unless `manualSelector` is true the server
 * generates the selector and template labels before validating (`pkg/registry/batch/job/strategy.go`);
 * an absent selector is therefore taken as "to be generated", never as missing.
 */

const CONTROLLER_UID = 'batch.kubernetes.io/controller-uid';
const GENERATED_KEYS = new Set(['controller-uid', 'job-name', CONTROLLER_UID, 'batch.kubernetes.io/job-name']);

/** validateJobSpec: also used for a CronJob's jobTemplate (with `base` = its spec path). */
export function validateJobSpecBody(specValue: unknown, base: string): FieldError[] {
  const spec = asObj(specValue);
  const errs = [
    ...nonNegative(spec.parallelism, `${base}.parallelism`),
    ...nonNegative(spec.completions, `${base}.completions`),
    ...nonNegative(spec.activeDeadlineSeconds, `${base}.activeDeadlineSeconds`),
    ...nonNegative(spec.backoffLimit, `${base}.backoffLimit`),
    ...nonNegative(spec.ttlSecondsAfterFinished, `${base}.ttlSecondsAfterFinished`),
    ...nonNegative(spec.backoffLimitPerIndex, `${base}.backoffLimitPerIndex`),
  ];
  if (asNum(spec.maxFailedIndexes) !== undefined) {
    errs.push(...nonNegative(spec.maxFailedIndexes, `${base}.maxFailedIndexes`));
    if (asNum(spec.backoffLimitPerIndex) === undefined) errs.push(required(`${base}.backoffLimitPerIndex`, 'when maxFailedIndexes is specified'));
  }
  if (typeof spec.managedBy === 'string' && spec.managedBy.length > 63) errs.push(tooLong(`${base}.managedBy`, spec.managedBy, 63));
  const mode = spec.completionMode ?? 'NonIndexed';
  if (mode !== 'NonIndexed' && mode !== 'Indexed') errs.push(unsupported(`${base}.completionMode`, mode, ['NonIndexed', 'Indexed']));
  if (mode === 'Indexed' && asNum(spec.completions) === undefined) errs.push(required(`${base}.completions`, 'when completion mode is Indexed'));
  if (mode !== 'Indexed') {
    for (const f of ['backoffLimitPerIndex', 'maxFailedIndexes']) {
      const v = asNum(spec[f]);
      if (v !== undefined) errs.push(invalid(`${base}.${f}`, v, 'requires indexed completion mode'));
    }
  }
  const replacement = spec.podReplacementPolicy;
  if (replacement !== undefined && replacement !== null) {
    const allowed = isObj(spec.podFailurePolicy) ? ['Failed'] : ['Failed', 'TerminatingOrFailed'];
    if (!allowed.includes(asStr(replacement))) errs.push(unsupported(`${base}.podReplacementPolicy`, replacement, allowed));
  }
  errs.push(...validatePodTemplateSpec(spec.template, `${base}.template`));
  const restart = asObj(asObj(spec.template).spec).restartPolicy ?? 'Always';
  const rp = `${base}.template.spec.restartPolicy`;
  if (restart === 'Always' || restart === '') errs.push(required(rp, 'valid values: "OnFailure", "Never"'));
  else if (restart !== 'OnFailure' && restart !== 'Never') errs.push(unsupported(rp, restart, ['OnFailure', 'Never']));
  else if (isObj(spec.podFailurePolicy) && restart !== 'Never') errs.push(invalid(rp, restart, 'only "Never" is supported when podFailurePolicy is specified'));
  return errs;
}

/** The selector after the server's generation step: the controller-uid label added. */
function generatedSelector(job: Record<string, unknown>): Record<string, unknown> {
  const sel = asObj(asObj(job.spec).selector);
  const uid = asStr(asObj(job.metadata).uid);
  const matchLabels = asStrMap(sel.matchLabels);
  if (!(CONTROLLER_UID in matchLabels)) matchLabels[CONTROLLER_UID] = uid;
  return { ...sel, matchLabels };
}

/** Template labels after generation: job-name and controller-uid added unless the user set them. */
function generatedTemplateLabels(job: Record<string, unknown>): Record<string, string> {
  const meta = asObj(job.metadata);
  const labels = templateLabelMap(asObj(job.spec).template);
  const generated: Record<string, string> = {
    'batch.kubernetes.io/controller-uid': asStr(meta.uid),
    'batch.kubernetes.io/job-name': asStr(meta.name),
    'controller-uid': asStr(meta.uid),
    'job-name': asStr(meta.name),
  };
  for (const [k, v] of Object.entries(generated)) if (!(k in labels)) labels[k] = v;
  return labels;
}

/** validateGeneratedSelector: a user selector without manualSelector is rejected. */
function validateGeneratedSelector(job: Record<string, unknown>): FieldError[] {
  const spec = asObj(job.spec);
  if (spec.manualSelector === true || !isObj(spec.selector)) return [];
  const user = asObj(spec.selector);
  const extraKeys = Object.keys(asStrMap(user.matchLabels)).filter((k) => !GENERATED_KEYS.has(k));
  const hasExprs = Array.isArray(user.matchExpressions) && user.matchExpressions.length > 0;
  return extraKeys.length > 0 || hasExprs ? [invalid('spec.selector', selectorValue(generatedSelector(job)), '`selector` not auto-generated')] : [];
}

/** ValidateJobSpec's selector part: required (manual only), valid, matching the template. */
function validateSpecSelector(job: Record<string, unknown>): FieldError[] {
  const spec = asObj(job.spec);
  const manual = spec.manualSelector === true;
  if (!manual && !isObj(spec.selector)) return [];
  const sel = manual ? spec.selector : generatedSelector(job);
  const errs = isObj(sel) ? validateLabelSelector(sel, 'spec.selector') : [required('spec.selector')];
  const labels = manual ? templateLabelMap(spec.template) : generatedTemplateLabels(job);
  const selector = labelSelectorAsSelector(sel);
  if (selector && !selectorMatches(selector, labels)) {
    errs.push(invalid('spec.template.metadata.labels', manual ? templateLabels(spec.template) : goMap(labels), MATCH_MSG));
  }
  return errs;
}

function validateIndexedName(job: Record<string, unknown>): FieldError[] {
  const spec = asObj(job.spec);
  const completions = asNum(spec.completions);
  if (spec.completionMode !== 'Indexed' || completions === undefined || completions <= 0) return [];
  const name = asStr(asObj(job.metadata).name);
  const hostname = `${name}-${completions - 1}`;
  return isDNS1123Label(hostname).length > 0
    ? [invalid('metadata.name', name, `will not able to create pod with invalid DNS label: ${hostname}`)]
    : [];
}

export function validateJobCreate(job: Record<string, unknown>): FieldError[] {
  return [
    ...validateObjectMeta(job.metadata, nameIsDNSSubdomain),
    ...validateGeneratedSelector(job),
    ...validateJobSpecBody(job.spec, 'spec'),
    ...validateSpecSelector(job),
    ...validateIndexedName(job),
  ];
}

const immutable = (next: unknown, prev: unknown, path: string, value: unknown = next): FieldError[] =>
  semanticEqual(next, prev) ? [] : [invalid(path, value ?? null, FIELD_IMMUTABLE)];

export function validateJobUpdate(job: Record<string, unknown>, old: Record<string, unknown>): FieldError[] {
  const spec = asObj(job.spec);
  const prev = asObj(old.spec);
  return [
    ...validateObjectMetaUpdate(job.metadata, old.metadata),
    ...validateJobSpecBody(spec, 'spec'),
    ...validateSpecSelector(job),
    ...immutable(spec.completions, prev.completions, 'spec.completions'),
    ...immutable(spec.selector, prev.selector, 'spec.selector', selectorValue(spec.selector)),
    ...immutable(spec.template, prev.template, 'spec.template', templateValue(spec.template)),
    ...immutable(spec.completionMode, prev.completionMode, 'spec.completionMode'),
    ...immutable(spec.podFailurePolicy, prev.podFailurePolicy, 'spec.podFailurePolicy'),
    ...immutable(spec.backoffLimitPerIndex, prev.backoffLimitPerIndex, 'spec.backoffLimitPerIndex'),
    ...immutable(spec.managedBy, prev.managedBy, 'spec.managedBy'),
    ...immutable(spec.successPolicy, prev.successPolicy, 'spec.successPolicy'),
  ];
}

/**
 * The server prints the internal core.PodTemplateSpec here (Go field names, every zero field);
 * this approximation prints the template as submitted, labels sorted like a Go map.
 */
function templateValue(template: unknown): unknown {
  const t = asObj(template);
  const meta = asObj(t.metadata);
  return { ...t, metadata: { ...meta, labels: goMap(asStrMap(meta.labels)) } };
}
