import { describe, expect, it } from 'vitest';
import type { Pod } from 'kubernetes-types/core/v1';
import { runPod, testCluster, Timeline } from './testing';

const status = (cluster: ReturnType<typeof testCluster>, name: string) => (cluster.api.peek('pods', 'default', name) as Pod | undefined)?.status;

describe('kubelet probes', () => {
  it('keeps a pod NotReady while its readiness probe fails, without keeping the cluster busy', async () => {
    const cluster = testCluster();
    const tl = new Timeline(cluster);
    runPod(cluster, { metadata: { name: 'web' }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.27', readinessProbe: { httpGet: { path: '/ready', port: 80 }, periodSeconds: 10 } }] } });
    const quietAfter = cluster.runUntilQuiet();
    cluster.advance(45_000);
    await expect(tl.text()).toMatchFileSnapshot('__golden__/readiness-failing.txt');
    expect(quietAfter).toBeLessThan(60_000);
    const ready = status(cluster, 'web')?.conditions?.find((c) => c.type === 'Ready');
    expect([ready?.status, ready?.reason, ready?.message]).toEqual(['False', 'ContainersNotReady', 'containers with unready status: [nginx]']);
  });

  it('becomes Ready once the readiness probe passes, and costs nothing afterwards', () => {
    const cluster = testCluster();
    runPod(cluster, { metadata: { name: 'web' }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.27', readinessProbe: { httpGet: { path: '/', port: 80 }, initialDelaySeconds: 5, periodSeconds: 5, successThreshold: 2 } }] } });
    cluster.runUntilQuiet();
    const st = status(cluster, 'web');
    expect(st?.containerStatuses?.[0]?.ready).toBe(true);
    const ready = st?.conditions?.find((c) => c.type === 'Ready');
    // Started ~7.3 s after binding; probes tick every 5 s from admission: 15 s (1st pass), 20 s (2nd pass → Ready).
    expect(ready?.lastTransitionTime).toBe('2026-11-24T15:00:20Z');
    const timers = cluster.clock.state().timers.filter((t) => t.type === 'kubelet.pod');
    expect(timers).toEqual([]);
  });

  it('holds liveness and readiness until the startup probe passes', () => {
    const cluster = testCluster();
    runPod(cluster, {
      metadata: { name: 'slow' },
      spec: { containers: [{ name: 'nginx', image: 'nginx:1.27', startupProbe: { tcpSocket: { port: 80 }, periodSeconds: 3 }, livenessProbe: { httpGet: { path: '/', port: 80 } } }] },
    });
    cluster.advance(8_000);
    let cs = status(cluster, 'slow')?.containerStatuses?.[0];
    expect([cs?.started, cs?.ready]).toEqual([false, false]);
    cluster.runUntilQuiet();
    cs = status(cluster, 'slow')?.containerStatuses?.[0];
    expect([cs?.started, cs?.ready, cs?.restartCount]).toEqual([true, true, 0]);
  });

  it('fails a pod that outlives activeDeadlineSeconds', () => {
    const cluster = testCluster();
    runPod(cluster, { metadata: { name: 'deadline' }, spec: { activeDeadlineSeconds: 20, restartPolicy: 'Never', containers: [{ name: 'c', image: 'busybox:1.36', command: ['sleep', '3600'] }] } });
    cluster.advance(60_000);
    const st = status(cluster, 'deadline');
    expect([st?.phase, st?.reason, st?.message]).toEqual(['Failed', 'DeadlineExceeded', 'Pod was active on the node longer than the specified deadline']);
  });
});
