import { describe, expect, it } from 'vitest';
import { runPod, testCluster, Timeline } from './testing';

describe('kubelet config dependencies', () => {
  it('holds a container in CreateContainerConfigError until its ConfigMap appears', async () => {
    const cluster = testCluster();
    const tl = new Timeline(cluster);
    runPod(cluster, {
      metadata: { name: 'app' },
      spec: { containers: [{ name: 'app', image: 'busybox:1.36', command: ['sleep', '3600'], env: [{ name: 'MODE', valueFrom: { configMapKeyRef: { name: 'app-config', key: 'mode' } } }] }] },
    });
    cluster.advance(25_000);
    cluster.api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'app-config', namespace: 'default' }, data: { other: 'x' } });
    cluster.advance(15_000);
    const cm = cluster.api.peek('configmaps', 'default', 'app-config');
    cluster.api.update({ ...(cm as object), data: { mode: 'fast' } } as never);
    cluster.advance(5_000);
    await expect(tl.text()).toMatchFileSnapshot('__golden__/configmap-env.txt');
  });

  it('keeps a pod ContainerCreating with FailedMount while a ConfigMap volume is missing', async () => {
    const cluster = testCluster();
    const tl = new Timeline(cluster);
    runPod(cluster, {
      metadata: { name: 'web' },
      spec: {
        containers: [{ name: 'nginx', image: 'nginx:1.27', volumeMounts: [{ name: 'conf', mountPath: '/etc/app' }] }],
        volumes: [{ name: 'conf', configMap: { name: 'web-conf' } }],
      },
    });
    cluster.advance(150_000);
    cluster.api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'web-conf', namespace: 'default' }, data: { 'app.conf': 'x=1\n' } });
    cluster.runUntilQuiet();
    await expect(tl.text()).toMatchFileSnapshot('__golden__/configmap-volume.txt');
  });

  it('waits for a PersistentVolumeClaim to be Bound', async () => {
    const cluster = testCluster();
    const tl = new Timeline(cluster);
    runPod(cluster, {
      metadata: { name: 'db' },
      spec: { containers: [{ name: 'db', image: 'busybox:1.36', command: ['sleep', '3600'] }], volumes: [{ name: 'data', persistentVolumeClaim: { claimName: 'data' } }] },
    });
    cluster.advance(12_000);
    const created = cluster.api.create({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'data', namespace: 'default' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } }, status: { phase: 'Pending' } });
    cluster.advance(12_000);
    if (created.ok) cluster.api.updateStatus({ ...created.object, spec: { ...(created.object['spec'] as object), volumeName: 'pv-1' }, status: { phase: 'Bound' } } as never);
    const pvc = cluster.api.peek('persistentvolumeclaims', 'default', 'data');
    cluster.api.update({ ...(pvc as object), spec: { ...((pvc as unknown as { spec: object }).spec), volumeName: 'pv-1' } } as never);
    cluster.advance(10_000);
    await expect(tl.text()).toMatchFileSnapshot('__golden__/pvc-wait.txt');
  });
});
