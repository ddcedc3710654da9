import { describe, expect, it } from 'vitest';
import { runPod, testCluster, Timeline } from './testing';
import { RESOURCE_TYPE } from '../controllers/types';

describe('kubelet termination', () => {
  it('stops nginx quickly on delete and removes the pod', async () => {
    const cluster = testCluster();
    runPod(cluster, { metadata: { name: 'web' }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] } });
    cluster.runUntilQuiet();
    const tl = new Timeline(cluster);
    cluster.api.delete(RESOURCE_TYPE.pods, 'default', 'web');
    cluster.runUntilQuiet();
    await expect(tl.text()).toMatchFileSnapshot('__golden__/delete-nginx.txt');
    expect(cluster.api.peek('pods', 'default', 'web')).toBeUndefined();
  });

  it('waits the whole grace period for a process that ignores SIGTERM (sleep)', async () => {
    const cluster = testCluster();
    runPod(cluster, { metadata: { name: 'sleeper' }, spec: { terminationGracePeriodSeconds: 20, containers: [{ name: 'sleep', image: 'busybox:1.36', command: ['sleep', '3600'] }] } });
    cluster.runUntil(() => (cluster.api.peek('pods', 'default', 'sleeper')?.['status'] as { phase?: string }).phase === 'Running');
    const tl = new Timeline(cluster);
    cluster.api.delete(RESOURCE_TYPE.pods, 'default', 'sleeper');
    cluster.advance(30_000);
    await expect(tl.text()).toMatchFileSnapshot('__golden__/delete-sleep.txt');
    expect(cluster.api.peek('pods', 'default', 'sleeper')).toBeUndefined();
  });

  it('shortens the wait when deleted again with --grace-period=1', async () => {
    const cluster = testCluster();
    runPod(cluster, { metadata: { name: 'sleeper' }, spec: { containers: [{ name: 'sleep', image: 'busybox:1.36', command: ['sleep', '3600'] }] } });
    cluster.runUntil(() => (cluster.api.peek('pods', 'default', 'sleeper')?.['status'] as { phase?: string }).phase === 'Running');
    const tl = new Timeline(cluster);
    cluster.api.delete(RESOURCE_TYPE.pods, 'default', 'sleeper');
    cluster.advance(5_000);
    cluster.api.delete(RESOURCE_TYPE.pods, 'default', 'sleeper', { gracePeriodSeconds: 1 });
    cluster.advance(5_000);
    await expect(tl.text()).toMatchFileSnapshot('__golden__/delete-shortened.txt');
  });

  it('completes a Job-style pod (restartPolicy Never): Completed, Succeeded', async () => {
    const cluster = testCluster();
    const tl = new Timeline(cluster);
    runPod(cluster, { metadata: { name: 'once' }, spec: { restartPolicy: 'Never', containers: [{ name: 'once', image: 'busybox:1.36', command: ['sh', '-c', 'echo hello; sleep 5; echo done'] }] } });
    cluster.runUntilQuiet();
    await expect(tl.text()).toMatchFileSnapshot('__golden__/job-completed.txt');
    const pod = cluster.api.peek('pods', 'default', 'once');
    await expect(JSON.stringify(pod?.['status'], null, 2)).toMatchFileSnapshot('__golden__/job-completed-status.json');
  });

  it('fails a restartPolicy Never pod whose container exits non-zero', () => {
    const cluster = testCluster();
    runPod(cluster, { metadata: { name: 'fail' }, spec: { restartPolicy: 'Never', containers: [{ name: 'fail', image: 'busybox:1.36', command: ['sh', '-c', 'exit 3'] }] } });
    cluster.runUntilQuiet();
    const status = cluster.api.peek('pods', 'default', 'fail')?.['status'] as { phase: string; containerStatuses: { state: { terminated: { exitCode: number; reason: string } } }[] };
    expect(status.phase).toBe('Failed');
    expect(status.containerStatuses[0]?.state.terminated).toMatchObject({ exitCode: 3, reason: 'Error' });
  });
});
