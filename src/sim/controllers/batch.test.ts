import { describe, expect, it } from 'vitest';
import { Cluster } from '../cluster';
import type { KubeObject } from '../api/object';
import { cronJobController } from './cronjob';
import { garbageCollector } from './garbage-collector';
import { jobController } from './job';
import { namespaceController } from './namespace';
import { serviceAccountController } from './serviceaccount';
import { schedulerComponent } from '../scheduler';
import { instantKubelet, testWiring } from '../testing/test-wiring';

function cluster(): Cluster {
  return Cluster.create(
    { seed: 9, startTime: '2026-11-24T15:00:30Z' },
    testWiring((ctx) => [
      { name: 'c', controllers: [namespaceController(ctx), serviceAccountController(ctx), garbageCollector(ctx), jobController(ctx), cronJobController(ctx)] },
      schedulerComponent(ctx),
      instantKubelet(ctx),
    ]),
  );
}

/** Marks a pod as finished the way the kubelet would, for jobs whose containers "exit". */
function finishPod(c: Cluster, pod: KubeObject, phase: 'Succeeded' | 'Failed'): void {
  const t = c.rt.timestamp();
  c.api.updateStatus({
    ...pod,
    status: {
      ...(pod['status'] as object),
      phase,
      conditions: [{ type: 'Ready', status: 'False', lastTransitionTime: t }],
      containerStatuses: [{ name: 'c', ready: false, restartCount: 0, image: 'busybox', imageID: '', state: { terminated: { exitCode: phase === 'Succeeded' ? 0 : 1, reason: phase === 'Succeeded' ? 'Completed' : 'Error', startedAt: t, finishedAt: t } } }],
    },
  });
}

const jobsOf = (c: Cluster) => c.store.list('jobs.batch', 'default').map((j) => j.metadata.name);

describe('Job and CronJob controllers', () => {
  it('a CronJob */1 creates one Job each virtual minute, named after its scheduled minute', () => {
    const c = cluster();
    c.api.create({
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: { name: 'hello', namespace: 'default' },
      spec: { schedule: '*/1 * * * *', jobTemplate: { spec: { template: { spec: { restartPolicy: 'OnFailure', containers: [{ name: 'c', image: 'busybox', command: ['date'] }] } } } } },
    });
    c.advance(5 * 60_000);
    const minute = Math.floor(Date.parse('2026-11-24T15:01:00Z') / 60000);
    expect(jobsOf(c)).toEqual([0, 1, 2, 3, 4].map((i) => `hello-${minute + i}`));
    const cj = c.api.peek<KubeObject>('cronjobs.batch', 'default', 'hello');
    expect((cj?.['status'] as { lastScheduleTime: string }).lastScheduleTime).toBe('2026-11-24T15:05:00Z');
    expect(((cj?.['status'] as { active: unknown[] }).active ?? []).length).toBe(5);
  });

  it('a Job with completions 3 and parallelism 2 runs pods until three succeed, then completes', () => {
    const c = cluster();
    c.api.create({
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name: 'pi', namespace: 'default' },
      spec: { completions: 3, parallelism: 2, template: { spec: { restartPolicy: 'Never', containers: [{ name: 'c', image: 'perl' }] } } },
    });
    const log: string[] = [];
    for (let round = 0; round < 4; round++) {
      c.runUntilQuiet();
      const running = c.store.list('pods', 'default').filter((p) => (p['status'] as { phase?: string }).phase === 'Running');
      log.push(`round ${round}: ${running.length} running`);
      for (const p of running) finishPod(c, p, 'Succeeded');
    }
    c.runUntilQuiet();
    const job = c.api.peek<KubeObject>('jobs.batch', 'default', 'pi');
    const status = job?.['status'] as { succeeded: number; conditions: { type: string }[] };
    expect(log).toEqual(['round 0: 2 running', 'round 1: 1 running', 'round 2: 0 running', 'round 3: 0 running']);
    expect(status.succeeded).toBe(3);
    expect(status.conditions.map((x) => x.type)).toEqual(['SuccessCriteriaMet', 'Complete']);
  });

  it('a Job whose pods keep failing stops at backoffLimit with the real reason', () => {
    const c = cluster();
    c.api.create({
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name: 'bad', namespace: 'default' },
      spec: { backoffLimit: 2, template: { spec: { restartPolicy: 'Never', containers: [{ name: 'c', image: 'busybox' }] } } },
    });
    for (let i = 0; i < 6; i++) {
      c.runUntilQuiet();
      for (const p of c.store.list('pods', 'default').filter((x) => (x['status'] as { phase?: string }).phase === 'Running')) finishPod(c, p, 'Failed');
    }
    c.runUntilQuiet();
    const status = c.api.peek<KubeObject>('jobs.batch', 'default', 'bad')?.['status'] as { failed: number; conditions: { type: string; reason: string; message: string }[] };
    expect(status.failed).toBe(3);
    expect(status.conditions.find((x) => x.type === 'Failed')).toMatchObject({ reason: 'BackoffLimitExceeded', message: 'Job has reached the specified backoff limit' });
  });
});
