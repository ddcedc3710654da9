// describe job and cronjob.

import type { CronJob, Job, JobTemplateSpec } from 'kubernetes-types/batch/v1';
import { humanDuration } from '../../lib/duration';
import type { KubeObject } from '../../sim/api/object';
import type { DescribeContext } from './context';
import { queryFor, searchEvents, writeEvents } from './events';
import { controlledBy, printAnnotations, printLabels, printNameNamespaceLabels, selectorText, timeString } from './format';
import { describePodTemplate } from './pod-template';
import { LEVEL_0, tabbed, type DescribeWriter } from './writer';

const isSet = <T>(v: T | undefined | null): v is T => v !== undefined && v !== null;

export function describeJob(obj: KubeObject, ctx: DescribeContext): string {
  const job = obj as unknown as Job;
  const spec = job.spec;
  const st = job.status ?? {};
  const events = searchEvents(ctx, queryFor(obj));
  return tabbed((w) => {
    w.line(LEVEL_0, 'Name', job.metadata?.name ?? '');
    w.line(LEVEL_0, 'Namespace', job.metadata?.namespace ?? '');
    w.line(LEVEL_0, 'Selector', selectorText(spec?.selector));
    printLabels(w, 'Labels', job.metadata?.labels);
    printAnnotations(w, 'Annotations', job.metadata?.annotations);
    const owner = controlledBy(job.metadata ?? {});
    if (owner) w.line(LEVEL_0, 'Controlled By', owner);
    if (isSet(spec?.parallelism)) w.line(LEVEL_0, 'Parallelism', spec.parallelism);
    w.line(LEVEL_0, 'Completions', isSet(spec?.completions) ? spec.completions : '<unset>');
    if (isSet(spec?.completionMode)) w.line(LEVEL_0, 'Completion Mode', spec.completionMode);
    if (isSet(spec?.suspend)) w.line(LEVEL_0, 'Suspend', String(spec.suspend));
    if (isSet(spec?.backoffLimit)) w.line(LEVEL_0, 'Backoff Limit', spec.backoffLimit);
    if (isSet(spec?.ttlSecondsAfterFinished)) w.line(LEVEL_0, 'TTL Seconds After Finished', spec.ttlSecondsAfterFinished);
    if (st.startTime) w.line(LEVEL_0, 'Start Time', timeString(st.startTime));
    if (st.completionTime) w.line(LEVEL_0, 'Completed At', timeString(st.completionTime));
    if (st.startTime && st.completionTime) w.line(LEVEL_0, 'Duration', humanDuration(Date.parse(st.completionTime) - Date.parse(st.startTime)));
    if (isSet(spec?.activeDeadlineSeconds)) w.line(LEVEL_0, 'Active Deadline Seconds', `${spec.activeDeadlineSeconds}s`);
    const counts = `${st.active ?? 0} Active${isSet(st.ready) ? ` (${st.ready} Ready)` : ''} / ${st.succeeded ?? 0} Succeeded / ${st.failed ?? 0} Failed`;
    w.line(LEVEL_0, 'Pods Statuses', counts);
    if (spec?.completionMode === 'Indexed') w.line(LEVEL_0, 'Completed Indexes', st.completedIndexes || '<none>');
    describePodTemplate(w, spec?.template);
    writeEvents(w, events, ctx.now);
  });
}

function describeJobTemplate(w: DescribeWriter, t: JobTemplateSpec | undefined): void {
  const spec = t?.spec;
  w.line(LEVEL_0, 'Selector', spec?.selector ? selectorText(spec.selector) : '<unset>');
  w.line(LEVEL_0, 'Parallelism', isSet(spec?.parallelism) ? spec.parallelism : '<unset>');
  w.line(LEVEL_0, 'Completions', isSet(spec?.completions) ? spec.completions : '<unset>');
  if (isSet(spec?.activeDeadlineSeconds)) w.line(LEVEL_0, 'Active Deadline Seconds', `${spec.activeDeadlineSeconds}s`);
  describePodTemplate(w, spec?.template);
}

const boolPtr = (b: boolean | undefined | null): string => (isSet(b) ? (b ? 'True' : 'False') : '<unset>');

export function describeCronJob(obj: KubeObject, ctx: DescribeContext): string {
  const cj = obj as unknown as CronJob;
  const spec = cj.spec;
  const events = searchEvents(ctx, queryFor(obj));
  return tabbed((w) => {
    printNameNamespaceLabels(w, cj.metadata);
    w.line(LEVEL_0, 'Schedule', spec?.schedule ?? '');
    w.line(LEVEL_0, 'Concurrency Policy', spec?.concurrencyPolicy ?? '');
    w.line(LEVEL_0, 'Suspend', boolPtr(spec?.suspend));
    w.line(LEVEL_0, 'Successful Job History Limit', isSet(spec?.successfulJobsHistoryLimit) ? spec.successfulJobsHistoryLimit : '<unset>');
    w.line(LEVEL_0, 'Failed Job History Limit', isSet(spec?.failedJobsHistoryLimit) ? spec.failedJobsHistoryLimit : '<unset>');
    w.line(LEVEL_0, 'Starting Deadline Seconds', isSet(spec?.startingDeadlineSeconds) ? `${spec.startingDeadlineSeconds}s` : '<unset>');
    describeJobTemplate(w, spec?.jobTemplate);
    w.line(LEVEL_0, 'Last Schedule Time', cj.status?.lastScheduleTime ? timeString(cj.status.lastScheduleTime) : '<unset>');
    const active = (cj.status?.active ?? []).map((r) => r.name ?? '');
    w.line(LEVEL_0, 'Active Jobs', active.length === 0 ? '<none>' : active.join(', '));
    writeEvents(w, events, ctx.now);
  });
}
