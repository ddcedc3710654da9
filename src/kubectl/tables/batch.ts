// Job and CronJob rows (printJob, printCronJob).

import type { CronJob, Job, JobCondition } from 'kubernetes-types/batch/v1';
import { humanDuration } from '../../lib/duration';
import type { KubeObject } from '../../sim/api/object';
import { containerCells, formatSelector, since, timeOf } from './format';
import { AGE, col, NAME, wide, type TableDef } from './types';

/** hasJobCondition: the first condition of that type decides. */
function hasCondition(conditions: readonly JobCondition[] | undefined, type: string): boolean {
  const c = (conditions ?? []).find((x) => x.type === type);
  return c?.status === 'True';
}

function jobStatus(job: Job): string {
  const conds = job.status?.conditions;
  if (hasCondition(conds, 'Complete')) return 'Complete';
  if (hasCondition(conds, 'Failed')) return 'Failed';
  if (job.metadata?.deletionTimestamp) return 'Terminating';
  if (hasCondition(conds, 'Suspended')) return 'Suspended';
  if (hasCondition(conds, 'FailureTarget')) return 'FailureTarget';
  return 'Running';
}

function completions(job: Job): string {
  const succeeded = job.status?.succeeded ?? 0;
  const want = job.spec?.completions;
  if (want !== undefined && want !== null) return `${succeeded}/${want}`;
  const parallelism = job.spec?.parallelism ?? 0;
  return parallelism > 1 ? `${succeeded}/1 of ${parallelism}` : `${succeeded}/1`;
}

function jobDuration(job: Job, now: number): string {
  const start = timeOf(job.status?.startTime);
  if (start === undefined) return '';
  const end = timeOf(job.status?.completionTime);
  return humanDuration((end ?? now) - start);
}

const containersImagesSelector = [wide('Containers'), wide('Images'), wide('Selector')];

export const jobTable: TableDef = {
  columns: [NAME, col('Status'), col('Completions'), col('Duration'), AGE, ...containersImagesSelector],
  row(obj: KubeObject, { now }) {
    const job = obj as unknown as Job;
    const [names, images] = containerCells(job.spec?.template?.spec?.containers);
    return [
      job.metadata?.name ?? '',
      jobStatus(job),
      completions(job),
      jobDuration(job, now),
      since(job.metadata?.creationTimestamp, now),
      names,
      images,
      formatSelector(job.spec?.selector),
    ];
  },
};

const boolPtr = (v: boolean | null | undefined): string => (v === undefined || v === null ? '<unset>' : v ? 'True' : 'False');

export const cronJobTable: TableDef = {
  columns: [NAME, col('Schedule'), col('Timezone'), col('Suspend'), col('Active'), col('Last Schedule'), AGE, ...containersImagesSelector],
  row(obj: KubeObject, { now }) {
    const cj = obj as unknown as CronJob;
    const jobSpec = cj.spec?.jobTemplate?.spec;
    const [names, images] = containerCells(jobSpec?.template?.spec?.containers);
    const last = cj.status?.lastScheduleTime;
    return [
      cj.metadata?.name ?? '',
      cj.spec?.schedule ?? '',
      cj.spec?.timeZone ?? '<none>',
      boolPtr(cj.spec?.suspend),
      (cj.status?.active ?? []).length,
      last ? since(last, now) : '<none>',
      since(cj.metadata?.creationTimestamp, now),
      names,
      images,
      formatSelector(jobSpec?.selector),
    ];
  },
};
