import type { Pod } from 'kubernetes-types/core/v1';
import { describe, expect, it } from 'vitest';
import { Cluster } from '../cluster';
import { RESOURCE_TYPE } from '../controllers/types';
import { kubelet, runPod, testCluster, testWiring } from './testing';

/** What `kubectl exec` prints, or how it failed. */
function exec(cluster: Cluster, pod: string, container: string | undefined, script: string): string {
  const r = kubelet(cluster).exec('default', pod, container, ['sh', '-c', script]);
  if (!r.ok) return `(${r.message})`;
  return r.result.kind === 'ran' ? r.result.stdout + r.result.stderr : `(${r.result.kind})`;
}

const busybox = (name: string, mounts: Record<string, unknown>[] = [], command = ['sleep', '3600']) => ({ name, image: 'busybox:1.36', command, volumeMounts: mounts });

describe('files a container writes', () => {
  it('keeps an emptyDir, the layers and the deletions in a snapshot, and a restored cluster reads them alike', () => {
    const a = testCluster();
    runPod(a, {
      metadata: { name: 'pair' },
      spec: {
        volumes: [{ name: 'data', emptyDir: {} }],
        containers: [busybox('a', [{ name: 'data', mountPath: '/data' }], ['sh', '-c', 'echo planned > /data/p; echo own > /own; sleep 3600']), busybox('b', [{ name: 'data', mountPath: '/in', subPath: 'sub' }])],
      },
    });
    a.advance(20_000);
    exec(a, 'pair', 'b', 'echo via-subpath > /in/x; echo layer > /etc/motd; rm /etc/hostname');
    const b = Cluster.restore(JSON.parse(JSON.stringify(a.snapshot())), testWiring());
    expect(JSON.stringify(b.snapshot())).toBe(JSON.stringify(a.snapshot()));
    const script = 'ls /data /data/sub; cat /data/sub/x /own; cat /etc/motd 2>&1; cat /etc/hostname 2>&1';
    const seen = exec(b, 'pair', 'a', script);
    expect(seen).toBe(exec(a, 'pair', 'a', script));
    expect(seen).toBe('/data:\np\nsub\n\n/data/sub:\nx\nvia-subpath\nown\ncat: can\'t open \'/etc/motd\': No such file or directory\npair\n');
    expect(exec(b, 'pair', 'b', 'cat /etc/motd; cat /etc/hostname 2>&1; ls /in')).toBe('layer\ncat: can\'t open \'/etc/hostname\': No such file or directory\nx\n');
  });

  it('drops an emptyDir with its pod, keeps a hostPath for the next pod on the node, and refuses writes through a read-only mount', () => {
    const cluster = testCluster();
    const volumes = [{ name: 'tmp', emptyDir: {} }, { name: 'host', hostPath: { path: '/srv/shared' } }];
    const mounts = [{ name: 'tmp', mountPath: '/tmp/scratch' }, { name: 'host', mountPath: '/host' }];
    runPod(cluster, { metadata: { name: 'first' }, spec: { volumes, containers: [busybox('c', mounts)] } });
    cluster.advance(20_000);
    exec(cluster, 'first', undefined, 'echo x > /tmp/scratch/x; echo kept > /host/h');
    expect(Object.keys((kubelet(cluster).save?.() as { volumes: object }).volumes).map((k) => k.replace(/[0-9a-f-]{36}/, 'UID'))).toEqual(['emptyDir/UID/tmp', 'hostPath/node01/srv/shared']);
    expect(cluster.api.delete(RESOURCE_TYPE.pods, 'default', 'first', { gracePeriodSeconds: 0 }).ok).toBe(true);
    cluster.advance(5_000);
    expect(Object.keys((kubelet(cluster).save?.() as { volumes: object }).volumes)).toEqual(['hostPath/node01/srv/shared']);
    runPod(cluster, { metadata: { name: 'second' }, spec: { volumes, containers: [busybox('c', [...mounts, { name: 'host', mountPath: '/ro', readOnly: true }])] } });
    cluster.advance(20_000);
    expect(exec(cluster, 'second', undefined, 'ls /tmp/scratch; cat /host/h /ro/h; echo no > /ro/new; ls /host')).toBe("kept\nkept\nh\nsh: can't create /ro/new: Read-only file system\n");
  });

  it("re-runs the exec probes of every pod mounting a host path another pod's exec changed", () => {
    const cluster = testCluster();
    const volumes = [{ name: 'host', hostPath: { path: '/srv/flags' } }];
    const mounts = [{ name: 'host', mountPath: '/flags' }];
    runPod(cluster, { metadata: { name: 'writer' }, spec: { volumes, containers: [busybox('c', mounts)] } });
    cluster.advance(20_000);
    exec(cluster, 'writer', undefined, 'echo ok > /flags/ready');
    const probe = { exec: { command: ['cat', '/flags/ready'] }, periodSeconds: 5 };
    runPod(cluster, { metadata: { name: 'reader' }, spec: { volumes, containers: [{ ...busybox('c', mounts), readinessProbe: probe }] } });
    const ready = (): string | undefined => cluster.api.peek<Pod>('pods', 'default', 'reader')?.status?.conditions?.find((c) => c.type === 'Ready')?.status;
    cluster.advance(30_000);
    expect(ready()).toBe('True');
    exec(cluster, 'writer', undefined, 'rm /flags/ready');
    // Three failures five seconds apart (failureThreshold 3), the first at the next period.
    cluster.advance(16_000);
    expect(ready()).toBe('False');
  });
});
