import type { Job, JobCondition, JobStatus } from 'kubernetes-types/batch/v1';
import type { Pod } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../api/object';
import { controllerRef, keyOf, splitKey } from '../api/object';
import type { SimContext } from '../context';
import { parseTimestamp } from '../runtime';
import { ensureCommonIndexes, POD_BY_CONTROLLER } from '../store/indexes';
import type { Controller } from './controller';
import { isPodActive, isPodReady, podFromTemplate, podSummaryChanged } from '../workloads/pods';
import { RESOURCE_TYPE } from './types';

export const JOB_CONTROLLER = 'job-controller';
const SOURCE = { component: JOB_CONTROLLER };
/** Pods carry it until the controller has counted their outcome, so deleting a pod never loses a count. */
export const TRACKING_FINALIZER = 'batch.kubernetes.io/job-tracking';
/** Failed pods are replaced after 10 s, doubling, at most 6 minutes (the job controller's pod backoff). */
const BACKOFF_BASE_MS = 10_000;
const BACKOFF_MAX_MS = 6 * 60_000;

/** Runs a Job's pods to `completions` successes, within `parallelism`, `backoffLimit` and `activeDeadlineSeconds`. */
export function jobController(ctx: SimContext): Controller {
  ensureCommonIndexes(ctx.store);
  return {
    name: JOB_CONTROLLER,
    watches: {
      'jobs.batch': (e) => (e.type === 'DELETED' ? undefined : keyOf(e.object)),
      pods: (e) => {
        if (e.type === 'MODIFIED' && !podSummaryChanged(e.old as Pod | undefined, e.object as Pod)) return undefined;
        const ref = controllerRef(e.object);
        return ref?.kind === 'Job' ? `${e.object.metadata.namespace}/${ref.name}` : undefined;
      },
    },
    reconcile(key) {
      const { namespace, name } = splitKey(key);
      const job = ctx.api.peek<Job & KubeObject>('jobs.batch', namespace, name);
      if (job) syncJob(ctx, job);
      else releaseOrphans(ctx, namespace ?? 'default', name);
    },
  };
}

function finished(job: Job): JobCondition | undefined {
  return job.status?.conditions?.find((c) => (c.type === 'Complete' || c.type === 'Failed') && c.status === 'True');
}

function syncJob(ctx: SimContext, job: Job & KubeObject): void {
  const now = ctx.rt.clock.now();
  const pods = ctx.store.byIndex('pods', POD_BY_CONTROLLER, job.metadata.uid ?? '') as (Pod & KubeObject)[];
  const status: JobStatus = structuredCloneStatus(job.status);
  // Count finished pods exactly once, then release them.
  for (const p of pods) {
    const phase = p.status?.phase;
    if ((phase === 'Succeeded' || phase === 'Failed') && p.metadata.finalizers?.includes(TRACKING_FINALIZER)) {
      if (phase === 'Succeeded') status.succeeded = (status.succeeded ?? 0) + 1;
      else status.failed = (status.failed ?? 0) + 1;
      ctx.api.update({ ...p, metadata: { ...p.metadata, finalizers: p.metadata.finalizers.filter((f) => f !== TRACKING_FINALIZER) } });
    }
  }
  const active = pods.filter(isPodActive);
  const spec = job.spec ?? { template: {} };
  const done = finished(job);

  if (done) {
    for (const p of active) deletePod(ctx, job, p);
    scheduleTtl(ctx, job, now);
    writeStatus(ctx, job, { ...status, active: 0, ready: 0 });
    return;
  }
  if (!status.startTime && !spec.suspend) status.startTime = ctx.rt.timestamp();

  const completions = spec.completions ?? undefined;
  const parallelism = spec.parallelism ?? 1;
  const succeeded = status.succeeded ?? 0;
  const restarts = spec.template.spec?.restartPolicy === 'OnFailure' ? active.reduce((n, p) => n + (p.status?.containerStatuses ?? []).reduce((m, c) => m + (c.restartCount ?? 0), 0), 0) : 0;
  const failures = (status.failed ?? 0) + restarts;
  const backoffLimit = spec.backoffLimit ?? 6;
  const start = parseTimestamp(status.startTime);
  const deadline = spec.activeDeadlineSeconds !== undefined && start !== undefined ? start + spec.activeDeadlineSeconds * 1000 : undefined;

  const complete = completions !== undefined ? succeeded >= completions : succeeded > 0 && active.length === 0;
  let failReason: [string, string] | undefined;
  if (!complete && failures > backoffLimit) failReason = ['BackoffLimitExceeded', 'Job has reached the specified backoff limit'];
  else if (!complete && deadline !== undefined && now >= deadline) failReason = ['DeadlineExceeded', 'Job was active longer than specified deadline'];

  if (complete) {
    const t = ctx.rt.timestamp();
    status.conditions = [
      ...(status.conditions ?? []),
      condition('SuccessCriteriaMet', 'CompletionsReached', 'Reached expected number of succeeded pods', t),
      condition('Complete', 'CompletionsReached', 'Reached expected number of succeeded pods', t),
    ];
    status.completionTime = t;
    ctx.events.record(job, 'Normal', 'Completed', 'Job completed', SOURCE);
    writeStatus(ctx, { ...job }, { ...status, active: 0, ready: 0 });
    return;
  }
  if (failReason) {
    for (const p of active) deletePod(ctx, job, p);
    const t = ctx.rt.timestamp();
    status.conditions = [...(status.conditions ?? []), condition('FailureTarget', failReason[0], failReason[1], t), condition('Failed', failReason[0], failReason[1], t)];
    ctx.events.record(job, 'Warning', failReason[0], failReason[1], SOURCE);
    writeStatus(ctx, job, { ...status, active: 0, ready: 0 });
    return;
  }
  if (deadline !== undefined) ctx.manager.requeueAfter(JOB_CONTROLLER, keyOf(job), deadline - now);

  if (spec.suspend) {
    for (const p of active) deletePod(ctx, job, p);
    status.conditions = upsert(status.conditions, condition('Suspended', 'JobSuspended', 'Job suspended', ctx.rt.timestamp()));
    writeStatus(ctx, job, { ...status, active: 0, ready: 0 });
    return;
  }
  status.conditions = (status.conditions ?? []).filter((c) => c.type !== 'Suspended');
  const want = completions !== undefined ? Math.min(parallelism, completions - succeeded) : succeeded > 0 ? 0 : parallelism;
  let created = active.length;
  if (created < want) {
    // After failures new pods wait, 10 s doubling per failure.
    const lastFailure = Math.max(0, ...pods.filter((p) => p.status?.phase === 'Failed').map((p) => parseTimestamp(lastFinish(p)) ?? 0));
    const backoff = (status.failed ?? 0) > 0 ? Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** ((status.failed ?? 1) - 1)) : 0;
    if (lastFailure > 0 && now < lastFailure + backoff) {
      ctx.manager.requeueAfter(JOB_CONTROLLER, keyOf(job), lastFailure + backoff - now);
    } else {
      while (created < want) {
        const pod = podFromTemplate(spec.template, job, `${job.metadata.name}-`);
        pod.metadata.finalizers = [...(pod.metadata.finalizers ?? []), TRACKING_FINALIZER];
        const res = ctx.api.create(pod);
        if (!res.ok) {
          ctx.events.record(job, 'Warning', 'FailedCreate', `Error creating: ${res.status.message}`, SOURCE);
          break;
        }
        ctx.events.record(job, 'Normal', 'SuccessfulCreate', `Created pod: ${res.object.metadata.name}`, SOURCE);
        created++;
      }
    }
  } else if (created > want) {
    for (const p of active.slice(want)) deletePod(ctx, job, p);
    created = want;
  }
  const current = (ctx.store.byIndex('pods', POD_BY_CONTROLLER, job.metadata.uid ?? '') as (Pod & KubeObject)[]).filter(isPodActive);
  writeStatus(ctx, job, { ...status, active: current.length, ready: current.filter(isPodReady).length });
}

