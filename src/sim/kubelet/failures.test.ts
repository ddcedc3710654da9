import { describe, expect, it } from 'vitest';
import { runPod, testCluster, Timeline } from './testing';

const MINUTE = 60_000;

describe('kubelet failure modes', () => {
  it('backs off pulling a missing image: ErrImagePull / ImagePullBackOff for 10 minutes', async () => {
    const cluster = testCluster();
    const tl = new Timeline(cluster);
    runPod(cluster, { metadata: { name: 'badimage' }, spec: { containers: [{ name: 'badimage', image: 'nginx:doesnotexist' }] } });
    cluster.advance(10 * MINUTE);
    await expect(tl.text()).toMatchFileSnapshot('__golden__/imagepull-backoff.txt');
  });

  it('restarts a crashing container with CrashLoopBackOff 10s, 20s, … 5m', async () => {
    const cluster = testCluster();
    const tl = new Timeline(cluster);
    runPod(cluster, { metadata: { name: 'crashy' }, spec: { containers: [{ name: 'crashy', image: 'busybox:1.36', command: ['sh', '-c', 'exit 1'] }] } });
    cluster.advance(12 * MINUTE);
    await expect(tl.text()).toMatchFileSnapshot('__golden__/crashloop.txt');
  });

  it('kills a container over its memory limit: OOMKilled', async () => {
    const cluster = testCluster();
    const tl = new Timeline(cluster);
    runPod(cluster, {
      metadata: { name: 'oom' },
      spec: { containers: [{ name: 'oom', image: 'polinux/stress', command: ['stress'], args: ['--vm', '1', '--vm-bytes', '250M', '--vm-hang', '1'], resources: { limits: { memory: '100Mi' }, requests: { memory: '50Mi' } } }] },
    });
    cluster.advance(2 * MINUTE);
    await expect(tl.text()).toMatchFileSnapshot('__golden__/oomkilled.txt');
  });

  it('restarts a container that fails its liveness probe', async () => {
    const cluster = testCluster();
    const tl = new Timeline(cluster);
    runPod(cluster, {
      metadata: { name: 'live' },
      spec: { containers: [{ name: 'nginx', image: 'nginx:1.27', livenessProbe: { httpGet: { path: '/healthz', port: 80 }, initialDelaySeconds: 3, periodSeconds: 5 } }] },
    });
    cluster.advance(2 * MINUTE);
    await expect(tl.text()).toMatchFileSnapshot('__golden__/liveness-restart.txt');
  });

  it('reports InvalidImageName and ErrImageNeverPull without pulling', async () => {
    const cluster = testCluster();
    const tl = new Timeline(cluster);
    runPod(cluster, { metadata: { name: 'upper' }, spec: { containers: [{ name: 'c', image: 'Nginx:1.27' }] } });
    runPod(cluster, { metadata: { name: 'never' }, spec: { containers: [{ name: 'c', image: 'nginx:1.27', imagePullPolicy: 'Never' }] } });
    cluster.advance(15_000);
    await expect(tl.text()).toMatchFileSnapshot('__golden__/image-errors.txt');
  });
});
