import { describe, expect, it } from 'vitest';
import { runPod, testCluster, Timeline } from './testing';

describe('kubelet init containers', () => {
  it('runs init containers in order before the app (Init:0/2, Init:1/2, PodInitializing)', async () => {
    const cluster = testCluster();
    const tl = new Timeline(cluster);
    runPod(cluster, {
      metadata: { name: 'app' },
      spec: {
        initContainers: [
          { name: 'wait', image: 'busybox:1.36', command: ['sh', '-c', 'sleep 3'] },
          { name: 'setup', image: 'busybox:1.36', command: ['sh', '-c', 'echo ready'] },
        ],
        containers: [{ name: 'web', image: 'nginx:1.27' }],
      },
    });
    cluster.runUntilQuiet();
    await expect(tl.text()).toMatchFileSnapshot('__golden__/init-containers.txt');
  });

  it('shows Init:CrashLoopBackOff for a failing init container', async () => {
    const cluster = testCluster();
    const tl = new Timeline(cluster, { events: false });
    runPod(cluster, {
      metadata: { name: 'app' },
      spec: { initContainers: [{ name: 'check', image: 'busybox:1.36', command: ['sh', '-c', 'exit 2'] }], containers: [{ name: 'web', image: 'nginx:1.27' }] },
    });
    cluster.advance(60_000);
    await expect(tl.text()).toMatchFileSnapshot('__golden__/init-crashloop.txt');
  });

  it('fails the pod when an init container fails and restartPolicy is Never', () => {
    const cluster = testCluster();
    runPod(cluster, {
      metadata: { name: 'app' },
      spec: { restartPolicy: 'Never', initContainers: [{ name: 'check', image: 'busybox:1.36', command: ['sh', '-c', 'exit 2'] }], containers: [{ name: 'web', image: 'nginx:1.27' }] },
    });
    cluster.runUntilQuiet();
    const status = cluster.api.peek('pods', 'default', 'app')?.['status'] as { phase: string; containerStatuses: { state: { waiting?: { reason: string } } }[] };
    expect(status.phase).toBe('Failed');
    expect(status.containerStatuses[0]?.state.waiting?.reason).toBe('PodInitializing');
  });

  it('starts a native sidecar and keeps it running beside the app', () => {
    const cluster = testCluster();
    runPod(cluster, {
      metadata: { name: 'app' },
      spec: { initContainers: [{ name: 'proxy', image: 'nginx:1.27', restartPolicy: 'Always' }], containers: [{ name: 'main', image: 'busybox:1.36', command: ['sleep', '3600'] }] },
    });
    cluster.advance(30_000);
    const status = cluster.api.peek('pods', 'default', 'app')?.['status'] as { phase: string; initContainerStatuses: { started: boolean; state: object }[] };
    expect(status.phase).toBe('Running');
    expect(status.initContainerStatuses[0]?.started).toBe(true);
    expect(Object.keys(status.initContainerStatuses[0]?.state ?? {})).toEqual(['running']);
  });
});
