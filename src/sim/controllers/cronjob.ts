import type { CronJob, CronJobStatus, Job } from 'kubernetes-types/batch/v1';
import type { ObjectReference } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../api/object';
import { controllerRef, keyOf, ownerReferenceTo, splitKey } from '../api/object';
import { nextAfter, parseCron } from '../api/validation/cron';
import type { SimContext } from '../context';
import { parseTimestamp, rfc3339Seconds } from '../runtime';
import type { Controller } from './controller';
import { RESOURCE_TYPE } from './types';

export const CRONJOB_CONTROLLER = 'cronjob-controller';
const SOURCE = { component: CRONJOB_CONTROLLER };
/** Past this many missed schedules the controller gives up catching up (as upstream). */
const MAX_MISSED = 100;

/** Starts a Job at each scheduled time of a CronJob, honouring suspend, concurrency policy and history limits. */
export function cronJobController(ctx: SimContext): Controller {
  return {
    name: CRONJOB_CONTROLLER,
    watches: {
      'cronjobs.batch': (e) => (e.type === 'DELETED' ? undefined : keyOf(e.object)),
      'jobs.batch': (e) => {
        const ref = controllerRef(e.object);
        return ref?.kind === 'CronJob' ? `${e.object.metadata.namespace}/${ref.name}` : undefined;
      },
    },
    reconcile(key) {
      const { namespace, name } = splitKey(key);
      const cj = ctx.api.peek<CronJob & KubeObject>('cronjobs.batch', namespace, name);
      if (cj) syncCronJob(ctx, cj);
    },
  };
}

function jobFinished(job: Job): 'Complete' | 'Failed' | undefined {
  const c = job.status?.conditions?.find((x) => (x.type === 'Complete' || x.type === 'Failed') && x.status === 'True');
  return c?.type as 'Complete' | 'Failed' | undefined;
}

function syncCronJob(ctx: SimContext, cj: CronJob & KubeObject): void {
  const now = ctx.rt.clock.now();
  const ns = cj.metadata.namespace ?? 'default';
  const jobs = (ctx.store.list('jobs.batch', ns) as (Job & KubeObject)[]).filter((j) => controllerRef(j)?.uid === cj.metadata.uid);
  const status: CronJobStatus = JSON.parse(JSON.stringify(cj.status ?? {})) as CronJobStatus;
  const active: ObjectReference[] = [];
  for (const ref of status.active ?? []) {
    const job = jobs.find((j) => j.metadata.uid === ref.uid);
    if (!job) continue;
    const done = jobFinished(job);
    if (!done) {
      active.push(ref);
      continue;
    }
    ctx.events.record(cj, 'Normal', 'SawCompletedJob', `Saw completed job: ${job.metadata.name}, condition: ${done}`, SOURCE);
    if (done === 'Complete') {
      const t = job.status?.completionTime;
      if (t && (!status.lastSuccessfulTime || t > status.lastSuccessfulTime)) status.lastSuccessfulTime = t;
    }
  }
  // Jobs created but not yet recorded (e.g. after a restore) are active too.
  for (const j of jobs) if (!jobFinished(j) && !active.some((r) => r.uid === j.metadata.uid)) active.push(jobRef(j));
  cleanupHistory(ctx, cj, jobs);

  const parsed = parseCron(cj.spec?.schedule ?? '');
  if (!parsed.ok || cj.spec?.suspend || cj.metadata.deletionTimestamp) {
    writeStatus(ctx, cj, status, active);
    return;
  }
  const since = parseTimestamp(status.lastScheduleTime) ?? parseTimestamp(cj.metadata.creationTimestamp) ?? now;
  let due: number | undefined;
  let t = nextAfter(parsed.schedule, since);
  for (let i = 0; t !== null && t <= now && i < MAX_MISSED; i++) {
    due = t;
    t = nextAfter(parsed.schedule, t);
  }
  const deadline = cj.spec?.startingDeadlineSeconds;
  if (due !== undefined && (deadline === undefined || deadline === null || now - due <= deadline * 1000)) {
    const policy = cj.spec?.concurrencyPolicy ?? 'Allow';
    if (policy === 'Forbid' && active.length > 0) {
      ctx.events.record(cj, 'Normal', 'JobAlreadyActive', 'Not starting job because prior execution is running and concurrency policy is Forbid', SOURCE);
    } else {
      if (policy === 'Replace') {
        for (const ref of active.splice(0)) {
          ctx.api.delete(RESOURCE_TYPE.jobs, ns, ref.name ?? '', { propagationPolicy: 'Background' });
          ctx.events.record(cj, 'Normal', 'SuccessfulDelete', `Deleted job ${ref.name}`, SOURCE);
        }
      }
      const job = startJob(ctx, cj, due);
      if (job) active.push(jobRef(job));
    }
    status.lastScheduleTime = rfc3339Seconds(due);
  }
  if (t !== null) ctx.manager.requeueAfter(CRONJOB_CONTROLLER, keyOf(cj), t - now, true);
  writeStatus(ctx, cj, status, active);
}

