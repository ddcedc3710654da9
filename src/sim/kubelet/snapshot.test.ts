import { describe, expect, it } from 'vitest';
import { Cluster } from '../cluster';
import { runPod, testCluster, testWiring } from './testing';

describe('kubelet snapshots', () => {
  it('continues a restored cluster mid-pull exactly like the original', () => {
    const a = testCluster();
    runPod(a, { metadata: { name: 'web' }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.27', readinessProbe: { httpGet: { path: '/', port: 80 }, periodSeconds: 5 } }] } });
    runPod(a, { metadata: { name: 'crashy' }, spec: { containers: [{ name: 'crashy', image: 'busybox:1.36', command: ['sh', '-c', 'exit 1'] }] } });
    runPod(a, { metadata: { name: 'bad' }, spec: { containers: [{ name: 'bad', image: 'nginx:nope' }] } });
    a.advance(3_000);
    const mid = a.snapshot();
    const b = Cluster.restore(JSON.parse(JSON.stringify(mid)), testWiring());
    a.advance(5 * 60_000);
    b.advance(5 * 60_000);
    expect(JSON.stringify(b.snapshot())).toBe(JSON.stringify(a.snapshot()));
  });
});