/** Pods of a deleted Job keep no count any more: drop the tracking finalizer so they can go. */
function releaseOrphans(ctx: SimContext, namespace: string, jobName: string): void {
  for (const p of ctx.store.list('pods', namespace) as (Pod & KubeObject)[]) {
    const ref = controllerRef(p);
    if (ref?.kind !== 'Job' || ref.name !== jobName || !p.metadata.finalizers?.includes(TRACKING_FINALIZER)) continue;
    ctx.api.update({ ...p, metadata: { ...p.metadata, finalizers: p.metadata.finalizers.filter((f) => f !== TRACKING_FINALIZER) } });
  }
}

function lastFinish(p: Pod): string | undefined {
  return (p.status?.containerStatuses ?? []).map((c) => c.state?.terminated?.finishedAt).filter((x): x is string => !!x).sort().pop();
}

function deletePod(ctx: SimContext, job: Job & KubeObject, p: Pod & KubeObject): void {
  const res = ctx.api.delete(RESOURCE_TYPE.pods, p.metadata.namespace, p.metadata.name ?? '');
  if (res.ok) ctx.events.record(job, 'Normal', 'SuccessfulDelete', `Deleted pod: ${p.metadata.name}`, SOURCE);
}

/** ttlSecondsAfterFinished: the ttl-after-finished controller deletes the Job (and, in the background, its pods). */
function scheduleTtl(ctx: SimContext, job: Job & KubeObject, now: number): void {
  const ttl = job.spec?.ttlSecondsAfterFinished;
  const doneAt = parseTimestamp(finished(job)?.lastTransitionTime);
  if (ttl === undefined || doneAt === undefined || job.metadata.deletionTimestamp) return;
  const at = doneAt + ttl * 1000;
  if (now >= at) ctx.api.delete(RESOURCE_TYPE.jobs, job.metadata.namespace, job.metadata.name ?? '', { propagationPolicy: 'Background' });
  else ctx.manager.requeueAfter(JOB_CONTROLLER, keyOf(job), at - now);
}

function condition(type: string, reason: string, message: string, t: string): JobCondition {
  return { type, status: 'True', lastProbeTime: t, lastTransitionTime: t, reason, message };
}

function upsert(list: JobCondition[] | undefined, c: JobCondition): JobCondition[] {
  const old = (list ?? []).find((x) => x.type === c.type);
  if (old) return list ?? [];
  return [...(list ?? []), c];
}

function structuredCloneStatus(s: JobStatus | undefined): JobStatus {
  return JSON.parse(JSON.stringify(s ?? {})) as JobStatus;
}

function writeStatus(ctx: SimContext, job: Job & KubeObject, status: JobStatus): void {
  const out: JobStatus = { ...status, uncountedTerminatedPods: {}, terminating: 0 };
  for (const k of ['succeeded', 'failed', 'active'] as const) if (!out[k]) delete out[k];
  if (JSON.stringify(out) === JSON.stringify(job.status ?? {})) return;
  ctx.api.updateStatus({ ...job, status: out });
}