function startJob(ctx: SimContext, cj: CronJob & KubeObject, scheduled: number): KubeObject | undefined {
  const template = cj.spec?.jobTemplate ?? {};
  const name = `${cj.metadata.name}-${Math.floor(scheduled / 60000)}`;
  const res = ctx.api.create({
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: {
      name,
      namespace: cj.metadata.namespace ?? 'default',
      ...(template.metadata?.labels ? { labels: { ...template.metadata.labels } } : {}),
      annotations: { ...(template.metadata?.annotations ?? {}), 'batch.kubernetes.io/cronjob-scheduled-timestamp': rfc3339Seconds(scheduled) },
      ownerReferences: [ownerReferenceTo(cj)],
    },
    spec: JSON.parse(JSON.stringify(template.spec ?? {})),
  });
  if (!res.ok) {
    if (res.status.reason !== 'AlreadyExists') ctx.events.record(cj, 'Warning', 'FailedCreate', `Error creating job: ${res.status.message}`, SOURCE);
    return undefined;
  }
  ctx.events.record(cj, 'Normal', 'SuccessfulCreate', `Created job ${name}`, SOURCE);
  return res.object;
}

function cleanupHistory(ctx: SimContext, cj: CronJob & KubeObject, jobs: (Job & KubeObject)[]): void {
  const limits = { Complete: cj.spec?.successfulJobsHistoryLimit ?? 3, Failed: cj.spec?.failedJobsHistoryLimit ?? 1 };
  for (const kind of ['Complete', 'Failed'] as const) {
    const done = jobs
      .filter((j) => jobFinished(j) === kind && !j.metadata.deletionTimestamp)
      .sort((a, b) => (parseTimestamp(a.status?.startTime) ?? 0) - (parseTimestamp(b.status?.startTime) ?? 0));
    for (const j of done.slice(0, Math.max(0, done.length - limits[kind]))) {
      ctx.api.delete(RESOURCE_TYPE.jobs, j.metadata.namespace, j.metadata.name ?? '', { propagationPolicy: 'Background' });
      ctx.events.record(cj, 'Normal', 'SuccessfulDelete', `Deleted job ${j.metadata.name}`, SOURCE);
    }
  }
}

function jobRef(job: KubeObject): ObjectReference {
  return { apiVersion: 'batch/v1', kind: 'Job', name: job.metadata.name ?? '', namespace: job.metadata.namespace ?? '', resourceVersion: job.metadata.resourceVersion ?? '', uid: job.metadata.uid ?? '' };
}

function writeStatus(ctx: SimContext, cj: CronJob & KubeObject, status: CronJobStatus, active: ObjectReference[]): void {
  const out: CronJobStatus = { ...status };
  if (active.length > 0) out.active = active;
  else delete out.active;
  if (JSON.stringify(out) === JSON.stringify(cj.status ?? {})) return;
  ctx.api.updateStatus({ ...cj, status: out });
}
