import { describe, expect, it } from 'vitest';
import type { Pod } from 'kubernetes-types/core/v1';
import { isKubeletRunning, kubeletStoppedAt } from './index';
import { kubelet, runPod, testCluster, Timeline } from './testing';

const phase = (cluster: ReturnType<typeof testCluster>, name: string) => (cluster.api.peek('pods', 'default', name) as Pod | undefined)?.status;

describe('kubelet node agent', () => {
  it('renews the Lease every 10 s in the background and stops while the kubelet is down', () => {
    const cluster = testCluster();
    const k = kubelet(cluster);
    const renew = () => (cluster.api.peek('leases.coordination.k8s.io', 'kube-node-lease', 'node01')?.['spec'] as { renewTime: string }).renewTime;
    cluster.advance(30_000);
    const before = renew();
    expect(Date.parse(before)).toBeGreaterThan(cluster.now() - 10_001);
    expect(cluster.runUntilQuiet()).toBe(0);
    k.stopKubelet('node01');
    expect(k.isKubeletRunning('node01')).toBe(false);
    expect(isKubeletRunning(cluster.ctx, 'node01')).toBe(false);
    expect(kubeletStoppedAt(cluster.ctx, 'node01')).toBe(cluster.now());
    const stoppedRenew = renew();
    cluster.advance(60_000);
    expect(renew()).toBe(stoppedRenew);
    k.startKubelet('node01');
    cluster.settle();
    expect(Date.parse(renew())).toBe(Math.floor(cluster.now()));
    expect(kubeletStoppedAt(cluster.ctx, 'node01')).toBeUndefined();
  });

  it('leaves pods alone while stopped and catches up when started', async () => {
    const cluster = testCluster();
    const k = kubelet(cluster);
    const tl = new Timeline(cluster);
    runPod(cluster, { metadata: { name: 'crashy' }, spec: { containers: [{ name: 'crashy', image: 'busybox:1.36', command: ['sh', '-c', 'exit 1'] }] } });
    cluster.advance(15_000);
    k.stopKubelet('node01');
    runPod(cluster, { metadata: { name: 'late' }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] } });
    cluster.advance(120_000);
    k.startKubelet('node01');
    cluster.advance(20_000);
    await expect(tl.text()).toMatchFileSnapshot('__golden__/kubelet-restart.txt');
  });

  it('kills a container on request and restarts it per policy', async () => {
    const cluster = testCluster();
    const k = kubelet(cluster);
    runPod(cluster, { metadata: { name: 'web' }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] } });
    cluster.runUntilQuiet();
    const tl = new Timeline(cluster);
    expect(k.killContainer('default', 'web', 'nginx')).toEqual({ ok: true });
    cluster.runUntilQuiet();
    await expect(tl.text()).toMatchFileSnapshot('__golden__/kill-container.txt');
    const last = phase(cluster, 'web')?.containerStatuses?.[0]?.lastState?.terminated;
    expect([last?.exitCode, last?.reason]).toEqual([137, 'Error']);
  });

  it('evicts BestEffort pods under memory pressure and refuses new ones', async () => {
    const cluster = testCluster();
    const k = kubelet(cluster);
    runPod(cluster, { metadata: { name: 'small' }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.27', resources: { requests: { memory: '64Mi', cpu: '100m' }, limits: { memory: '64Mi', cpu: '100m' } } }] } });
    runPod(cluster, { metadata: { name: 'hog' }, spec: { containers: [{ name: 'redis', image: 'redis:7.4' }] } });
    cluster.runUntilQuiet();
    const tl = new Timeline(cluster);
    k.setNodeMemoryPressure('node01', true);
    cluster.runUntilQuiet();
    runPod(cluster, { metadata: { name: 'late' }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] } });
    cluster.runUntilQuiet();
    await expect(tl.text()).toMatchFileSnapshot('__golden__/memory-pressure.txt');
    const hog = phase(cluster, 'hog');
    expect([hog?.phase, hog?.reason]).toEqual(['Failed', 'Evicted']);
    expect(phase(cluster, 'small')?.phase).toBe('Running');
    expect(phase(cluster, 'late')?.message).toBe('Pod was rejected: The node had condition: [MemoryPressure]. ');
    const cond = (cluster.api.peek('nodes', undefined, 'node01')?.['status'] as { conditions: { type: string; status: string }[] }).conditions.find((c) => c.type === 'MemoryPressure');
    expect(cond?.status).toBe('True');
  });

  it('refuses a pod placed by hand on a node without room (OutOfcpu)', () => {
    const cluster = testCluster();
    runPod(cluster, { metadata: { name: 'big' }, spec: { containers: [{ name: 'c', image: 'nginx:1.27', resources: { requests: { cpu: '3' } } }] } });
    cluster.runUntilQuiet();
    const s = phase(cluster, 'big');
    expect([s?.phase, s?.reason, s?.message]).toEqual(['Failed', 'OutOfcpu', "Pod was rejected: Node didn't have enough resource: cpu, requested: 3000, used: 0, capacity: 2000"]);
  });

  it('picks up a fixed image of a pod stuck in ImagePullBackOff', () => {
    const cluster = testCluster();
    runPod(cluster, { metadata: { name: 'web' }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.277' }] } });
    cluster.advance(40_000);
    expect(phase(cluster, 'web')?.containerStatuses?.[0]?.state?.waiting?.reason).toMatch(/ImagePullBackOff|ErrImagePull/);
    const pod = cluster.api.peek('pods', 'default', 'web') as unknown as Pod & { metadata: object };
    const spec = { ...pod.spec, containers: [{ ...pod.spec?.containers[0], image: 'nginx:1.27' }] };
    expect(cluster.api.update({ ...pod, spec } as never).ok).toBe(true);
    cluster.runUntilQuiet();
    expect(phase(cluster, 'web')?.phase).toBe('Running');
  });

  it('serialises pulls on a node: later pods wait for the first pull of the same image', async () => {
    const cluster = testCluster();
    const tl = new Timeline(cluster, { pods: false });
    for (const name of ['a', 'b', 'c']) runPod(cluster, { metadata: { name }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] } });
    cluster.runUntilQuiet();
    await expect(tl.text()).toMatchFileSnapshot('__golden__/pull-queue.txt');
  });
});
