import type { CronJob, Job, JobSpec } from 'kubernetes-types/batch/v1';
import { defaultPodTemplateSpec } from './podspec';
import { templateMetadata } from './types';

/** Backoff limit of a job that counts failures per index instead (Go's MaxInt32). */
const UNLIMITED_BACKOFF = 2147483647;

export function defaultJob(job: Job): void {
  const spec = (job.spec ??= { template: {} });
  // A job that sets neither runs one pod once.
  if (spec.completions == null && spec.parallelism == null) spec.completions = 1;
  spec.parallelism ??= 1;
  spec.backoffLimit ??= spec.backoffLimitPerIndex != null ? UNLIMITED_BACKOFF : 6;
  copyTemplateLabelsToJob(job);
  spec.completionMode ??= 'NonIndexed';
  spec.suspend ??= false;
  // Feature gate JobPodReplacementPolicy (GA since v1.34).
  spec.podReplacementPolicy ??= spec.podFailurePolicy ? 'Failed' : 'TerminatingOrFailed';
  spec.manualSelector ??= false;
  defaultPodFailurePolicy(spec);
  defaultPodTemplateSpec((spec.template ??= {}));
  job.status ??= {};
}

/** A job's own labels default to its pod template's when it has none. */
function copyTemplateLabelsToJob(job: Job): void {
  const templateLabels = job.spec?.template?.metadata?.labels;
  const meta = (job.metadata ??= {});
  if (templateLabels && Object.keys(meta.labels ?? {}).length === 0) meta.labels = { ...templateLabels };
}

function defaultPodFailurePolicy(spec: JobSpec): void {
  for (const rule of spec.podFailurePolicy?.rules ?? []) {
    for (const pattern of rule.onPodConditions ?? []) pattern.status ||= 'True';
  }
}

export const JOB_CONTROLLER_UID_LABEL = 'batch.kubernetes.io/controller-uid';
export const JOB_NAME_LABEL = 'batch.kubernetes.io/job-name';
export const LEGACY_JOB_CONTROLLER_UID_LABEL = 'controller-uid';
export const LEGACY_JOB_NAME_LABEL = 'job-name';

/**
 * The selector and pod-template labels the API server generates for a new job (unless
 * `manualSelector` is true); it needs the job's uid, so the API server calls it once the uid is
 * known. Afterwards the job's own labels are defaulted again, as they are when the stored job
 * is read back: a job created without labels shows the four generated ones.
 */
export function defaultJobSelectorAndLabels(job: Job, uid: string): void {
  const spec = (job.spec ??= { template: {} });
  if (spec.manualSelector === true) return;
  const template = (spec.template ??= {});
  const labels = ((template.metadata ??= {}).labels ??= {});
  const name = job.metadata?.name ?? '';
  labels[LEGACY_JOB_NAME_LABEL] ??= name;
  labels[JOB_NAME_LABEL] ??= name;
  labels[LEGACY_JOB_CONTROLLER_UID_LABEL] ??= uid;
  labels[JOB_CONTROLLER_UID_LABEL] ??= uid;
  ((spec.selector ??= {}).matchLabels ??= {})[JOB_CONTROLLER_UID_LABEL] ??= uid;
  copyTemplateLabelsToJob(job);
}

/**
 * A CronJob's job template gets the pod-template defaults but none of the Job defaults: those
 * are applied to each Job when the controller creates it.
 */
export function defaultCronJob(cj: CronJob): void {
  const spec = (cj.spec ??= { schedule: '', jobTemplate: {} });
  spec.concurrencyPolicy ||= 'Allow';
  spec.suspend ??= false;
  spec.successfulJobsHistoryLimit ??= 3;
  spec.failedJobsHistoryLimit ??= 1;
  const jobTemplate = (spec.jobTemplate ??= {});
  templateMetadata(jobTemplate);
  const jobSpec = (jobTemplate.spec ??= { template: {} });
  defaultPodFailurePolicy(jobSpec);
  defaultPodTemplateSpec((jobSpec.template ??= {}));
  cj.status ??= {};
}
