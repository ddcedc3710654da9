import { describe, expect, it } from 'vitest';
import { kubelet, runPod, testCluster } from './testing';

describe('kubelet logs and exec', () => {
  it('answers kubectl logs with the API server messages', async () => {
    const cluster = testCluster();
    const k = kubelet(cluster);
    runPod(cluster, { metadata: { name: 'web' }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] } });
    runPod(cluster, { metadata: { name: 'two' }, spec: { initContainers: [{ name: 'init', image: 'busybox:1.36', command: ['true'] }], containers: [{ name: 'a', image: 'busybox:1.36', command: ['sleep', '3600'] }, { name: 'b', image: 'busybox:1.36', command: ['sleep', '3600'] }] } });
    runPod(cluster, { metadata: { name: 'bad' }, spec: { containers: [{ name: 'bad', image: 'nginx:nope' }] } });
    runPod(cluster, { metadata: { name: 'crashy' }, spec: { containers: [{ name: 'crashy', image: 'busybox:1.36', command: ['sh', '-c', 'echo boom; exit 1'] }] } });
    const out: string[] = [];
    const show = (label: string, r: ReturnType<typeof k.logs>) => out.push(`## ${label}\n${r.ok ? r.text : `(${r.reason}) ${r.message}`}`);
    show('not yet synced', k.logs('default', 'web', undefined));
    cluster.settle();
    show('creating', k.logs('default', 'web', undefined));
    cluster.advance(20_000);
    show('running', k.logs('default', 'web', undefined));
    show('tail 2 with timestamps', k.logs('default', 'web', 'nginx', { tail: 2, timestamps: true }));
    show('previous of a first instance', k.logs('default', 'web', 'nginx', { previous: true }));
    show('no container name', k.logs('default', 'two', undefined));
    show('unknown container', k.logs('default', 'two', 'zz'));
    show('image pull error', k.logs('default', 'bad', undefined));
    show('crashloop current', k.logs('default', 'crashy', undefined));
    show('crashloop previous', k.logs('default', 'crashy', undefined, { previous: true }));
    show('missing pod', k.logs('default', 'nope', undefined));
    k.stopKubelet('node01');
    show('kubelet down', k.logs('default', 'web', undefined));
    await expect(`${out.join('\n')}\n`).toMatchFileSnapshot('__golden__/logs.txt');
  });

  it('runs exec in a running container and refuses others', () => {
    const cluster = testCluster();
    const k = kubelet(cluster);
    runPod(cluster, { metadata: { name: 'web' }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.27', env: [{ name: 'GREETING', value: 'hi' }] }] } });
    expect(k.exec('default', 'web', undefined, ['echo', 'x'])).toEqual({ ok: false, reason: '', message: 'unable to upgrade connection: container not found ("nginx")' });
    cluster.runUntilQuiet();
    const r = k.exec('default', 'web', undefined, ['printenv', 'GREETING']);
    expect(r.ok && r.result.kind === 'ran' ? r.result.stdout : r).toBe('hi\n');
    runPod(cluster, { metadata: { name: 'done' }, spec: { restartPolicy: 'Never', containers: [{ name: 'c', image: 'busybox:1.36', command: ['true'] }] } });
    cluster.runUntilQuiet();
    expect(k.exec('default', 'done', undefined, ['ls'])).toEqual({ ok: false, reason: '', message: 'cannot exec into a container in a completed pod; current phase is Succeeded' });
    expect(k.podIP('default', 'web')).toBe('10.244.1.2');
    expect(k.usage('default/web')?.map((u) => u.name)).toEqual(['nginx']);
  });
});
