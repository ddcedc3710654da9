import { describe, expect, it } from 'vitest';
import { kubelet, runPod, testCluster, Timeline } from './testing';

const nginx = { metadata: { name: 'web', namespace: 'default' }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.27', ports: [{ containerPort: 80 }] }] } };

describe('kubelet pod lifecycle', () => {
  it('runs an nginx pod: ContainerCreating, pull, Running', async () => {
    const cluster = testCluster();
    const tl = new Timeline(cluster);
    runPod(cluster, nginx);
    cluster.runUntilQuiet();
    await expect(tl.text()).toMatchFileSnapshot('__golden__/nginx-timeline.txt');
    const pod = cluster.api.peek('pods', 'default', 'web');
    await expect(JSON.stringify(pod?.['status'], null, 2)).toMatchFileSnapshot('__golden__/nginx-status.json');
    expect(kubelet(cluster).podIP('default', 'web')).toBe('10.244.1.2');
  });
});
